// RFC 2047 encoded-words and charsets in mail headers.
//
// Encoded names are rare next to plain ASCII ones, so the common case (UTF-8,
// ASCII) is handled here and everything else goes to iconv, whose converter is
// kept per thread for the last charset seen: a mailbox tends to use one or two.
#include "formats/mail_text.h"

#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string>
#include <string_view>

#include "formats/mail.h"
#include "util/text.h"

namespace kith::formats {
namespace detail {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
constexpr size_t kMaxEncodedWord = 256;

// One open iconv converter per thread, for the last charset asked for.
class Converter {
 public:
  ~Converter() { Close(); }
  bool Open(std::string_view charset) {
    if (cd_ != Invalid() && charset == charset_) return true;
    Close();
    charset_.assign(charset);
    cd_ = iconv_open("UTF-8", charset_.c_str());
    return cd_ != Invalid();
  }
  void Append(std::string_view bytes, std::string& out) {
    iconv(cd_, nullptr, nullptr, nullptr, nullptr);
    char* in = const_cast<char*>(bytes.data());
    size_t in_left = bytes.size();
    while (in_left > 0) {
      char buf[256];
      char* o = buf;
      size_t out_left = sizeof buf;
      size_t r = iconv(cd_, &in, &in_left, &o, &out_left);
      out.append(buf, static_cast<size_t>(o - buf));
      if (r == static_cast<size_t>(-1) && errno != E2BIG) {  // EILSEQ, EINVAL
        out.append(kReplacement);
        ++in;
        --in_left;
        iconv(cd_, nullptr, nullptr, nullptr, nullptr);
      }
    }
  }

