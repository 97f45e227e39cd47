// Everyone's tie at one moment: the queue candidates (person_stats, dates,
// circles) and each one's assessment. Circles are inferred from the rank of
// tie strength among everyone, so even one person's tie needs them all; a
// long-lived face (the server) keeps a snapshot in Context::ties and drops it
// when the data or the minute changes, while the CLI loads one per command.
//
//   auto ties = LoadTies(ctx);
//   if (const auto* a = (*ties)->Find(id)) Print(a->strength);
#pragma once

#include <cstdint>
#include <memory>
#include <unordered_map>
#include <vector>

#include "app/context.h"
#include "core/reconnect_queue.h"

namespace kith::app {

struct TieSnapshot {
  std::vector<core::QueueCandidate> candidates;  // everyone not archived (and not you)
  std::vector<core::Assessment> assessments;     // in the same order
  std::unordered_map<int64_t, size_t> index;     // person id → position
  int64_t now = 0;

  const core::Assessment* Find(int64_t id) const {
    auto it = index.find(id);
    return it == index.end() ? nullptr : &assessments[it->second];
  }
  const core::QueueCandidate* Candidate(int64_t id) const {
    auto it = index.find(id);
    return it == index.end() ? nullptr : &candidates[it->second];
  }
};

// Where a face keeps a snapshot between calls; empty until first needed.
struct TieCache {
  std::shared_ptr<const TieSnapshot> snapshot;
};

// The snapshot in ctx.ties when there is one, else a fresh one (kept there
// when ctx.ties is set). Recomputes stale person_stats first (EnsureStats).
Result<std::shared_ptr<const TieSnapshot>> LoadTies(Context& ctx);

}  // namespace kith::app
