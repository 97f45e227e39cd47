#include "formats/vcard.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include "formats/ics.h"  // vCard 3.0/4.0 text escaping and folding are iCalendar's
#include "util/text.h"

namespace kith::formats {
namespace {

constexpr size_t kMaxCardBytes = size_t{10} << 20;
constexpr std::string_view kBom = "\xEF\xBB\xBF";

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

bool IsNameChar(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_';
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

bool IsUtf8(std::string_view s) {
  if (IsAscii(s)) return true;
  for (size_t i = 0, n = 0; i < s.size(); i += n) {
    if ((n = SequenceLength(s, i)) == 0) return false;
  }
  return true;
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

// Latin-1 is read as its superset Windows-1252, as browsers do: files labelled
// ISO-8859-1 by old phones and Outlook hold curly quotes and the euro sign.
std::string_view Cp1252ToUtf8(std::string_view s, std::string* out) {
  out->clear();
  for (char c : s) {
    auto b = static_cast<unsigned char>(c);
    AppendCodePoint(b >= 0x80 && b < 0xA0 ? kCp1252[b - 0x80] : b, out);
  }
  return *out;
}

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// Soft line breaks are joined before this; an '=' not followed by two hex
// digits is kept as written, as lenient decoders do.
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

// "'text'" for an error message: printable ASCII, at most 40 characters.
std::string Quoted(std::string_view s) {
  constexpr size_t kMax = 40;
  std::string out = "'";
  for (char c : s.substr(0, kMax)) out += c >= 0x20 && c < 0x7F ? c : '?';
  return out + (s.size() > kMax ? "...'" : "'");
}

// ------------------------------------------------------------------ values

std::string TrimmedCopy(std::string s) {
  std::string_view trimmed = Trim(s);
  return trimmed.size() == s.size() ? s : std::string(trimmed);
}

// A TEXT value: unescaped (\n \N \\ \, \; and Google's \:), line breaks as LF,
// other control characters dropped (as EscapeText drops them), ends trimmed.
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

// Calls f(part) for each part of `raw` between unescaped `sep`s.
template <typename F>
void ForEachPart(std::string_view raw, char sep, F f) {
  size_t start = 0;
  for (size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == '\\') {
      ++i;
    } else if (raw[i] == sep) {
      f(raw.substr(start, i - start));
      start = i + 1;
    }
  }
  f(raw.substr(std::min(start, raw.size())));
}

// Calls f(type) for each comma-separated piece of a TYPE value (no escapes).
template <typename F>
void ForEachType(std::string_view value, F f) {
  for (size_t comma; (comma = value.find(',')) != std::string_view::npos;) {
    f(value.substr(0, comma));
    value.remove_prefix(comma + 1);
  }
  f(value);
}

// ORG and ADR: the non-empty parts, unescaped, joined with ", ".
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

// An extra value as a 3.0/4.0 line holds it: line breaks (from quoted-printable)
// escaped as \n, other control characters dropped. Escapes are left alone.
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

// A parameter value as kept: without quotes and control characters, UTF-8.
std::string ParamText(std::string_view raw) {
  std::string out;
  for (char c : raw) {
    if (c != '"' && !IsControl(c)) out += c;
  }
  std::string converted;
  return IsUtf8(out) ? out : std::string(Cp1252ToUtf8(out, &converted));
}

// Types vCard and Apple know by name: written in TYPE, all others become
// X-ABLABEL labels. Sorted.
constexpr std::string_view kKnownTypes[] = {
    "aim",  "bbs",       "car",     "cell",  "dom",    "facebook", "fax",    "flickr", "home",
    "icq",  "intl",      "iphone",  "isdn",  "jabber", "linkedin", "main",   "modem",  "msg",
    "msn",  "myspace",   "other",   "pager", "parcel", "pcs",      "postal", "qq",     "skype",
    "text", "textphone", "twitter", "video", "voice",  "work",     "x400",   "xmpp",   "yahoo"};

bool IsKnownType(std::string_view type) {
  return std::binary_search(std::begin(kKnownTypes), std::end(kKnownTypes), type);
}

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

void AddType(VcardTyped* typed, std::string_view raw) {
  std::string type = NormalizeType(raw);
  if (type.empty() || type == "internet") return;  // every email is "internet"
  if (type == "pref") {
    typed->preferred = true;
  } else if (std::find(typed->types.begin(), typed->types.end(), type) == typed->types.end()) {
    typed->types.push_back(std::move(type));
  }
}

// Phones: 4.0's "tel:" URI scheme is not part of the number.
std::string PhoneText(std::string_view raw) {
  std::string text = Text(raw);
  std::string_view number = text;
  while (StartsNoCase(number, "tel:")) number = Trim(number.substr(4));
  return std::string(number);
}

// 1990-04-12, 19900412, --0412, --04-12, each maybe followed by a time.
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

// ------------------------------------------------------------------ lines

// Physical lines of the input, without their line breaks (LF or CRLF).
class LineReader {
 public:
  explicit LineReader(std::string_view text) : text_(text) {
    if (text_.starts_with(kBom)) pos_ = kBom.size();
    Load();
  }
  bool done() const { return pos_ >= text_.size(); }
  int number() const { return number_; }  // of the next line, from 1
  size_t offset() const { return pos_; }  // of the next line
  std::string_view Peek() const { return next_; }
  bool AtFold() const { return !done() && !next_.empty() && (next_[0] == ' ' || next_[0] == '\t'); }
  std::string_view Take() {
    std::string_view line = next_;
    pos_ = next_end_;
    ++number_;
    Load();
    return line;
  }

 private:
  void Load() {
    if (done()) return;
    const char* begin = text_.data() + pos_;
    auto* newline = static_cast<const char*>(std::memchr(begin, '\n', text_.size() - pos_));
    size_t length = newline ? static_cast<size_t>(newline - begin) : text_.size() - pos_;
    next_end_ = pos_ + length + (newline ? 1 : 0);
    if (length > 0 && begin[length - 1] == '\r') --length;
    next_ = std::string_view(begin, length);
  }

  std::string_view text_;
  size_t pos_ = 0;
  size_t next_end_ = 0;
  std::string_view next_;
  int number_ = 1;
};

enum class Charset { kUtf8, kAuto, kCp1252 };  // kAuto: UTF-8 if valid, else cp1252

struct Param {
  std::string_view key;  // "TYPE" for a bare 2.1 parameter (TEL;CELL)
  std::string_view value;
};

// One content line, "group.NAME;KEY=value;BARE:value", split but not decoded.
// Views point into the input or into Parser::fold_buf_.
struct ContentLine {
  int number = 0;
  std::string_view header;  // everything before the value's ':'
  std::string_view group, name, value, charset;
  std::vector<Param> params;
  bool quoted_printable = false;
  bool base64 = false;
};

// True when a parameter value reads `word` once quotes and control characters,
// which ParamText drops, are gone.
bool ParamIs(std::string_view raw, std::string_view word) {
  size_t matched = 0;
  for (char c : raw) {
    if (c == '"' || IsControl(c)) continue;
    if (matched == word.size() || ToUpper(c) != word[matched]) return false;
    ++matched;
  }
  return matched == word.size();
}

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

// Splits `text` into `line`; returns the problem, or an empty string.
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

// ------------------------------------------------------------------ parser

class Parser {
 public:
  Parser(std::string_view text, std::string_view source,
         const std::function<Status(Vcard&&)>& on_card)
      : lines_(text), source_(source), on_card_(on_card) {}

  Status Run() {
    while (!lines_.done()) {
      size_t start = lines_.offset();
      int number = lines_.number();
      std::string_view text = Unfold();
      if (Trim(text).empty()) continue;
      KITH_RETURN_IF_ERROR(in_card_ ? CardLine(number, text) : OutsideLine(number, start, text));
    }
    if (in_card_) return Fail(card_.line, "BEGIN:VCARD without END:VCARD");
    return Status::Ok();
  }

 private:
  using Read = void (Parser::*)(std::string_view value);
  struct Reader {
    std::string_view name;
    Read read;
    bool binary = false;
  };
  // Where a typed value sits, for labels from X-ABLABEL in the same group.
  struct Grouped {
    std::string group;  // lower case
    std::vector<VcardTyped>* list;
    size_t index;
  };

  Status Fail(int line, std::string_view what) const {
    return Status::Invalid(fmt::format("{}:{}: {}", source_, line, what));
  }

  // One logical line: a physical line and the folded lines after it.
  std::string_view Unfold() {
    std::string_view first = lines_.Take();
    if (!lines_.AtFold()) return first;
    fold_buf_.assign(first);
    while (lines_.AtFold()) fold_buf_.append(lines_.Take().substr(1));
    return fold_buf_;
  }

  // `text` cut to `keep` octets with `more` appended, held in fold_buf_.
  std::string_view Extend(std::string_view text, size_t keep, std::string_view more) {
    if (text.data() == fold_buf_.data()) {
      fold_buf_.resize(keep);
    } else {
      fold_buf_.assign(text.substr(0, keep));
    }
    return fold_buf_.append(more);
  }

  Status OutsideLine(int number, size_t start, std::string_view text) {
    if (text.starts_with(kBom)) text.remove_prefix(kBom.size());  // concatenated files
    text = Trim(text);
    if (EqualsNoCase(text, "END:VCARD")) return Fail(number, "END:VCARD without BEGIN:VCARD");
    if (!EqualsNoCase(text, "BEGIN:VCARD")) return Fail(number, "expected BEGIN:VCARD");
    card_ = Vcard{};
    card_.line = number;
    card_start_ = start;
    in_card_ = true;
    return Status::Ok();
  }

  Status CardLine(int number, std::string_view text) {
    line_.number = number;
    KITH_RETURN_IF_ERROR(Split(text));
    if (line_.quoted_printable) KITH_RETURN_IF_ERROR(JoinSoftBreaks(text));
    if (line_.base64) KITH_RETURN_IF_ERROR(JoinBase64Lines(text));
    if (lines_.offset() - card_start_ > kMaxCardBytes) {
      return Fail(card_.line, "card larger than 10 MB");
    }
    name_.assign(line_.name);
    for (char& c : name_) c = ToUpper(c);
    if (name_ == "BEGIN") {
      return Fail(number, EqualsNoCase(Trim(line_.value), "VCARD")
                              ? "BEGIN:VCARD inside a card (missing END:VCARD?)"
                              : "BEGIN inside a card");
    }
    if (name_ == "END") return EndCard();
    return Dispatch();
  }

  Status Split(std::string_view text) {
    std::string problem = SplitLine(text, &line_);
    return problem.empty() ? Status::Ok() : Fail(line_.number, problem);
  }

  // 2.1 quoted-printable: a value ending in '=' continues on the next line.
  Status JoinSoftBreaks(std::string_view text) {
    for (;;) {
      std::string_view value = line_.value;
      while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) {
        value.remove_suffix(1);
      }
      if (value.empty() || value.back() != '=') return Status::Ok();
      if (lines_.done() || StartsNoCase(lines_.Peek(), "END:VCARD")) {
        return Fail(line_.number, "unterminated quoted-printable value");
      }
      size_t keep = static_cast<size_t>(value.data() - text.data()) + value.size() - 1;
      text = Extend(text, keep, lines_.Take());
      KITH_RETURN_IF_ERROR(Split(text));
    }
  }

  // 3.0 and 4.0 cards must be UTF-8; 2.1 cards and cards before their VERSION
  // line are read leniently.
  bool Strict() const {
    return !card_.version.empty() && (card_.version[0] == '3' || card_.version[0] == '4');
  }

  // 2.1 base64 may go on in unindented lines up to a blank line. Only lines of
  // base64 characters are taken, so a folded property line after it is not.
  Status JoinBase64Lines(std::string_view text) {
    bool joined = false;
    while (!Strict() && !lines_.done() && IsBase64Line(Trim(lines_.Peek()))) {
      text = Extend(text, text.size(), Trim(lines_.Take()));
      joined = true;
    }
    return joined ? Split(text) : Status::Ok();
  }

  Status LineCharset(Charset* charset) const {
    if (line_.charset.empty()) {
      *charset = Strict() ? Charset::kUtf8 : Charset::kAuto;
      return Status::Ok();
    }
    static constexpr std::pair<std::string_view, Charset> kCharsets[] = {
        {"UTF-8", Charset::kUtf8},          {"UTF8", Charset::kUtf8},
        {"US-ASCII", Charset::kUtf8},       {"ASCII", Charset::kUtf8},
        {"ISO-8859-1", Charset::kCp1252},   {"ISO8859-1", Charset::kCp1252},
        {"ISO_8859-1", Charset::kCp1252},   {"LATIN1", Charset::kCp1252},
        {"WINDOWS-1252", Charset::kCp1252}, {"CP1252", Charset::kCp1252}};
    for (const auto& [name, value] : kCharsets) {
      if (!ParamIs(line_.charset, name)) continue;
      *charset = value;
      return Status::Ok();
    }
    return Fail(line_.number, "unsupported charset " + Quoted(line_.charset));
  }

  // The value, quoted-printable decoded and in UTF-8.
  Status Decode(std::string_view* out) {
    Charset charset = Charset::kUtf8;
    KITH_RETURN_IF_ERROR(LineCharset(&charset));
    if (charset == Charset::kUtf8 && !IsUtf8(line_.header)) {
      return Fail(line_.number, fmt::format("invalid UTF-8 in {} parameters", name_));
    }
    std::string_view value = line_.value;
    if (line_.quoted_printable) value = DecodeQuotedPrintable(value, &qp_buf_);
    if (charset == Charset::kCp1252 ? IsAscii(value) : IsUtf8(value)) {
      *out = value;
    } else if (charset == Charset::kUtf8) {
      return Fail(line_.number, fmt::format("invalid UTF-8 in {} value", name_));
    } else {
      *out = Cp1252ToUtf8(value, &utf8_buf_);
    }
    return Status::Ok();
  }

  static const Reader* FindReader(std::string_view name) {
    static constexpr Reader kReaders[] = {
        // sorted by name
        {"ADR", &Parser::ReadAddress},
        {"ANNIVERSARY", &Parser::ReadAnniversary},
        {"BDAY", &Parser::ReadBirthday},
        {"CATEGORIES", &Parser::ReadCategories},
        {"EMAIL", &Parser::ReadEmail},
        {"FN", &Parser::ReadFormattedName},
        {"IMPP", &Parser::ReadHandle},
        {"KEY", &Parser::ReadExtra, true},
        {"LOGO", &Parser::ReadExtra, true},
        {"N", &Parser::ReadName},
        {"NOTE", &Parser::ReadNote},
        {"ORG", &Parser::ReadOrg},
        {"PHOTO", &Parser::ReadExtra, true},
        {"PRODID", &Parser::ReadNothing},  // the exporter's, not ours
        {"SOUND", &Parser::ReadExtra, true},
        {"TEL", &Parser::ReadPhone},
        {"TITLE", &Parser::ReadTitle},
        {"UID", &Parser::ReadUid},
        {"URL", &Parser::ReadUrl},
        {"VERSION", &Parser::ReadVersion},
        {"X-AIM", &Parser::ReadHandle},
        {"X-ANNIVERSARY", &Parser::ReadAnniversary},
        {"X-EVOLUTION-ANNIVERSARY", &Parser::ReadAnniversary},
        {"X-GOOGLE-TALK", &Parser::ReadHandle},
        {"X-GTALK", &Parser::ReadHandle},
        {"X-ICQ", &Parser::ReadHandle},
        {"X-JABBER", &Parser::ReadHandle},
        {"X-MSN", &Parser::ReadHandle},
        {"X-QQ", &Parser::ReadHandle},
        {"X-SKYPE", &Parser::ReadHandle},
        {"X-SKYPE-USERNAME", &Parser::ReadHandle},
        {"X-SOCIALPROFILE", &Parser::ReadHandle},
        {"X-TWITTER", &Parser::ReadHandle},
        {"X-YAHOO", &Parser::ReadHandle},
    };
    static_assert(std::is_sorted(std::begin(kReaders), std::end(kReaders),
                                 [](const Reader& a, const Reader& b) { return a.name < b.name; }));
    const Reader* it =
        std::lower_bound(std::begin(kReaders), std::end(kReaders), name,
                         [](const Reader& r, std::string_view n) { return r.name < n; });
    return it != std::end(kReaders) && it->name == name ? it : nullptr;
  }

  Status Dispatch() {
    const Reader* reader = FindReader(name_);
    bool binary = reader && reader->binary;
    if (binary && line_.base64) return Skip(line_.value);  // without decoding or copying
    std::string_view value;
    KITH_RETURN_IF_ERROR(Decode(&value));
    // Judged as ExtraValue keeps it, so that a kept value is kept again.
    if (binary && StartsNoCase(Trim(ExtraValue(value)), "data:")) return Skip(value);
    (this->*(reader ? reader->read : &Parser::ReadExtra))(value);
    return Status::Ok();
  }

  Status Skip(std::string_view binary) {
    card_.skipped_binary_bytes += binary.size();
    return Status::Ok();
  }

  Status EndCard() {
    if (!EqualsNoCase(Trim(line_.value), "VCARD")) {
      return Fail(line_.number, "END inside a card (expected END:VCARD)");
    }
    AttachLabels();
    for (auto* list :
         {&card_.emails, &card_.phones, &card_.urls, &card_.addresses, &card_.handles}) {
      for (VcardTyped& typed : *list) {
        std::stable_partition(typed.types.begin(), typed.types.end(), IsKnownType);
      }
    }
    if (card_.formatted_name.empty()) card_.formatted_name = NameText(card_.name);
    in_card_ = false;
    grouped_.clear();
    return on_card_(std::move(card_));
  }

  // itemN.X-ABLABEL names the other itemN properties (Apple, Google).
  void AttachLabels() {
    if (grouped_.empty()) return;
    std::erase_if(card_.extra, [this](const VcardProperty& p) {
      if (p.name != "X-ABLABEL" || p.group.empty()) return false;
      std::string group = AsciiLower(p.group);
      bool attached = false;
      for (const Grouped& g : grouped_) {
        if (g.group != group) continue;
        AddType(&(*g.list)[g.index], Text(p.value));
        attached = true;
      }
      return attached;
    });
  }

  void ReadNothing(std::string_view) {}
  void ReadVersion(std::string_view value) {
    if (card_.version.empty()) card_.version = Trim(value);
  }
  void ReadFormattedName(std::string_view value) { SetText(&card_.formatted_name, value); }
  void ReadTitle(std::string_view value) { SetText(&card_.title, value); }
  void ReadNote(std::string_view value) { SetText(&card_.note, value); }
  void ReadUid(std::string_view value) { SetText(&card_.uid, value); }
  void ReadOrg(std::string_view value) {
    if (!card_.org.empty()) return ReadExtra(value);
    card_.org = JoinedParts(value);
  }
  void ReadEmail(std::string_view value) { AddTyped(&card_.emails, Text(value), {}); }
  void ReadPhone(std::string_view value) { AddTyped(&card_.phones, PhoneText(value), {}); }
  void ReadUrl(std::string_view value) { AddTyped(&card_.urls, Text(value), {}); }
  void ReadAddress(std::string_view value) { AddTyped(&card_.addresses, JoinedParts(value), {}); }
  void ReadBirthday(std::string_view value) { SetDate(&card_.birthday, value); }
  void ReadAnniversary(std::string_view value) { SetDate(&card_.anniversary, value); }

  // X-TWITTER:jdoe is a "twitter" handle; IMPP and X-SOCIALPROFILE say the
  // service in TYPE or X-SERVICE-TYPE.
  void ReadHandle(std::string_view value) {
    std::string service;
    if (name_ != "X-SOCIALPROFILE" && name_.starts_with("X-")) {
      std::string_view name = std::string_view(name_).substr(2);
      if (name.ends_with("-USERNAME")) name.remove_suffix(9);
      for (char c : name) {
        if (c != '-') service += c;
      }
    }
    AddTyped(&card_.handles, Text(value), AsciiLower(service));
  }

  void ReadName(std::string_view value) {
    VcardName& n = card_.name;
    if (!NameText(n).empty()) return ReadExtra(value);
    std::array<std::string*, 5> parts = {&n.family, &n.given, &n.additional, &n.prefix, &n.suffix};
    size_t i = 0;
    ForEachPart(value, ';', [&](std::string_view part) {
      if (i < parts.size()) *parts[i++] = Text(part);
    });
  }

  void ReadCategories(std::string_view value) {
    ForEachPart(value, ',', [&](std::string_view part) {
      std::string category = Text(part);
      if (!category.empty()) card_.categories.push_back(std::move(category));
    });
  }

  void SetText(std::string* field, std::string_view value) {
    if (!field->empty()) return ReadExtra(value);
    *field = Text(value);
  }

  void SetDate(std::optional<Date>* field, std::string_view value) {
    // Read as ExtraValue keeps it, so an unreadable date stays unreadable.
    std::optional<Date> date =
        field->has_value() ? std::nullopt : ParseVcardDate(ExtraValue(value));
    if (!date) return ReadExtra(value);
    for (const Param& p : line_.params) {  // Apple writes 1604-04-12 for "no year"
      if (EqualsNoCase(p.key, "X-APPLE-OMIT-YEAR") &&
          ParamText(p.value) == fmt::format("{}", date->year)) {
        date->year = 0;
      }
    }
    *field = date;
  }

  void AddTyped(std::vector<VcardTyped>* list, std::string value, std::string_view service) {
    if (value.empty()) return;
    VcardTyped typed;
    typed.value = std::move(value);
    if (!service.empty()) AddType(&typed, service);
    for (const Param& p : line_.params) {
      if (EqualsNoCase(p.key, "PREF")) typed.preferred = true;
      if (!EqualsNoCase(p.key, "TYPE") && !EqualsNoCase(p.key, "X-SERVICE-TYPE")) continue;
      ForEachType(p.value, [&](std::string_view type) { AddType(&typed, ParamText(type)); });
    }
    if (!line_.group.empty()) grouped_.push_back({AsciiLower(line_.group), list, list->size()});
    list->push_back(std::move(typed));
  }

  void ReadExtra(std::string_view value) {
    VcardProperty property;
    property.group = line_.group;
    property.name = name_;
    for (const Param& p : line_.params) {
      std::string key(p.key);
      for (char& c : key) c = ToUpper(c);
      if (key == "CHARSET" || (key == "ENCODING" && line_.quoted_printable)) continue;  // decoded
      if (key != "TYPE") {
        property.params.emplace_back(std::move(key), ParamText(p.value));
        continue;
      }
      ForEachType(p.value, [&](std::string_view type) {
        std::string text = ParamText(type);
        if (!text.empty()) property.params.emplace_back(key, std::move(text));
      });
    }
    property.value = ExtraValue(value);
    card_.extra.push_back(std::move(property));
  }

  LineReader lines_;
  std::string_view source_;
  const std::function<Status(Vcard&&)>& on_card_;
  bool in_card_ = false;
  size_t card_start_ = 0;
  Vcard card_;
  std::vector<Grouped> grouped_;
  ContentLine line_;
  std::string name_;  // line_.name in upper case
  std::string fold_buf_, qp_buf_, utf8_buf_;
};

// ------------------------------------------------------------------ writer

// A parameter value: quoted when it holds a separator; quotes and control
// characters cannot be written and are dropped.
std::string ParamValue(std::string_view value) {
  std::string out;
  for (char c : value) {
    if (c != '"' && !IsControl(c)) out += c;
  }
  return out.find_first_of(",;:") == std::string::npos ? out : '"' + out + '"';
}

// "skype:jdoe" is an IMPP URI; "jdoe" and web addresses are social profiles.
bool IsImUri(std::string_view value) {
  size_t colon = value.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  std::string_view scheme = value.substr(0, colon);
  return IsName(scheme) && !EqualsNoCase(scheme, "http") && !EqualsNoCase(scheme, "https");
}

class Writer {
 public:
  Writer(const Vcard& card, int version) : card_(card), v4_(version != 3) {}