 private:
  static iconv_t Invalid() { return reinterpret_cast<iconv_t>(-1); }
  void Close() {
    if (cd_ != Invalid()) iconv_close(cd_);
    cd_ = Invalid();
  }
  std::string charset_;
  iconv_t cd_ = Invalid();
};

bool IsAsciiName(std::string_view charset) {
  return EqualsLower(charset, "utf-8") || EqualsLower(charset, "utf8") ||
         EqualsLower(charset, "us-ascii") || EqualsLower(charset, "ascii");
}

bool IsLatin1Name(std::string_view charset) {
  return EqualsLower(charset, "iso-8859-1") || EqualsLower(charset, "iso8859-1") ||
         EqualsLower(charset, "latin1") || EqualsLower(charset, "iso_8859-1");
}

int Base64Value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

bool DecodeBase64(std::string_view text, std::string& out) {
  unsigned bits = 0;
  int count = 0;
  for (char c : text) {
    if (c == '=') break;
    int v = Base64Value(c);
    if (v < 0) return false;
    bits = (bits << 6) | static_cast<unsigned>(v);
    count += 6;
    if (count >= 8) {
      count -= 8;
      out.push_back(static_cast<char>((bits >> count) & 0xFF));
    }
  }
  return true;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = LowerAscii(c);
  return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

// An '=' not followed by two hex digits is kept as written.
void DecodeQ(std::string_view text, std::string& out) {
  for (size_t i = 0; i < text.size(); ++i) {
    int hi = i + 2 < text.size() && text[i] == '=' ? HexValue(text[i + 1]) : -1;
    int lo = hi >= 0 ? HexValue(text[i + 2]) : -1;
    if (lo >= 0) {
      out.push_back(static_cast<char>(hi * 16 + lo));
      i += 2;
    } else {
      out.push_back(text[i] == '_' ? ' ' : text[i]);
    }
  }
}

// Appends the decoded encoded-word `word` ("=?cs?E?text?="); false if it
// cannot be decoded, with `out` unchanged.
bool AppendEncodedWord(std::string_view word, std::string& out) {
  word = word.substr(2, word.size() - 4);
  size_t q1 = word.find('?');
  std::string_view charset = word.substr(0, q1);
  charset = charset.substr(0, charset.find('*'));  // RFC 2231 language
  char encoding = LowerAscii(word[q1 + 1]);
  std::string_view text = word.substr(q1 + 3);
  thread_local std::string bytes;
  bytes.clear();
  if (encoding == 'b') {
    if (!DecodeBase64(text, bytes)) return false;
  } else if (encoding == 'q') {
    DecodeQ(text, bytes);
  } else {
    return false;
  }
  return AppendAsUtf8(bytes, charset, out);
}

// Control characters (a decoded CR LF, a tab) become spaces.
void AppendVisible(std::string_view text, std::string& out) {
  for (char c : text) {
    out.push_back(static_cast<unsigned char>(c) < 0x20 || c == 0x7F ? ' ' : c);
  }
}

// Plain header text: UTF-8 as it is, anything else read as Windows-1252.
void AppendRaw(std::string_view raw, std::string& out) {
  if (IsValidUtf8(raw)) return AppendVisible(raw, out);
  thread_local std::string converted;
  converted.clear();
  AppendAsUtf8(raw, "windows-1252", converted);
  AppendVisible(converted, out);
}

}  // namespace

std::string_view TrimSpace(std::string_view text) {
  while (!text.empty() && IsSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsSpace(text.back())) text.remove_suffix(1);
  return text;
}

bool EqualsLower(std::string_view a, std::string_view lower) {
  if (a.size() != lower.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (LowerAscii(a[i]) != lower[i]) return false;
  }
  return true;
}

size_t EncodedWordLength(std::string_view text) {
  // RFC 2047 allows 75 octets; some mailers write longer ones. The cap keeps
  // a header full of "=?" from being searched from every one of them.
  text = text.substr(0, kMaxEncodedWord);
  if (text.size() < 8 || text[0] != '=' || text[1] != '?') return 0;
  size_t q1 = text.find('?', 2);  // after the charset
  if (q1 == std::string_view::npos || q1 == 2 || q1 + 2 >= text.size() || text[q1 + 2] != '?') {
    return 0;
  }
  size_t end = text.find("?=", q1 + 3);
  if (end == std::string_view::npos) return 0;
  for (size_t i = 2; i < end; ++i) {
    if (static_cast<unsigned char>(text[i]) <= ' ') return 0;
  }
  return end + 2;
}

bool AppendAsUtf8(std::string_view bytes, std::string_view charset, std::string& out) {
  if (IsAsciiName(charset) && IsValidUtf8(bytes)) {
    out.append(bytes);
    return true;
  }
  if (IsAsciiName(charset) || IsLatin1Name(charset)) charset = "WINDOWS-1252";
  thread_local Converter converter;
  if (!converter.Open(charset)) return false;
  size_t start = out.size();
  converter.Append(bytes, out);
  // glibc reads "UTF;8" as UTF-8 and passes old 5- and 6-byte forms through.
  std::string_view converted = std::string_view(out).substr(start);
  if (!IsValidUtf8(converted)) {
    std::string bad(converted);
    out.resize(start);
    AppendValidUtf8(out, bad);
  }
  return true;
}

}  // namespace detail

void DecodeHeaderText(std::string_view text, std::string& out) {
  using detail::AppendVisible, detail::EncodedWordLength, detail::TrimSpace;
  out.clear();
  thread_local std::string decoded;
  size_t raw_begin = 0;     // the start of the text not written yet
  bool after_word = false;  // an encoded-word was written last
  for (size_t i = 0; i < text.size();) {
    size_t length = text[i] == '=' ? EncodedWordLength(text.substr(i)) : 0;
    decoded.clear();
    if (length == 0 || !detail::AppendEncodedWord(text.substr(i, length), decoded)) {
      i += std::max<size_t>(length, 1);  // an undecodable word stays as written
      continue;
    }
    std::string_view between = text.substr(raw_begin, i - raw_begin);
    if (!after_word || !TrimSpace(between).empty()) detail::AppendRaw(between, out);
    AppendVisible(decoded, out);
    i += length;
    raw_begin = i;
    after_word = true;
  }
  detail::AppendRaw(text.substr(raw_begin), out);
}

}  // namespace kith::formats
