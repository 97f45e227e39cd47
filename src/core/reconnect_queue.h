// The daily reconnect queue: who is most worth a message today, and why.
//
// For each person the model works out a circle (their own, or one inferred
// from tie-strength rank), a cadence (their own, or the circle's), how long
// the silence has been in whole local days, and whether the tie is drifting:
// silent beyond its cadence, or beyond drift_gap_multiple x its own usual
// gap. The queue puts important dates within date_window_days first (not
// for acquaintances: their dates are in `kith upcoming`), then
// ranks by overdue ratio x circle priority; snoozed people wait. Scores use
// whole days, and ties break by a hash of (person, day), so the order is
// stable within a day and moves on as you act.
//
//   auto entries = RankQueue(candidates, config, now, 4);
//
// Pure functions of the candidates, the config and "now"; docs/models.md.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/model_config.h"
#include "core/person.h"
#include "core/tie_strength.h"

namespace kith::core {

struct QueueCandidate {
  int64_t id = 0;
  std::string name;
  std::optional<Circle> circle;     // set by the user
  std::optional<int> cadence_days;  // set by the user
  std::optional<int64_t> snoozed_until;
  int64_t known_since = 0;  // when met, else when added
  TieStats stats;
  std::vector<ImportantDate> dates;
};

struct Assessment {
  Circle circle = Circle::kAcquaintance;
  bool circle_inferred = true;
  int cadence_days = 0;      // 0: none
  double strength = 0;       // 0..100
  int silence_days = 0;      // whole local days since last contact (or since known)
  double overdue_ratio = 0;  // silence / cadence; 0 without a cadence
  double rhythm_ratio = 0;   // silence / (k x usual gap); 0 without a rhythm
  bool drifting = false;     // overdue_ratio > 1 or rhythm_ratio > 1
  bool snoozed = false;
  std::optional<int64_t> due_at;           // last contact + cadence
  std::optional<ImportantDate> next_date;  // soonest date within the window
  int days_to_date = -1;
};

struct QueueEntry {
  int64_t id = 0;
  std::string name;
  Assessment assessment;
  double score = 0;
};

// Circles for everyone: the user's own where set; otherwise by rank of tie
// strength among those without one (inferred_layer_size).
std::vector<Circle> InferCircles(std::span<const QueueCandidate> candidates,
                                 const ModelConfig& config, int64_t now);

Assessment Assess(const QueueCandidate& candidate, Circle circle, bool inferred,
                  const ModelConfig& config, int64_t now);

// The `n` people most worth a message at `now`, best first.
std::vector<QueueEntry> RankQueue(std::span<const QueueCandidate> candidates,
                                  const ModelConfig& config, int64_t now, size_t n);

// Every candidate's assessment, in input order (for `upcoming`, lists, stats).
std::vector<Assessment> AssessAll(std::span<const QueueCandidate> candidates,
                                  const ModelConfig& config, int64_t now);

}  // namespace kith::core
