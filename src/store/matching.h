// What matching people to each other reads, each in one scan: the open needs
// and offers of everyone (you included), everyone's interests (facts and
// tags), and the pairs kith has already tried to introduce.
//
//   auto asks = store::OpenAsks(db);      // for `kith help-out` and `kith intros`
//   auto likes = store::Interests(db);
//
// Archived people are left out everywhere.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/kinds.h"
#include "store/db.h"

namespace kith::store {

struct OpenAsk {
  int64_t id = 0;  // need_offer row
  int64_t person_id = 0;
  std::string person;  // name
  core::Side side = core::Side::kNeed;
  std::string text;
  bool mine = false;  // on your own profile (is_me)
};

// Open needs and offers of everyone not archived, by person then id.
Result<std::vector<OpenAsk>> OpenAsks(Db& db);

struct Interest {
  int64_t person_id = 0;
  std::string text;  // a fact's text or a tag's name
};

// Facts and tags of everyone not archived but you, by person.
Result<std::vector<Interest>> Interests(Db& db);

// Every pair in the intro table (any state), smaller id first.
Result<std::vector<std::pair<int64_t, int64_t>>> IntroPairs(Db& db);

}  // namespace kith::store
