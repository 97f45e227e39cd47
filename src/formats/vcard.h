// vCard (RFC 2425/2426, RFC 6350 and the 2.1 spec) reading and writing for
// `kith import` and `kith export --format vcf`.
//
//   Status s = ParseVcards(text, "contacts.vcf", [&](Vcard&& card) {
//     people.push_back(std::move(card));
//     return Status::Ok();
//   });
//   // s.message(): "contacts.vcf:12: unterminated quoted-printable value"
//   std::string vcf = WriteVcard(people[0], 4);
//
// Reads 2.1, 3.0 and 4.0 as real exporters write them (Apple, Google, Android,
// Outlook, old phones) and writes 3.0 or 4.0. Hand-written because no Debian
// package parses vCard well: libbelcard reads only 4.0, libvformat and libvc
// are old C libraries from the 2.1 days, libebook-contacts brings Evolution
// Data Server along; and tolerating what phones actually emit (charsets,
// quoted-printable, Apple's groups) is most of the work anyway. The format, and
// what is kept or skipped, is described in docs/formats.md.
//
// The parser streams: it holds one card at a time, copies only lines that are
// folded, and skips photos and other binaries without decoding them (about
// 280k cards/s on two cores, bench/vcard_bench.cc). Pure functions,
// thread-safe.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "util/date.h"
#include "util/status.h"

namespace kith::formats {

// A property kith has no field for, kept so that writing the card back loses
// nothing that matters (X-ABShowAs, NICKNAME, GENDER, ...).
struct VcardProperty {
  std::string group;  // "item1" in "item1.X-ABDATE", else empty
  std::string name;   // upper case
  // Keys upper case, values as written without quotes; TYPE=a,b gives two
  // pairs. ENCODING=QUOTED-PRINTABLE and CHARSET are dropped: `value` is
  // already decoded.
  std::vector<std::pair<std::string, std::string>> params;
  // Unfolded, quoted-printable decoded and converted to UTF-8, but not
  // unescaped (the parser cannot know which values are structured): as a 3.0
  // line would hold it, so decoded line breaks become "\n" and other control
  // characters are dropped.
  std::string value;
  friend bool operator==(const VcardProperty&, const VcardProperty&) = default;
};

struct VcardName {  // N, each part unescaped and trimmed
  std::string family, given, additional, prefix, suffix;
  friend bool operator==(const VcardName&, const VcardName&) = default;
};

// An email address, phone number, URL, address or handle.
struct VcardTyped {
  std::string value;
  // Lower case, no duplicates: TYPE values ("work", "cell"), then labels from
  // X-ABLABEL in the same group ("mobile" from Apple's "_$!<Mobile>!$_",
  // "mum's"). "pref" is not a type; it sets `preferred`. For handles the first
  // type is usually the service ("twitter", "skype").
  std::vector<std::string> types;
  bool preferred = false;  // TYPE=pref, or any PREF parameter (4.0)
  friend bool operator==(const VcardTyped&, const VcardTyped&) = default;
};

struct Vcard {
  int line = 0;                // where BEGIN:VCARD was
  std::string version;         // "2.1", "3.0", "4.0" as written, or empty
  std::string formatted_name;  // FN; if absent or empty, built from N
  VcardName name;
  std::string org;  // ORG parts joined with ", "
  std::string title, note, uid;
  std::vector<VcardTyped> emails, phones, urls;
  std::vector<VcardTyped> addresses;  // ADR parts joined with ", "
  // IMPP, X-SOCIALPROFILE and X-TWITTER, X-SKYPE, X-JABBER and friends.
  std::vector<VcardTyped> handles;
  // BDAY as 1990-04-12, 19900412, --0412, --04-12 or with a time after 'T';
  // Apple's X-APPLE-OMIT-YEAR year becomes 0. Other forms are kept in `extra`.
  std::optional<Date> birthday;
  std::optional<Date> anniversary;  // ANNIVERSARY, X-ANNIVERSARY, ...
  std::vector<std::string> categories;
  // Everything else, in order, except PRODID and the binaries below.
  std::vector<VcardProperty> extra;
  // Octets of inline PHOTO, LOGO, SOUND and KEY values (base64 or data: URIs),
  // which are skipped. Photo URLs are kept in `extra`.
  size_t skipped_binary_bytes = 0;
};

// Calls `on_card` for each card in `text` as soon as it has been read, and
// stops at the first error, either the parser's or the one `on_card` returns.
// Parser errors are Invalid and name the place: "<source>:<line>: <what>".
//
// Tolerates CRLF or LF, a BOM, blank lines, lines folded with a space or tab,
// 2.1 quoted-printable soft line breaks, unindented 2.1 base64 lines, lower-case
// names, bare 2.1 parameters (TEL;CELL;PREF) and CHARSET=UTF-8, ISO-8859-1 or
// WINDOWS-1252 (ISO-8859-1 is read as its superset Windows-1252, as browsers
// do). A 2.1 value without CHARSET whose bytes are not UTF-8 is read as
// Windows-1252.
//
// Errors: text outside a card, BEGIN:VCARD without END:VCARD (or nested), END
// without BEGIN, a line without ':', a name that is not letters, digits, '-'
// or '_', an unterminated quote or quoted-printable value, another charset,
// invalid UTF-8 in a 3.0/4.0 or CHARSET=UTF-8 value, a card over 10 MB.
Status ParseVcards(std::string_view text, std::string_view source,
                   const std::function<Status(Vcard&&)>& on_card);

// One card as vCard 3.0 or 4.0 (`version` 3 or 4; anything else means 4):
// CRLF line ends, lines folded at 75 octets between UTF-8 characters, text
// escaped (\\ \, \; \n). Types that vCard has no name for are written as
// Apple-style itemN.X-ABLABEL labels, so ParseVcards reads back the same
// names, emails, phones, URLs, addresses, handles, dates and categories.
// Never fails.
std::string WriteVcard(const Vcard& card, int version);

}  // namespace kith::formats
