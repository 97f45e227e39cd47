// The knows table: who knows whom among the people you know, read whole for
// warm paths and written one tie at a time by `kith knows`. Each pair is one
// row, smaller id first; callers pass the two people in either order.
//
//   KITH_RETURN_IF_ERROR(store::StateKnows(db, ana, ben, "co-founders", std::nullopt, now));
//   store::ForEachKnows(db, [&](const store::KnowsTie& t) { edges.push_back(...); });
//
// All functions run on the caller's connection and inside the caller's
// transaction, if any.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/db.h"

namespace kith::store {

struct KnowsTie {
  int64_t a = 0;  // a < b
  int64_t b = 0;
  std::string how;
  std::string source;  // stated, inferred or intro
  int64_t count = 1;
  std::optional<double> strength;  // in [0, 1]
};

// Calls `visit` for every tie between two people who are not archived, in
// key order: one scan of knows. `how` is left empty (it is for explaining a
// path, not for finding one; see GetKnows).
Status ForEachKnows(Db& db, const std::function<void(const KnowsTie&)>& visit);

// The tie between `x` and `y`, if any.
Result<std::optional<KnowsTie>> GetKnows(Db& db, int64_t x, int64_t y);

// Every tie of `x` to someone not archived (a or b is x), with `how`.
Result<std::vector<KnowsTie>> KnowsOf(Db& db, int64_t x);

// Records that you said `x` and `y` know each other: inserts a stated tie, or
// makes an existing one stated, replacing `how` and `strength` when given.
// Returns true when the tie is new.
Result<bool> StateKnows(Db& db, int64_t x, int64_t y, std::optional<std::string_view> how,
                        std::optional<double> strength, int64_t now);

// Records that you introduced `x` and `y`: inserts a tie with source intro,
// or upgrades an inferred one to intro; a stated tie stays stated (you said
// so, which is stronger). Returns true when the tie is new.
Result<bool> IntroKnows(Db& db, int64_t x, int64_t y, int64_t now);

// Your own person row (is_me = 1), if there is one.
Result<std::optional<int64_t>> MyPersonId(Db& db);

// Everyone not archived whose company, folded, is `folded_company`.
Result<std::vector<int64_t>> PeopleAtCompany(Db& db, std::string_view folded_company);

}  // namespace kith::store
