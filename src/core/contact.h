// Contact points: checking what a user typed and deriving the normalized value
// kith matches on (docs/schema.md, contact_point.normalized).
//
//   NormalizeEmail("Ben.Okafor+work@GMail.com") -> "benokafor@gmail.com"
//   NormalizePhone("020 7946 0958", "GB")      -> "+442079460958"
//
// Pure functions; thread-safe (libphonenumber's singleton is thread-safe).
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/kinds.h"
#include "util/status.h"

namespace kith::core {

// The region assumed for phone numbers written without a country code when no
// region is configured (KITH_REGION or the config file).
inline constexpr std::string_view kDefaultRegion = "US";

struct ContactValue {
  ContactKind kind;
  std::string value;       // as the user wrote it, trimmed
  std::string normalized;  // the matching key
};

// Lower-cased address; for Gmail also without dots and +suffix in the local
// part (googlemail.com becomes gmail.com). Invalid: no '@', spaces, no dot in
// the domain, over 254 bytes.
Result<std::string> NormalizeEmail(std::string_view email);

// Whether a (lower-case) mail domain is a free mail provider's (gmail.com,
// outlook.com, ...): a domain that says nothing about where someone works,
// so identity resolution and `kith dupes` don't match people by it.
bool IsFreeMailDomain(std::string_view domain);

// Whether a normalized address is a role's, not a person's: its local part
// is info, sales, team, support, hello, office, ...
bool IsRoleAddress(std::string_view normalized_email);

// Whether people commonly share a contact point of this kind and value: a
// phone (a switchboard, a family's landline) or a role address. Identity
// resolution and `kith dupes` take one as the same person only under names
// that agree (core/names.h); any other email alone is enough.
bool MayBeShared(ContactKind kind, std::string_view normalized);

// More people than this holding one email, phone (or name, for `kith dupes`)
// is no evidence of who is who: a team inbox, a switchboard, a common name.
inline constexpr size_t kMaxKeyHolders = 5;

// E.164 ("+442079460958"). `region` is a two-letter ISO code used when the
// number has no leading '+'. Invalid when libphonenumber cannot parse it or it
// is not a possible number for its region.
// Takes QuickE164's or QuickNationalE164's answer when one has it, else
// ParsePhone's.
Result<std::string> NormalizePhone(std::string_view phone, std::string_view region);

// The whole of libphonenumber's parse (ICU regular expressions: ~20 us).
Result<std::string> ParsePhone(std::string_view phone, std::string_view region);

// The same E.164 answer as ParsePhone for the common "+44 20 7946 0958"
// shape, in a fraction of the time, or nothing when only the full parse can
// tell (no '+', letters, an extension, a trunk "0", a country whose numbers
// carry prefixes only the parser strips, not a possible number).
std::optional<std::string> QuickE164(std::string_view phone);

// The same for a national number written in `region` ("" is kDefaultRegion),
// for the regions QuickNationalRegions() lists: "020 7946 0958" in GB (a
// trunk 0, then the number E.164 writes after +44) or "(415) 867-0000" in
// US (ten digits, the first 2-9). Nothing for any other shape or region.
std::optional<std::string> QuickNationalE164(std::string_view phone, std::string_view region);
std::span<const std::string_view> QuickNationalRegions();

// Lower-case host, no scheme, no "www.", no trailing slash.
std::string NormalizeUrl(std::string_view url);

// Checks and normalizes a value of any kind. Handles and addresses are folded
// (case and accents) rather than validated.
Result<ContactValue> MakeContactValue(ContactKind kind, std::string_view value,
                                      std::string_view region);

}  // namespace kith::core
