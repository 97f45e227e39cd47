// What the reconnect queue reads and the keep-in-touch settings it writes:
// every active person with their aggregates and important dates in two
// queries (no per-person loops), and a person's circle, cadence and snooze.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/reconnect_queue.h"
#include "store/db.h"

namespace kith::store {

// Everyone not archived (and not you), with person_stats and dates.
Result<std::vector<core::QueueCandidate>> LoadQueueCandidates(Db& db);

Status SetCircle(Db& db, int64_t person_id, std::optional<core::Circle> circle, int64_t now);
Status SetCadence(Db& db, int64_t person_id, std::optional<int> days, int64_t now);
Status SetSnooze(Db& db, int64_t person_id, std::optional<int64_t> until, int64_t now);

}  // namespace kith::store
