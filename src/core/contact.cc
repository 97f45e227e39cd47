#include "core/contact.h"

#include <fmt/format.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <optional>
#include <span>
#include <vector>

#include "util/text.h"

namespace kith::core {
namespace {

constexpr std::string_view kFreeMail[] = {
    "163.com",        "aol.com", "fastmail.com", "gmail.com",  "gmx.de",    "gmx.net",
    "googlemail.com", "hey.com", "hotmail.com",  "icloud.com", "live.com",  "mac.com",
    "mail.ru",        "me.com",  "outlook.com",  "posteo.de",  "proton.me", "protonmail.com",
    "qq.com",         "web.de",  "yahoo.com",    "yandex.ru",
};

// Sorted, for binary search.
constexpr std::string_view kRoles[] = {
    "accounts", "admin", "billing",   "careers",   "contact", "enquiries", "hello",
    "help",     "hr",    "info",      "inquiries", "jobs",    "marketing", "office",
    "orders",   "press", "reception", "sales",     "service", "support",   "team",
};

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

constexpr size_t kMaxEmail = 254;
constexpr size_t kMaxContactValue = 2000;

bool HasSpace(std::string_view s) { return s.find_first_of(" \t\r\n") != std::string_view::npos; }

Status BadEmail(std::string_view email, std::string_view why) {
  return Status::Invalid(fmt::format("invalid email '{}': {}", email, why));
}

std::string GmailLocal(std::string_view local) {
  std::string out;
  for (char c : local) {
    if (c == '+') break;
    if (c != '.') out.push_back(c);
  }
  return out;
}

// Country codes whose only national prefix is a leading 0 (1: NANP, whose
// national prefix is 1 and whose area codes never start with 0 or 1). After
// "+CC", a national number that starts with neither is already in E.164
// form once the separators are gone; elsewhere libphonenumber strips carrier
// codes and trunk digits (+52 1, +54 9, +86 179xx, +61 1831) that only its
// parser knows. Checked against the full parse in contact_test.cc.
constexpr int kPlainCountryCodes[] = {1,  31, 32, 33, 34, 41, 43, 44,  45,  46,
                                      47, 48, 49, 64, 81, 82, 91, 351, 353, 358};

bool IsPlainCountryCode(int cc) {
  return std::find(std::begin(kPlainCountryCodes), std::end(kPlainCountryCodes), cc) !=
         std::end(kPlainCountryCodes);
}

// "(415) 867-0000" -> "4158670000": digits and the separators people
// type; nothing when anything else is there.
std::optional<std::string> SeparatedDigits(std::string_view phone) {
  std::string digits;
  for (char c : phone) {
    if (c >= '0' && c <= '9') {
      digits += c;
    } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
      return std::nullopt;
    }
  }
  return digits;
}

// "+1 (415) 867-0000" -> "14158670000".
std::optional<std::string> PlainInternationalDigits(std::string_view phone) {
  if (phone.size() < 2 || phone[0] != '+') return std::nullopt;
  return SeparatedDigits(phone.substr(1));
}

// "+" cc nsn when libphonenumber takes it as a possible number; with
// `whole`, only a possible whole number, not one possible only locally or
// for some other type of line (the parser keeps a trunk 0 before those).
std::optional<std::string> PossibleE164(int cc, std::string_view nsn, bool whole = false) {
  PhoneNumber number;
  number.set_country_code(cc);
  number.set_national_number(std::stoull(std::string(nsn)));
  const auto& util = *PhoneNumberUtil::GetInstance();
  bool possible = whole ? util.IsPossibleNumberWithReason(number) == PhoneNumberUtil::IS_POSSIBLE
                        : util.IsPossibleNumber(number);
  if (!possible) return std::nullopt;
  return fmt::format("+{}{}", cc, nsn);
}

// Regions whose national numbers are a trunk 0 and then the national
// significant number: no leading zero kept (as Italy keeps one), no carrier
// codes for the parser to strip (as Korea has), and no international prefix
// but ones starting "00" (Japan's is 010, New Zealand's also 0161). Checked
// against the full parse in contact_test.cc and fuzz/phone_fuzz.cc.
constexpr std::string_view kTrunkZeroRegions[] = {"AT", "AU", "BE", "CH", "DE", "FI", "FR",
                                                  "GB", "IE", "IN", "NL", "SE", "ZA"};
// North American numbering: ten digits, the first 2-9, are the number after +1.
constexpr std::string_view kNanpRegions[] = {"CA", "US"};

bool Contains(std::span<const std::string_view> list, std::string_view item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

}  // namespace

std::optional<std::string> QuickE164(std::string_view phone) {
  auto digits = PlainInternationalDigits(Trim(phone));
  if (!digits || digits->size() < 5 || digits->size() > 15) return std::nullopt;
  if ((*digits)[0] == '0') return std::nullopt;  // no country code starts with 0
  for (size_t len = 1; len <= 3; ++len) {
    int cc = std::stoi(digits->substr(0, len));
    if (!IsPlainCountryCode(cc)) continue;
    char first = (*digits)[len];
    if (first == '0' || (cc == 1 && first == '1')) return std::nullopt;
    return PossibleE164(cc, std::string_view(*digits).substr(len));
  }
  return std::nullopt;
}

std::optional<std::string> QuickNationalE164(std::string_view phone, std::string_view region) {
  if (region.empty()) region = kDefaultRegion;
  auto digits = SeparatedDigits(Trim(phone));
  if (!digits || digits->size() < 5 || digits->size() > 15) return std::nullopt;
  std::string_view d = *digits;
  if (Contains(kNanpRegions, region)) {
    if (d.size() != 10 || d[0] < '2') return std::nullopt;
    return PossibleE164(1, d);
  }
  // "00" starts a number abroad (the international prefix) in these regions.
  if (!Contains(kTrunkZeroRegions, region) || d[0] != '0' || d[1] == '0') return std::nullopt;
  int cc = PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(std::string(region));
  if (cc == 0) return std::nullopt;
  return PossibleE164(cc, d.substr(1), /*whole=*/true);
}

std::span<const std::string_view> QuickNationalRegions() {
  static const std::vector<std::string_view> regions = [] {
    std::vector<std::string_view> all(std::begin(kTrunkZeroRegions), std::end(kTrunkZeroRegions));
    all.insert(all.end(), std::begin(kNanpRegions), std::end(kNanpRegions));
    return all;
  }();
  return regions;
}

Result<std::string> NormalizeEmail(std::string_view email) {
  email = Trim(email);
  if (email.size() > kMaxEmail) return BadEmail(email.substr(0, 40), "longer than 254 bytes");
  auto at = email.rfind('@');
  if (at == std::string_view::npos) return BadEmail(email, "no '@'");
  if (at == 0) return BadEmail(email, "nothing before '@'");
  if (HasSpace(email)) return BadEmail(email, "contains a space");
  std::string local = AsciiLower(email.substr(0, at));
  std::string domain = AsciiLower(email.substr(at + 1));
  auto dot = domain.find('.');
  if (domain.empty() || dot == std::string::npos || dot == 0 || domain.back() == '.' ||
      domain.find('@') != std::string::npos || domain.find("..") != std::string::npos) {
    return BadEmail(email, "the domain after '@' needs a dot, like example.com");
  }
  if (domain == "googlemail.com") domain = "gmail.com";
  if (domain == "gmail.com") local = GmailLocal(local);
  if (local.empty()) return BadEmail(email, "nothing before '@'");
  return local + "@" + domain;
}

bool IsFreeMailDomain(std::string_view domain) {
  return std::find(std::begin(kFreeMail), std::end(kFreeMail), domain) != std::end(kFreeMail);
}

bool IsRoleAddress(std::string_view normalized_email) {
  std::string_view local = normalized_email.substr(0, normalized_email.rfind('@'));
  return std::binary_search(std::begin(kRoles), std::end(kRoles), local);
}

bool MayBeShared(ContactKind kind, std::string_view normalized) {
  return kind == ContactKind::kPhone || (kind == ContactKind::kEmail && IsRoleAddress(normalized));
}

Result<std::string> NormalizePhone(std::string_view phone, std::string_view region) {
  if (auto quick = QuickE164(phone)) return *std::move(quick);
  if (auto quick = QuickNationalE164(phone, region)) return *std::move(quick);
  return ParsePhone(phone, region);
}

Result<std::string> ParsePhone(std::string_view phone, std::string_view region) {
  phone = Trim(phone);
  auto* util = PhoneNumberUtil::GetInstance();
  PhoneNumber number;
  std::string reg = region.empty() ? std::string(kDefaultRegion) : std::string(region);
  if (phone.size() > 64 ||
      util->Parse(std::string(phone), reg, &number) != PhoneNumberUtil::NO_PARSING_ERROR) {
    return Status::Invalid(fmt::format("invalid phone number '{}'", phone));
  }
  if (!util->IsPossibleNumber(number)) {
    return Status::Invalid(fmt::format(
        "invalid phone number '{}': not a possible number (region {}; write +country code "
        "for numbers abroad)",
        phone, reg));
  }
  std::string e164;
  util->Format(number, PhoneNumberUtil::E164, &e164);
  return e164;
}

std::string NormalizeUrl(std::string_view url) {
  std::string s = AsciiLower(Trim(url));
  for (std::string_view prefix : {"https://", "http://"}) {
    if (s.starts_with(prefix)) s.erase(0, prefix.size());
  }
  if (s.starts_with("www.")) s.erase(0, 4);
  while (!s.empty() && s.back() == '/') s.pop_back();
  return s;
}

Result<ContactValue> MakeContactValue(ContactKind kind, std::string_view value,
                                      std::string_view region) {
  value = Trim(value);
  if (value.empty()) return Status::Invalid(fmt::format("empty {}", Name(kind)));
  if (value.size() > kMaxContactValue) {
    return Status::Invalid(fmt::format("{} longer than {} bytes", Name(kind), kMaxContactValue));
  }
  ContactValue out{kind, std::string(value), {}};
  switch (kind) {
    case ContactKind::kEmail: {
      auto n = NormalizeEmail(value);
      if (!n) return n.status();
      out.normalized = *n;
      break;
    }
    case ContactKind::kPhone: {
      auto n = NormalizePhone(value, region);
      if (!n) return n.status();
      out.normalized = *n;
      break;
    }
    case ContactKind::kUrl:
      out.normalized = NormalizeUrl(value);
      break;
    case ContactKind::kHandle:
    case ContactKind::kAddress:
      out.normalized = Fold(value);
      break;
  }
  return out;
}

}  // namespace kith::core
