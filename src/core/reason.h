// The one-line reason beside each person in the daily reconnect queue: why
// they are worth a message today, from what the queue model worked out.
//
//   ReasonInput in{.overdue_ratio = 2.34, .last_at = t, .last_kind = InteractionKind::kCoffee,
//                  .last_direction = Direction::kIn, .now = now};
//   ReasonLine(in);  // "2.3x overdue · last: coffee 94 days ago · they reached out last"
//
// The line says only what the input holds, in a fixed order joined by " · ":
// an important date within the next days, "never in touch", how overdue (or,
// without a cadence, how far past their usual rhythm), the last interaction
// and who reached out last. Day counts are whole local calendar days
// (util/date.h), so 23:30 yesterday is "yesterday" at 00:10 today. Pure
// function apart from the local time zone; thread-safe. docs/models.md.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/kinds.h"
#include "core/person.h"

namespace kith::core {

struct ReasonInput {
  double overdue_ratio = 0;        // silence / cadence; 0 when no cadence
  std::optional<int64_t> last_at;  // last interaction time (Unix seconds)
  std::optional<InteractionKind> last_kind;
  std::optional<Direction> last_direction;
  int64_t now = 0;
  std::optional<ImportantDate> upcoming;  // a date within the next days
  int days_to_upcoming = -1;              // 0 = today; negative: none
  bool drifting_by_rhythm = false;        // silence > k x usual gap
  double usual_gap_days = 0;              // median gap, 0 if unknown
  bool never = false;                     // no interaction ever
};

// Parts, each only when the input has it:
//   "birthday in 3 days" / "birthday tomorrow" / "anniversary today"
//   "never in touch"
//   "2.3x overdue"                         when overdue_ratio >= 1
//   "quiet for 5.1x their usual 12 days"   when drifting and not overdue
//   "last: coffee 94 days ago" / "last: call yesterday" / "last: over a year ago"
//   "they reached out last" / "you reached out last"  (nothing when mutual)
// Ratios have one decimal. Returns "" when nothing applies.
std::string ReasonLine(const ReasonInput& input);

}  // namespace kith::core
