#include "formats/vcard_text.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <iterator>

#include "util/status.h"
#include "util/text.h"

namespace kith::formats::detail {
namespace {

bool IsNameChar(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_';
}

// Length of the well-formed UTF-8 sequence at s[i], or 0: the same rules as
// EscapeText (no overlong forms, surrogates or code points past U+10FFFF), so
// whatever the parser accepts the writer keeps byte for byte.
size_t SequenceLength(std::string_view s, size_t i) {
  auto lead = static_cast<unsigned char>(s[i]);
  if (lead < 0x80) return 1;
  if (lead < 0xC2 || lead > 0xF4) return 0;
  size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
  unsigned char lo = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
  unsigned char hi = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
  if (i + length > s.size()) return 0;
  auto second = static_cast<unsigned char>(s[i + 1]);
  if (second < lo || second > hi) return 0;
  for (size_t k = 2; k < length; ++k) {
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
  }
  return length;
}

void AppendCodePoint(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | cp >> 6));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xE0 | cp >> 12));
    out->push_back(static_cast<char>(0x80 | (cp >> 6 & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Windows-1252 bytes 0x80-0x9F (WHATWG: the five unassigned ones map to C1).
constexpr std::array<char16_t, 32> kCp1252 = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

std::string TrimmedCopy(std::string s) {
  std::string_view trimmed = Trim(s);
  return trimmed.size() == s.size() ? s : std::string(trimmed);
}

// Types vCard and Apple know by name: written in TYPE, all others become
// X-ABLABEL labels. Sorted.
constexpr std::string_view kKnownTypes[] = {
    "aim",  "bbs",       "car",     "cell",  "dom",    "facebook", "fax",    "flickr", "home",
    "icq",  "intl",      "iphone",  "isdn",  "jabber", "linkedin", "main",   "modem",  "msg",
    "msn",  "myspace",   "other",   "pager", "parcel", "pcs",      "postal", "qq",     "skype",
    "text", "textphone", "twitter", "video", "voice",  "work",     "x400",   "xmpp",   "yahoo"};

// "  _$!<Mobile>!$_ " -> "mobile": Apple wraps its built-in labels.
std::string NormalizeType(std::string_view raw) {
  constexpr std::string_view kOpen = "_$!<", kClose = ">!$_";
  std::string_view type = Trim(raw);
  while (type.size() >= kOpen.size() + kClose.size() && type.starts_with(kOpen) &&
         type.ends_with(kClose)) {
    type = Trim(type.substr(kOpen.size(), type.size() - kOpen.size() - kClose.size()));
  }
  return AsciiLower(type);
}

}  // namespace

// ------------------------------------------------------------------ bytes

char ToUpper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

bool EqualsNoCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (ToUpper(a[i]) != ToUpper(b[i])) return false;
  }
  return true;
}

bool StartsNoCase(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && EqualsNoCase(text.substr(0, prefix.size()), prefix);
}

bool IsName(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), IsNameChar);
}

bool IsControl(char c) {
  auto u = static_cast<unsigned char>(c);
  return u < 0x20 || u == 0x7F;
}

bool IsAscii(std::string_view s) {
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {  // most values are ASCII: eight bytes at a time
    uint64_t word;
    std::memcpy(&word, s.data() + i, sizeof word);
    if (word & 0x8080808080808080ull) return false;
  }
  for (; i < s.size(); ++i) {
    if (static_cast<unsigned char>(s[i]) >= 0x80) return false;
  }
  return true;
}

bool IsUtf8(std::string_view s) {
  if (IsAscii(s)) return true;
  for (size_t i = 0, n = 0; i < s.size(); i += n) {
    if ((n = SequenceLength(s, i)) == 0) return false;
  }
  return true;
}

std::string_view Cp1252ToUtf8(std::string_view s, std::string* out) {
  out->clear();
  for (char c : s) {
    auto b = static_cast<unsigned char>(c);
    AppendCodePoint(b >= 0x80 && b < 0xA0 ? kCp1252[b - 0x80] : b, out);
  }
  return *out;
}

std::string_view DecodeQuotedPrintable(std::string_view s, std::string* out) {
  out->clear();
  for (size_t i = 0; i < s.size(); ++i) {
    int hi = s[i] == '=' && i + 2 < s.size() ? HexDigit(s[i + 1]) : -1;
    int lo = hi >= 0 ? HexDigit(s[i + 2]) : -1;
    if (lo < 0) {
      out->push_back(s[i]);
      continue;
    }
    out->push_back(static_cast<char>(hi << 4 | lo));
    i += 2;
  }
  return *out;
}

