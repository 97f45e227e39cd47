// `kith dupes`: people who are probably in kith twice, each pair with the
// evidence for it, strongest first.
//
// Evidence, and how much each counts (a pair's score is the sum):
//   same email                         100   "same email ana@acme.com"
//   same phone                          90   "same phone +442079460958"
//   same name, both at one company      80   "same name, both at Acme"
//   same name, same email domain        70   "same name, both with email at acme.com"
//   same name, a company at most on one 50   "same name"
//   similar names at one company        60   "similar names, both at Acme"
//   similar names, same email domain    50   "similar names, both with email at acme.com"
// Names are compared folded (util/text.h); "similar" means every word of one
// name is in the other ("Ana Lima" and "Ana Maria Lima"), with common
// nicknames read as the full name ("Bob" as "Robert"). Free mail domains
// (gmail.com, ...) are no evidence, nor is the same name at two different
// companies (namesakes, as import sees them), nor a value that more than a
// handful of people share (a team inbox, a switchboard, a common name with
// nothing else in common).
//
// Nothing compares all pairs: people are grouped by a key (a value, a folded
// name, a company or domain with a first or last name) and only people in one
// group are compared. Archived people are left out, and so are pairs that were
// merged and then unmerged (you said they are two people).
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "app/context.h"
#include "store/dupes.h"

namespace kith::app {

struct DupePair {
  store::DupePerson keep;   // the one to keep: your own profile, else the older record
  store::DupePerson other;  // the one to merge into it
  int score = 0;
  std::vector<std::string> reasons;  // strongest first
};

// Likely duplicate pairs, highest score first (then by ids); at most `limit`
// (0: all).
Result<std::vector<DupePair>> FindDuplicates(Context& ctx, size_t limit);

// {"keep": {"id", "name", "company"}, "other": {...}, "score", "reasons",
//  "command": "kith merge 1 2"}
nlohmann::json ToJson(const DupePair& pair);

// The scoring itself, on data already read; for tests. `not_dupes` holds
// (id, id) pairs to leave out, in either order.
std::vector<DupePair> ScoreDuplicates(const std::vector<store::DupePerson>& people,
                                      const std::vector<store::SharedContact>& shared,
                                      const std::vector<std::pair<int64_t, int64_t>>& not_dupes);

}  // namespace kith::app
