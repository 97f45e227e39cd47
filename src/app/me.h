// Your own profile: `kith me`. You are a person row marked is_me, with a
// name, the offers you can give, the skills you have (work facts) and your
// own needs. `kith help-out` matches your offers and skills to your contacts'
// needs; warm paths start from you. The profile is created on first use,
// named "Me" until you give it your name.
//
//   app::SetMyName(ctx, "Ana Silva");
//   app::AddToProfile(ctx, app::ProfileItem::kOffer, "intros to seed investors");
//   auto me = app::LoadMe(ctx);   // NotFound before any of the above
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/context.h"
#include "core/person.h"

namespace kith::app {

enum class ProfileItem { kOffer, kNeed, kSkill };

inline constexpr char kDefaultMyName[] = "Me";

// Your profile's person, if you have one.
Result<std::optional<core::PersonRef>> FindMe(Context& ctx);

// Creates your profile, or renames it.
Result<core::PersonRef> SetMyName(Context& ctx, std::string_view name);

// Adds an offer, a need or a skill to your profile (creating it if needed).
Result<core::PersonRef> AddToProfile(Context& ctx, ProfileItem item, std::string_view text);

struct Profile {
  core::PersonRef person;
  std::vector<std::string> offers, needs, skills;  // open offers and needs; work facts
};

// Your profile; NotFound (saying how to make one) before you have one.
Result<Profile> LoadMe(Context& ctx);

}  // namespace kith::app
