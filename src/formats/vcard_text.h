// The text of vCard values, shared by the reader (formats/vcard_read.cc,
// formats/vcard_line.cc) and the writer (formats/vcard_write.cc): byte classes
// and UTF-8 checks, Windows-1252 and quoted-printable decoding, TEXT
// unescaping, structured parts, and TYPE values and Apple's labels. Kept in one
// place so that whatever the reader accepts, the writer writes back the same
// way. Internal to formats/vcard*.cc. Pure functions, thread-safe.
#pragma once

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "formats/vcard.h"
#include "util/date.h"

namespace kith::formats::detail {

// ------------------------------------------------------------------ bytes

char ToUpper(char c);
bool EqualsNoCase(std::string_view a, std::string_view b);
bool StartsNoCase(std::string_view text, std::string_view prefix);
bool IsName(std::string_view s);  // letters, digits, '-' and '_'; not empty
bool IsControl(char c);
bool IsAscii(std::string_view s);
// Well-formed UTF-8 by EscapeText's rules (no overlong forms, surrogates or
// code points past U+10FFFF).
bool IsUtf8(std::string_view s);

// Latin-1 is read as its superset Windows-1252, as browsers do: files labelled
// ISO-8859-1 by old phones and Outlook hold curly quotes and the euro sign.
// Returns `*out`, which holds the result.
std::string_view Cp1252ToUtf8(std::string_view s, std::string* out);

// Soft line breaks are joined before this; an '=' not followed by two hex
// digits is kept as written, as lenient decoders do.
// Returns `*out`, which holds the result.
std::string_view DecodeQuotedPrintable(std::string_view s, std::string* out);

// "'text'" for an error message: printable ASCII, at most 40 characters.
std::string Quoted(std::string_view s);

// ------------------------------------------------------------------ values

// A TEXT value: unescaped (\n \N \\ \, \; and Google's \:), line breaks as LF,
// other control characters dropped (as EscapeText drops them), ends trimmed.
std::string Text(std::string_view raw);

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
std::string JoinedParts(std::string_view raw);

// An extra value as a 3.0/4.0 line holds it: line breaks (from quoted-printable)
// escaped as \n, other control characters dropped. Escapes are left alone.
std::string ExtraValue(std::string_view value);

// A parameter value as kept: without quotes and control characters, UTF-8.
std::string ParamText(std::string_view raw);

// Phones: 4.0's "tel:" URI scheme is not part of the number.
std::string PhoneText(std::string_view raw);

// 1990-04-12, 19900412, --0412, --04-12, each maybe followed by a time.
std::optional<Date> ParseVcardDate(std::string_view text);

// The parts of N joined with spaces: prefix, given, additional, family, suffix.
std::string NameText(const VcardName& n);

// ------------------------------------------------------------------ types

// Types vCard and Apple know by name: written in TYPE, all others become
// X-ABLABEL labels.
bool IsKnownType(std::string_view type);

// Adds `raw` to typed->types, lower case and without Apple's "_$!<...>!$_"
// wrapping, unless empty, "internet" or already there; "pref" sets
// typed->preferred instead.
void AddType(VcardTyped* typed, std::string_view raw);

}  // namespace kith::formats::detail
