// Per-person interaction aggregates (person_stats) and kith's own state
// (kith_state). The app computes TieStats (core/tie_strength.h) from the
// touches streamed here and writes them back, on every write that changes a
// person's interactions and in one pass when the model weights change.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/tie_strength.h"
#include "store/db.h"

namespace kith::store {

using TouchVisitor = std::function<Status(int64_t person_id, std::span<const core::Touch>)>;

// Calls `visit` once per person with interactions, in person id order, with
// their touches in time order: one ordered scan of interaction_participant.
Status ForEachPersonTouches(Db& db, const TouchVisitor& visit);

// The touches of one person, in time order.
Result<std::vector<core::Touch>> TouchesOf(Db& db, int64_t person_id);

// Writes person_stats rows with one prepared statement.
class StatsWriter {
 public:
  static Result<std::unique_ptr<StatsWriter>> Prepare(Db& db);
  ~StatsWriter();
  // Replaces the row of `person_id`; a person without touches gets no row.
  Status Put(int64_t person_id, const core::TieStats& stats);

 private:
  struct Impl;
  explicit StatsWriter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

Status DeleteAllStats(Db& db);
Status DeleteStats(Db& db, int64_t person_id);

Result<std::optional<std::string>> GetState(Db& db, const std::string& key);
Status PutState(Db& db, const std::string& key, const std::string& value);

}  // namespace kith::store
