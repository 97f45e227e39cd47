// JSON written straight into a string, for documents served often enough that
// building a nlohmann::json tree first (a map node and a key string per
// member, all freed again) costs more than the data (the person page: ~1.8 kB
// from a dozen rows). The output is what nlohmann's dump() with
// error_handler_t::replace gives for the same members in the same order:
// strings escaped ('"', '\\', control characters), UTF-8 passed through and
// each ill-formed sequence (its longest valid start, or one stray byte)
// replaced with one U+FFFD, NaN and infinities as null.
//
//   JsonWriter w;
//   w.BeginObject();
//   w.Key("name").String(person.name);
//   w.Key("tags").BeginArray();
//   for (const auto& t : tags) w.String(t);
//   w.EndArray();
//   w.EndObject();
//   Send(w.str());
//
// Nesting is the caller's to keep balanced (checked by assertions only).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kith {

class JsonWriter {
 public:
  JsonWriter& BeginObject();
  JsonWriter& EndObject();
  JsonWriter& BeginArray();
  JsonWriter& EndArray();
  // The next member's name, inside an object; a value must follow.
  JsonWriter& Key(std::string_view name);

  JsonWriter& String(std::string_view text);
  JsonWriter& Int(int64_t value);
  JsonWriter& Double(double value);
  JsonWriter& Bool(bool value);
  JsonWriter& Null();
  // The string, or null when absent.
  JsonWriter& OptionalString(const std::optional<std::string>& text);
  // A value already serialized as JSON (for instance by nlohmann's dump()).
  JsonWriter& Raw(std::string_view json);

  const std::string& str() const { return out_; }
  std::string Take() { return std::move(out_); }

 private:
  JsonWriter& Open(char bracket);   // '{' or '['
  JsonWriter& Close(char bracket);  // '}' or ']'
  void Separate();  // the comma before a value, unless it follows a key or opens a container
  std::string out_;
  std::vector<char> first_;  // per open container: no member yet
  bool after_key_ = false;
};

// `text` as a JSON string literal, quotes included, appended to `out`.
void AppendJsonString(std::string& out, std::string_view text);

}  // namespace kith