  std::string Write() {
    Line("BEGIN", "VCARD");
    Line("VERSION", v4_ ? "4.0" : "3.0");
    Line("PRODID", "-//kith//kith//EN");
    Line("FN", EscapeText(card_.formatted_name));
    if (!v4_ || !NameText(card_.name).empty()) Line("N", NameValue());
    if (!card_.org.empty()) Line("ORG", EscapeText(card_.org));
    if (!card_.title.empty()) Line("TITLE", EscapeText(card_.title));
    for (const VcardTyped& t : card_.emails) Typed("EMAIL", t, EscapeText(t.value));
    for (const VcardTyped& t : card_.phones) Typed("TEL", t, EscapeText(t.value));
    for (const VcardTyped& t : card_.addresses) {
      Typed("ADR", t, ";;" + EscapeText(t.value) + ";;;;");  // all in the street part
    }
    for (const VcardTyped& t : card_.urls) Typed("URL", t, EscapeText(t.value));
    for (const VcardTyped& t : card_.handles) {
      Typed(IsImUri(t.value) ? "IMPP" : "X-SOCIALPROFILE", t, EscapeText(t.value));
    }
    if (card_.birthday) Line("BDAY", DateValue(*card_.birthday));
    if (card_.anniversary) {
      Line(v4_ ? "ANNIVERSARY" : "X-ANNIVERSARY", DateValue(*card_.anniversary));
    }
    std::string categories = CategoryList();
    if (!categories.empty()) Line("CATEGORIES", categories);
    if (!card_.note.empty()) Line("NOTE", EscapeText(card_.note));
    if (!card_.uid.empty()) Line("UID", EscapeText(card_.uid));
    for (const VcardProperty& p : card_.extra) Extra(p);
    Line("END", "VCARD");
    return std::move(out_);
  }

