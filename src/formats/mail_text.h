// Header text shared by the mail readers (formats/mail_*.cc, formats/mbox.cc):
// byte classes, RFC 2047 encoded-word boundaries and charsets. Internal to
// formats/mail*.cc and mbox.cc. Pure functions, thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kith::formats::detail {

inline char LowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
inline bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// `text` without leading and trailing spaces, tabs, CRs and LFs.
std::string_view TrimSpace(std::string_view text);

// Whether `a` equals `lower` (already lower case), ignoring the case of `a`.
bool EqualsLower(std::string_view a, std::string_view lower);

// The length of the RFC 2047 encoded-word "=?charset?B?text?=" that `text`
// starts with, or 0 when it does not start with one (or one longer than 256
// octets).
size_t EncodedWordLength(std::string_view text);

// Appends `bytes`, written in `charset` (any name iconv knows; ISO-8859-1 is
// read as Windows-1252, as browsers do), to `out` as UTF-8. Bytes the charset
// does not define become U+FFFD. False, with `out` unchanged, when the charset
// is unknown.
bool AppendAsUtf8(std::string_view bytes, std::string_view charset, std::string& out);

}  // namespace kith::formats::detail
