// vCard content lines as the reader sees them, before any decoding: the
// physical lines of the input (LineReader) and one logical line split into
// group, name, parameters and value (SplitLine). Views point into the caller's
// text and nothing is copied. Internal to formats/vcard_read.cc.
#pragma once

#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace kith::formats::detail {

inline constexpr std::string_view kBom = "\xEF\xBB\xBF";

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
bool ParamIs(std::string_view raw, std::string_view word);

// Splits `text` into `line`; returns the problem, or an empty string.
std::string SplitLine(std::string_view text, ContentLine* line);

// A line of nothing but base64 characters (2.1 base64 goes on unindented).
bool IsBase64Line(std::string_view line);

}  // namespace kith::formats::detail
