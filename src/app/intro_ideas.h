// `kith intros`: who to introduce to whom, each with the reason. Reads the
// open needs and offers, facts and tags, who knows whom and past
// introductions once, and ranks pairs with core/intro_pairs.h: a need met by
// an offer or shared interests, both ties at least kVouch, never a pair who
// know each other or were introduced before, moderately connected pairs first.
//
//   auto ideas = app::SuggestIntros(ctx, 10);
//   // Ana Silva ↔ Ben Okafor: Ana needs "seed investors"; Ben offers "intros to seed investors"
#pragma once

#include <string>
#include <vector>

#include "app/context.h"
#include "core/person.h"

namespace kith::app {

// Your tie to both (core/path_strength.h scale, 0..1) must be at least this.
inline constexpr double kVouch = 0.2;

struct IntroIdea {
  core::PersonRef a, b;                // a has the need, when there is one
  std::string need, offer;             // a's need and b's offer, or empty
  std::string a_interest, b_interest;  // what they share, as stored, or empty
  int mutual = 0;                      // people both know
  double score = 0;
  std::string reason;  // one line, for people
};

Result<std::vector<IntroIdea>> SuggestIntros(Context& ctx, int limit);

}  // namespace kith::app