 private:
  void Line(std::string_view head, std::string_view value) {
    std::string line;
    line.reserve(head.size() + 1 + value.size());
    line.append(head).append(":").append(value);
    out_ += FoldLine(line);
  }

  std::string NameValue() const {
    const VcardName& n = card_.name;
    return fmt::format("{};{};{};{};{}", EscapeText(n.family), EscapeText(n.given),
                       EscapeText(n.additional), EscapeText(n.prefix), EscapeText(n.suffix));
  }

  std::string DateValue(const Date& d) const {
    std::string_view dash = v4_ ? "" : "-";
    if (d.year == 0) return fmt::format("--{:02}{}{:02}", d.month, dash, d.day);
    return fmt::format("{:04}{}{:02}{}{:02}", d.year, dash, d.month, dash, d.day);
  }

  std::string CategoryList() const {
    std::string list;
    for (const std::string& category : card_.categories) {
      std::string escaped = EscapeText(category);
      if (escaped.empty()) continue;
      if (!list.empty()) list += ',';
      list += escaped;
    }
    return list;
  }

  // Known types go in TYPE; the others become labels in a group of their own.
  void Typed(std::string_view name, const VcardTyped& typed, std::string_view value) {
    std::string types;
    std::vector<std::string_view> labels;
    for (const std::string& type : typed.types) {
      if (!IsKnownType(type)) {
        labels.push_back(type);
        continue;
      }
      if (!types.empty()) types += ',';
      types += type;
    }
    if (typed.preferred && !v4_) types += types.empty() ? "pref" : ",pref";
    std::string group = labels.empty() ? "" : NextGroup() + ".";
    std::string head = group + std::string(name);
    if (!types.empty()) head += ";TYPE=" + types;
    if (typed.preferred && v4_) head += ";PREF=1";
    Line(head, value);
    for (std::string_view label : labels) Line(group + "X-ABLABEL", EscapeText(label));
  }

  // item1, item2, ... skipping the groups extra properties already use.
  std::string NextGroup() {
    for (;;) {
      std::string group = fmt::format("item{}", ++groups_);
      bool used = std::any_of(card_.extra.begin(), card_.extra.end(),
                              [&](const VcardProperty& p) { return EqualsNoCase(p.group, group); });
      if (!used) return group;
    }
  }

  void Extra(const VcardProperty& p) {
    std::string head = p.group.empty() ? p.name : p.group + "." + p.name;
    for (const auto& [key, value] : p.params) head += fmt::format(";{}={}", key, ParamValue(value));
    Line(head, ExtraValue(p.value));
  }

  const Vcard& card_;
  bool v4_;
  std::string out_;
  int groups_ = 0;
};

}  // namespace

Status ParseVcards(std::string_view text, std::string_view source,
                   const std::function<Status(Vcard&&)>& on_card) {
  return Parser(text, source, on_card).Run();
}

std::string WriteVcard(const Vcard& card, int version) { return Writer(card, version).Write(); }

}  // namespace kith::formats
