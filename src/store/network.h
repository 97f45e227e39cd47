// Whole-network figures: how many people, interactions and ties, the most
// common tags and companies, and who you have been most in touch with.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/person.h"
#include "store/db.h"

namespace kith::store {

struct NetworkSummary {
  int64_t people = 0;  // not archived
  int64_t archived = 0;
  int64_t interactions = 0;
  int64_t interactions_last_30_days = 0;
  int64_t knows_edges = 0;
  int64_t facts = 0;
  int64_t open_needs = 0;
  int64_t open_offers = 0;
  std::optional<int64_t> first_interaction_at;
  std::optional<int64_t> last_interaction_at;
  std::vector<std::pair<std::string, int64_t>> top_tags;       // most used first, at most 5
  std::vector<std::pair<std::string, int64_t>> top_companies;  // at most 5
  // Most interactions in the last 365 days (ties: lower id).
  std::optional<core::PersonRef> most_in_touch;
};

Result<NetworkSummary> SummarizeNetwork(Db& db, int64_t now);

}  // namespace kith::store
