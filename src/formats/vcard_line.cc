#include "formats/vcard_line.h"

#include <algorithm>

#include "formats/vcard_text.h"

namespace kith::formats::detail {
namespace {

bool IsEncodingWord(std::string_view word) {
  for (std::string_view e : {"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"}) {
    if (ParamIs(word, e)) return true;
  }
  return false;
}

void AddParam(ContentLine* line, std::string_view key, std::string_view value) {
  if (EqualsNoCase(key, "ENCODING")) {
    line->quoted_printable |= ParamIs(value, "QUOTED-PRINTABLE");
    line->base64 |= ParamIs(value, "B") || ParamIs(value, "BASE64");
  } else if (EqualsNoCase(key, "CHARSET")) {
    line->charset = value;
  }
  line->params.push_back({key, value});
}

}  // namespace

bool ParamIs(std::string_view raw, std::string_view word) {
  size_t matched = 0;
  for (char c : raw) {
    if (c == '"' || IsControl(c)) continue;
    if (matched == word.size() || ToUpper(c) != word[matched]) return false;
    ++matched;
  }
  return matched == word.size();
}

std::string SplitLine(std::string_view text, ContentLine* line) {
  constexpr std::string_view kNoColon = "property line without ':'";
  size_t pos = text.find_first_of(";:");
  if (pos == std::string_view::npos) return std::string(kNoColon);
  std::string_view token = text.substr(0, pos);
  size_t dot = token.find('.');
  line->group = dot == std::string_view::npos ? std::string_view() : token.substr(0, dot);
  line->name = dot == std::string_view::npos ? token : token.substr(dot + 1);
  if (!IsName(line->name) || (dot != std::string_view::npos && !IsName(line->group))) {
    return "invalid property name " + Quoted(token);
  }
  line->params.clear();
  line->quoted_printable = line->base64 = false;
  line->charset = {};
  while (text[pos] == ';') {
    size_t start = ++pos;
    while (pos < text.size() && text[pos] != '=' && text[pos] != ';' && text[pos] != ':') ++pos;
    if (pos == text.size()) return std::string(kNoColon);
    std::string_view key = text.substr(start, pos - start), value = key;
    if (text[pos] == '=') {
      bool quoted = false;
      for (start = ++pos; pos < text.size() && (quoted || (text[pos] != ';' && text[pos] != ':'));
           ++pos) {
        quoted ^= text[pos] == '"';
      }
      if (pos == text.size()) {
        return std::string(quoted ? "unterminated quoted parameter value" : kNoColon);
      }
      value = text.substr(start, pos - start);
    } else {
      if (key.empty()) continue;  // ";;"
      key = IsEncodingWord(key) ? "ENCODING" : "TYPE";
    }
    if (!IsName(key)) return "invalid parameter name " + Quoted(key);
    AddParam(line, key, value);
  }
  line->header = text.substr(0, pos);
  line->value = text.substr(pos + 1);
  return {};
}

bool IsBase64Line(std::string_view line) {
  return !line.empty() && std::all_of(line.begin(), line.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
           c == '/' || c == '=';
  });
}

}  // namespace kith::formats::detail
