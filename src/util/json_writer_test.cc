#include "util/json_writer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <random>

namespace kith {
namespace {

using nlohmann::json;

// What the API's other documents are: nlohmann's dump, replacing bad UTF-8.
std::string Reference(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string Written(std::string_view text) {
  std::string out;
  AppendJsonString(out, text);
  return out;
}

TEST(JsonWriterTest, WritesNestedValuesWithCommas) {
  JsonWriter w;
  w.BeginObject();
  w.Key("id").Int(-42);
  w.Key("name").String("Ana");
  w.Key("tags").BeginArray().String("a").String("b").EndArray();
  w.Key("empty").BeginArray().EndArray();
  w.Key("met").BeginObject().Key("on").Null().Key("ok").Bool(true).EndObject();
  w.Key("none").OptionalString(std::nullopt);
  w.Key("raw").Raw(R"({"x":1})");
  w.EndObject();
  EXPECT_EQ(w.str(), R"({"id":-42,"name":"Ana","tags":["a","b"],"empty":[],)"
                     R"("met":{"on":null,"ok":true},"none":null,"raw":{"x":1}})");
  EXPECT_EQ(json::parse(w.str())["tags"][1], "b");
}

TEST(JsonWriterTest, DoublesAsNlohmannWritesThem) {
  for (double d : {0.0, 57.0, -3.5, 0.1, 1e21, 1.5e-7, 123456789.125}) {
    JsonWriter w;
    w.Double(d);
    EXPECT_EQ(json::parse(w.str()).get<double>(), d) << w.str();
    EXPECT_EQ(w.str(), Reference(json(d))) << d;
  }
  JsonWriter w;
  w.BeginArray().Double(std::nan("")).Double(std::numeric_limits<double>::infinity()).EndArray();
  EXPECT_EQ(w.str(), "[null,null]");
}

TEST(JsonWriterTest, EscapesLikeNlohmann) {
  using namespace std::string_literals;
  const std::string cases[] = {
      "",
      "plain",
      "quote \" and backslash \\ and slash /",
      "tab\tnew\nline\rreturn\bback\fform",
      "nul \0 and \x01 and \x1f and \x7f"s,  // sizes itself, NUL included
      "<img src=x onerror=alert(1)>",
      "Zoë Łukasz 日本 🎉 \u200f RTL",
      "\xff",              // a byte that starts nothing
      "a\xe2\x82",         // cut short at the end
      "\xe2\x82(",         // cut short before ASCII
      "\xe2\xc3\xa9",      // cut short before a valid sequence
      "\xc0\xaf",          // overlong
      "\xed\xa0\x80",      // a surrogate
      "\xf4\x90\x80\x80",  // above U+10FFFF
      "\xf0\x9f\x8e",      // four-byte sequence cut short
      "\x80\x80\x80",      // stray continuation bytes
  };
  for (const auto& text : cases) {
    EXPECT_EQ(Written(text), Reference(json(text)))
        << json(text).dump(-1, ' ', true, json::error_handler_t::replace);
  }
}

// Random byte strings, biased towards the bytes that matter, agree with
// nlohmann byte for byte (the fuzzer does the same without end).
TEST(JsonWriterTest, RandomBytesAgreeWithNlohmann) {
  std::mt19937 rng(7);
  const unsigned char interesting[] = {'a',  '"',  '\\', '\n', 0x00, 0x1f, 0x7f, 0x80,
                                       0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc2, 0xdf,
                                       0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff};
  for (int round = 0; round < 20000; ++round) {
    std::string text(rng() % 12, ' ');
    for (auto& c : text) {
      c = static_cast<char>(rng() % 2 ? interesting[rng() % sizeof interesting] : rng() % 256);
    }
    ASSERT_EQ(Written(text), Reference(json(text)))
        << json(text).dump(-1, ' ', true, json::error_handler_t::replace);
  }
}

}  // namespace
}  // namespace kith