std::string Quoted(std::string_view s) {
  constexpr size_t kMax = 40;
  std::string out = "'";
  for (char c : s.substr(0, kMax)) out += c >= 0x20 && c < 0x7F ? c : '?';
  return out + (s.size() > kMax ? "...'" : "'");
}

// ------------------------------------------------------------------ values

std::string Text(std::string_view raw) {
  if (std::none_of(raw.begin(), raw.end(), [](char c) { return c == '\\' || IsControl(c); })) {
    return std::string(Trim(raw));  // most values: nothing to unescape or drop
  }
  std::string out;
  out.reserve(raw.size());
  for (size_t i = 0; i < raw.size(); ++i) {
    char c = raw[i];
    char next = i + 1 < raw.size() ? raw[i + 1] : '\0';
    if (c == '\\' && (next == 'n' || next == 'N')) {
      out += '\n';
      ++i;
    } else if (c == '\\' && (next == '\\' || next == ',' || next == ';' || next == ':')) {
      out += next;
      ++i;
    } else if (c == '\r') {
      out += '\n';
      if (next == '\n') ++i;
    } else if (!IsControl(c) || c == '\t' || c == '\n') {
      out += c;
    }
  }
  return TrimmedCopy(std::move(out));
}

std::string JoinedParts(std::string_view raw) {
  std::string out;
  ForEachPart(raw, ';', [&](std::string_view part) {
    std::string text = Text(part);
    if (text.empty()) return;
    if (!out.empty()) out += ", ";
    out += text;
  });
  return out;
}

std::string ExtraValue(std::string_view value) {
  std::string out;
  out.reserve(value.size());
  for (size_t i = 0; i < value.size(); ++i) {
    if (value[i] == '\r' || value[i] == '\n') {
      out += "\\n";
      if (value[i] == '\r' && i + 1 < value.size() && value[i + 1] == '\n') ++i;
    } else if (!IsControl(value[i]) || value[i] == '\t') {
      out += value[i];
    }
  }
  return out;
}

std::string ParamText(std::string_view raw) {
  std::string out;
  for (char c : raw) {
    if (c != '"' && !IsControl(c)) out += c;
  }
  std::string converted;
  return IsUtf8(out) ? out : std::string(Cp1252ToUtf8(out, &converted));
}

std::string PhoneText(std::string_view raw) {
  std::string text = Text(raw);
  std::string_view number = text;
  while (StartsNoCase(number, "tel:")) number = Trim(number.substr(4));
  return std::string(number);
}

std::optional<Date> ParseVcardDate(std::string_view text) {
  text = Trim(text);
  text = text.substr(0, text.find_first_of("Tt "));
  auto digits = [](std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  std::string dashed(text);
  if (text.size() == 8 && digits(text)) {
    dashed = fmt::format("{}-{}-{}", text.substr(0, 4), text.substr(4, 2), text.substr(6));
  } else if (text.size() == 6 && text.starts_with("--") && digits(text.substr(2))) {
    dashed = fmt::format("--{}-{}", text.substr(2, 2), text.substr(4));
  }
  if (dashed.size() != 10 && !(dashed.size() == 7 && dashed.starts_with("--"))) return {};
  Result<Date> date = ParseDate(dashed);
  if (!date) return {};
  return *date;
}

std::string NameText(const VcardName& n) {
  std::string out;
  for (const std::string* part : {&n.prefix, &n.given, &n.additional, &n.family, &n.suffix}) {
    if (part->empty()) continue;
    if (!out.empty()) out += ' ';
    out += *part;
  }
  return out;
}

// ------------------------------------------------------------------ types

bool IsKnownType(std::string_view type) {
  return std::binary_search(std::begin(kKnownTypes), std::end(kKnownTypes), type);
}

void AddType(VcardTyped* typed, std::string_view raw) {
  std::string type = NormalizeType(raw);
  if (type.empty() || type == "internet") return;  // every email is "internet"
  if (type == "pref") {
    typed->preferred = true;
  } else if (std::find(typed->types.begin(), typed->types.end(), type) == typed->types.end()) {
    typed->types.push_back(std::move(type));
  }
}

}  // namespace kith::formats::detail
