// Keeping in touch: the daily reconnect queue and what feeds it.
//
// Tie strength, last contact and rhythm come from per-person aggregates that
// every write of an interaction refreshes (RefreshStats) in its own
// transaction; when the model weights change, the next read recomputes all of
// them in one pass (EnsureStats). The queue itself is core/reconnect_queue.h;
// here it gets its inputs from the store and its words from core/opener.h and
// core/reason.h.
//
//   auto entries = Today(ctx, 4);
//   for (const auto& e : *entries) Print(e.person.name, e.reason, e.opener);
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "app/context.h"
#include "core/reconnect_queue.h"
#include "core/tie_strength.h"

namespace kith::app {

// Recomputes every person's aggregates with `config` and records the weights
// used. One ordered scan of all interactions; call inside a transaction.
Status RecomputeAllStats(store::Db& db, const core::ModelConfig& config);

// Recomputes all aggregates if they were made with other weights.
Status EnsureStats(Context& ctx);

// Refreshes the aggregates of `person_ids` (inside the caller's transaction).
Status RefreshStats(Context& ctx, const std::vector<int64_t>& person_ids);

struct TodayEntry {
  core::PersonRef person;
  core::Assessment assessment;
  std::string reason;
  std::string opener;
};

// The `n` people most worth a message today.
Result<std::vector<TodayEntry>> Today(Context& ctx, size_t n);

// Logs that you reached out to `who` (a message, now) and lifts any snooze.
Result<core::PersonRef> Done(Context& ctx, std::string_view who, std::string_view note);

// Keeps `who` out of the queue for `days` (0 lifts the snooze).
Result<core::PersonRef> Snooze(Context& ctx, std::string_view who, int days);

// Sets `who`'s circle by name, or "auto" to infer it from tie strength.
Result<core::PersonRef> SetCircle(Context& ctx, std::string_view who, std::string_view circle);

// Sets `who`'s cadence ("21d", "3w", "2m"), or "auto" for their circle's.
Result<core::PersonRef> SetCadence(Context& ctx, std::string_view who, std::string_view cadence);

struct TieReport {
  core::PersonRef person;
  core::Assessment assessment;
  core::StrengthExplanation strength;
  core::TieStats stats;
};

// `kith why`: the tie's strength and state, and what made them.
Result<TieReport> ExplainTie(Context& ctx, std::string_view who);
// The same for a resolved person whose touches (store::TouchesOf) are at hand.
Result<TieReport> ExplainTie(Context& ctx, const core::PersonRef& who,
                             std::span<const core::Touch> touches);

struct StrengthPoint {
  int64_t at = 0;
  double strength = 0;  // 0..100, as it stood at `at`
};

// Tie strength with `person_id` at `points` moments, `step_days` apart,
// ending now (oldest first): the person page's small chart.
Result<std::vector<StrengthPoint>> StrengthHistory(Context& ctx, int64_t person_id, int points,
                                                   int step_days);
// The same from touches at hand, oldest first.
std::vector<StrengthPoint> StrengthHistory(const Context& ctx, std::span<const core::Touch> touches,
                                           int points, int step_days);

struct UpcomingDate {
  core::PersonRef person;
  core::ImportantDate date;
  Date next;     // the next occurrence
  int days = 0;  // from today
};
struct DueTie {
  core::PersonRef person;
  core::Assessment assessment;
  int days = 0;  // until due (0: today or overdue today)
};
struct Upcoming {
  std::vector<UpcomingDate> dates;  // soonest first
  std::vector<DueTie> due;          // soonest first; not yet overdue
};

// Dates in the next `days` days and the people falling due in them.
Result<Upcoming> ListUpcoming(Context& ctx, int days);

}  // namespace kith::app
