// Text helpers shared by every layer: Unicode-aware folding for matching
// names, trimming, and small string utilities. Pure functions, thread-safe.
//
//   Fold("Zoë Łukasz") == "zoe lukasz"
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kith {

// Case- and accent-insensitive key for matching: NFKD, case fold, combining
// marks dropped, letters without a decomposition (ł, ø, đ, æ, œ, ß, þ) spelled
// in ASCII, runs of whitespace collapsed to one space, ends trimmed.
// Invalid UTF-8 bytes are dropped.
std::string Fold(std::string_view text);

// True when `text` is well-formed UTF-8.
bool IsValidUtf8(std::string_view text);

// The length of the well-formed UTF-8 sequence at the start of `text` (whose
// first byte is not ASCII), or minus the number of bytes that make the
// longest start of one ("maximal subpart", Unicode 15 section 3.9, at least
// one), which a repair replaces with one U+FFFD.
int Utf8Sequence(std::string_view text);

// `text` appended to `out` with each ill-formed sequence (its maximal
// subpart) replaced by one U+FFFD: well-formed UTF-8 whatever `text` holds.
void AppendValidUtf8(std::string& out, std::string_view text);

// Whitespace (ASCII) trimmed from both ends.
std::string_view Trim(std::string_view text);

// ASCII lower case; other bytes unchanged.
std::string AsciiLower(std::string_view text);

// Splits on `sep`, trimming each piece and dropping empty ones.
std::vector<std::string> SplitTrimmed(std::string_view text, char sep);

// True when `text` starts with `prefix`, ASCII case-insensitively.
bool StartsWithNoCase(std::string_view text, std::string_view prefix);

// Number of code points (not bytes) in well-formed UTF-8.
size_t Utf8Length(std::string_view text);

}  // namespace kith
