// The demo generator, part two: each person's profile — name, work, contact
// points, facts, needs, offers, notes and tags.
#include <fmt/format.h>

#include <cmath>

#include "app/demo_generator.h"
#include "core/contact.h"
#include "util/text.h"

namespace kith::app::detail {

// ------------------------------------------------------------------ people

struct Generator::Profile {
  std::string name;
  std::string email_local;  // "zoe.brandt"
  const Company* company = nullptr;
  const Title* title = nullptr;
  std::string_view location;
  std::string_view met_where;
  std::string_view met_how;
  std::optional<int64_t> met_on;
  std::optional<int64_t> met_through;
  int64_t created_at = 0;
  std::span<const char* const> given;  // names of the person's culture
};

Generator::Profile Generator::DrawProfile(int32_t i, Rng& rng) {
  const Persona& p = personas_[i];
  const Culture& culture = kCultures[p.culture];
  const Community& community = communities_[p.community];
  Profile out;
  const std::string_view given = rng.Pick(culture.given);
  const std::string_view family = rng.Pick(culture.family);
  out.name = culture.family_first
                 ? fmt::format("{}{}{}", Native(family), culture.joiner, Native(given))
                 : fmt::format("{} {}", Native(given), Native(family));
  out.email_local = Latin(given) + "." + Latin(family);
  out.given = culture.given;
  if (community.kind == CommunityKind::kCompany && rng.Chance(0.9)) {
    out.company = &kCompanies[community.item];
  } else if (rng.Chance(0.75)) {
    out.company = &rng.Pick(kCompanies);
  }
  out.title = &rng.Pick(kTitles);
  if (!community.city.empty() && rng.Chance(0.7)) {
    out.location = community.city;
  } else {
    out.location =
        out.company != nullptr && rng.Chance(0.8) ? out.company->city : rng.Pick(kCities);
  }
  out.created_at = p.start - rng.Between(0, 60) * kDay;
  if (rng.Chance(0.6)) {
    out.met_where = rng.Chance(0.7) ? std::string_view(community.label) : rng.Pick(kMetPlaces);
    out.met_on = out.created_at;
  }
  if (rng.Chance(0.3)) out.met_how = rng.Pick(kMetHow);
  const auto& members = community.members;
  const auto earlier = std::lower_bound(members.begin(), members.end(), i) - members.begin();
  if (earlier > 0 && rng.Chance(0.15)) {
    out.met_through = ids_[members[rng.Below(static_cast<uint64_t>(earlier))]];
  }
  return out;
}

Status Generator::WritePeople() {
  Rng rng(options_.seed, kProfile);
  ids_.reserve(n_);
  for (int32_t i = 0; i < n_; ++i) {
    // The window of contact is part of the person: when we met.
    Persona& p = personas_[i];
    p.start = Start() + static_cast<int64_t>(kLayers[p.layer].latest_start * rng.Real() *
                                             static_cast<double>(kSpan));
    p.end = options_.now;
    const Profile profile = DrawProfile(i, rng);
    // Details first: the search index then takes the person in one go.
    ids_.push_back(writer_.ReservePersonId());
    KITH_RETURN_IF_ERROR(WriteContacts(i, profile, rng));
    KITH_RETURN_IF_ERROR(WriteFacts(i, profile, rng));
    KITH_RETURN_IF_ERROR(WriteAsksAndNotes(i, profile, rng));
    store::PersonRow row;
    row.id = ids_[i];
    row.name = profile.name;
    row.company = profile.company != nullptr ? profile.company->name : "";
    row.title = profile.title->title;
    row.location = profile.location;
    row.met_where = profile.met_where;
    row.met_how = profile.met_how;
    row.met_on = profile.met_on;
    row.met_through = profile.met_through;
    row.circle = p.layer != kRare && rng.Chance(0.5) ? kLayers[p.layer].circle : "";
    row.created_at = profile.created_at;
    auto added = writer_.AddPerson(row);
    if (!added) return added.status();
    progress_.Advance(20);
  }
  report_.people = n_;
  return Status::Ok();
}

Status Generator::WriteContacts(int32_t i, const Profile& profile, Rng& rng) {
  auto add_email = [&](std::string_view domain, std::string_view label) -> Status {
    for (int suffix = 1;; ++suffix) {
      std::string address = profile.email_local;
      if (suffix > 1) address += std::to_string(suffix);
      address += '@';
      address += domain;
      auto normalized = core::NormalizeEmail(address);
      if (!normalized) return normalized.status().Prefixed("demo email " + address);
      if (!emails_.insert(*normalized).second) continue;
      return writer_.AddContact(ids_[i], core::ContactKind::kEmail, address, *normalized, label,
                                profile.created_at);
    }
  };
  if (profile.company != nullptr) KITH_RETURN_IF_ERROR(add_email(profile.company->domain, "work"));
  if (profile.company == nullptr || rng.Chance(0.2)) {
    KITH_RETURN_IF_ERROR(add_email(rng.Pick(kPersonalDomains), "personal"));
  }
  if (!rng.Chance(0.45)) return Status::Ok();
  // Distinct per person: i * 7919 is a bijection modulo any power of ten.
  const Culture& culture = kCultures[personas_[i].culture];
  uint64_t modulus = 1;
  for (int d = 0; d < culture.phone_digits; ++d) modulus *= 10;
  const uint64_t digits = (static_cast<uint64_t>(i) * 7919 + options_.seed) % modulus;
  const std::string phone =
      fmt::format("{}{:0{}}", culture.phone_prefix, digits, culture.phone_digits);
  return writer_.AddContact(ids_[i], core::ContactKind::kPhone, phone, phone, "mobile",
                            profile.created_at);
}

Status Generator::Tag(int64_t id, std::string_view tag, std::vector<std::string_view>& seen) {
  if (tag.empty() || std::find(seen.begin(), seen.end(), tag) != seen.end()) return Status::Ok();
  seen.push_back(tag);
  auto found = tag_ids_.find(tag);
  if (found == tag_ids_.end()) {
    auto made = writer_.AddTag(tag);
    if (!made) return made.status();
    found = tag_ids_.emplace(tag, *made).first;
  }
  return writer_.TagPerson(id, found->second);
}

Status Generator::WriteFacts(int32_t i, const Profile& profile, Rng& rng) {
  const LayerSpec& layer = kLayers[personas_[i].layer];
  const Community& community = communities_[personas_[i].community];
  std::vector<std::string_view> tags;
  KITH_RETURN_IF_ERROR(Tag(ids_[i], profile.title->tag, tags));
  if (community.kind == CommunityKind::kClub && rng.Chance(0.7)) {
    KITH_RETURN_IF_ERROR(Tag(ids_[i], kClubs[community.item].tag, tags));
  }
  static constexpr int kKindWeights[] = {2, 2, 3, 2, 2, 2};  // pet .. like
  const int64_t facts = rng.Between(layer.min_facts, layer.max_facts);
  std::vector<std::string> written;  // a person's facts are distinct
  for (int64_t f = 0; f < facts; ++f) {
    const auto kind = static_cast<FactKind>(rng.Weighted(kKindWeights));
    std::string text;
    if (kind == FactKind::kPet) {
      text = std::string(rng.Pick(kPetIntros)) + rng.Pick(kPetNames);
    } else if (kind == FactKind::kFamily) {
      const Around& around = rng.Pick(kFamily);
      text = fmt::format("{}{}{}", around.before, Native(rng.Pick(profile.given)), around.after);
    } else if (kind == FactKind::kHobby) {
      const Hobby& hobby = rng.Pick(kHobbies);
      text = hobby.text;
      KITH_RETURN_IF_ERROR(Tag(ids_[i], hobby.tag, tags));
    } else {
      text = kind == FactKind::kWork   ? rng.Pick(kWork)
             : kind == FactKind::kGoal ? rng.Pick(kGoals)
                                       : rng.Pick(kLikes);
    }
    if (std::find(written.begin(), written.end(), text) != written.end()) continue;
    KITH_RETURN_IF_ERROR(
        writer_.AddFact(ids_[i], kind, text, rng.Between(profile.created_at, options_.now)));
    written.push_back(text);
    ++report_.facts;
  }
  return Status::Ok();
}

Status Generator::WriteAsksAndNotes(int32_t i, const Profile& profile, Rng& rng) {
  const int64_t id = ids_[i];
  for (const core::Side side : {core::Side::kNeed, core::Side::kOffer}) {
    if (!rng.Chance(0.3)) continue;
    store::NeedOfferRow row;
    row.person_id = id;
    row.side = side;
    row.text = side == core::Side::kNeed ? rng.Pick(kNeeds) : rng.Pick(kOffers);
    row.created_at = rng.Between(profile.created_at, options_.now);
    if (rng.Chance(0.2)) row.closed_at = rng.Between(row.created_at, options_.now);
    KITH_RETURN_IF_ERROR(writer_.AddNeedOffer(row));
    ++(side == core::Side::kNeed ? report_.needs : report_.offers);
  }
  if (rng.Chance(0.15)) {
    KITH_RETURN_IF_ERROR(
        writer_.AddNote(id, rng.Pick(kNotes), rng.Between(profile.created_at, options_.now)));
  }
  const double birthday_chance = personas_[i].layer <= kClose ? 0.9 : 0.35;
  if (!rng.Chance(birthday_chance)) return Status::Ok();
  static constexpr int kMonthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  Date birthday;
  birthday.month = static_cast<int>(rng.Between(1, 12));
  birthday.day = static_cast<int>(rng.Between(1, kMonthDays[birthday.month - 1]));
  birthday.year = rng.Chance(0.7) ? static_cast<int>(rng.Between(1958, 2003)) : 0;
  return writer_.AddDate(id, "birthday", birthday);
}

}  // namespace kith::app::detail
