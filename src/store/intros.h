// The intro table: introductions you are making between two people, one row
// each, and where each stands in the double opt-in (core/intro_state.h).
// `a` is the person asked first. The state machine itself lives in core; this
// file only reads and writes rows, and trusts the state it is given.
//
//   auto id = store::InsertIntro(db, ana, ben, "both build sensors", IntroState::kAskedFirst, now);
//   auto open = store::ListIntros(db, {.open_only = true});
//   KITH_RETURN_IF_ERROR(store::UpdateIntro(db, *id, IntroState::kClosed, "they hired her", now));
//
// All functions run on the caller's connection and inside the caller's
// transaction, if any.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/intro_state.h"
#include "core/person.h"
#include "store/db.h"

namespace kith::store {

struct Intro {
  int64_t id = 0;
  core::PersonRef a;  // asked first
  core::PersonRef b;
  std::string reason;
  core::IntroState state = core::IntroState::kSuggested;
  std::string outcome;
  int64_t created_at = 0;
  int64_t updated_at = 0;
};

struct IntroFilter {
  bool open_only = false;  // neither declined nor closed
  int64_t person_id = 0;   // 0: everyone's; else intros with this person on either side
};

Result<int64_t> InsertIntro(Db& db, int64_t a, int64_t b, std::string_view reason,
                            core::IntroState state, int64_t now);

Result<std::optional<Intro>> GetIntro(Db& db, int64_t id);

// Intros matching `filter`, most recently changed first.
Result<std::vector<Intro>> ListIntros(Db& db, const IntroFilter& filter);

// Sets the state and outcome; false when there is no such intro.
Result<bool> UpdateIntro(Db& db, int64_t id, core::IntroState state, std::string_view outcome,
                         int64_t now);

// True when any intro, in any state, pairs `x` and `y` in either order.
Result<bool> IntroducedBefore(Db& db, int64_t x, int64_t y);

// The open intro pairing `x` and `y` in either order, if any.
Result<std::optional<int64_t>> OpenIntroBetween(Db& db, int64_t x, int64_t y);

}  // namespace kith::store
