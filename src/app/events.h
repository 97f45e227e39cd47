// The weekly networking event where friendships start: `kith event add`,
// `kith event met` (who you met there), `kith followups` (people met at
// recent events you have not written to since, with the 48-hour window), and
// `kith group` (people you share a club or team with).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "app/context.h"
#include "store/events.h"

namespace kith::app {

inline constexpr int kFollowUpHours = 48;

// `when` as ParseWhen reads it ("2026-11-26", "2026-11-26 18:30").
Result<store::Event> AddEvent(Context& ctx, std::string_view name, std::string_view when,
                              std::string_view place);

// "#12" or part of an event's name (the newest match wins only when it is
// the only one).
Result<store::Event> ResolveEvent(Context& ctx, std::string_view reference);

struct MetReport {
  store::Event event;
  std::vector<core::PersonRef> added;    // newly recorded
  std::vector<core::PersonRef> already;  // recorded before
};
// Records that you met `people` at the event, each with an interaction of
// kind "event" at its time (once per person and event). The event must
// have happened.
Result<MetReport> MetAt(Context& ctx, std::string_view event,
                        const std::vector<std::string>& people);

struct FollowUp {
  store::MetAtEvent met;
  int64_t due_at = 0;  // the event's start + kFollowUpHours
  bool overdue = false;
};
// People met at events in the last `days` days whom you have not been in
// touch with since, soonest due first.
Result<std::vector<FollowUp>> Followups(Context& ctx, int days);

struct Joined {
  std::string group;
  std::vector<core::PersonRef> added, already;
};
Result<Joined> JoinGroup(Context& ctx, std::string_view group,
                         const std::vector<std::string>& people);

}  // namespace kith::app
