// JSON forms of events, follow-ups, groups, opportunities and merges, shared
// by the CLI's --json output and the server's API (docs/api.md).
//
//   fmt::print("{}\n", ToJson(event).dump());   // {"id": 3, "name": "Venture Cafe", ...}
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>

#include "app/events.h"
#include "store/events.h"
#include "store/merge.h"
#include "store/opportunities.h"

namespace kith::app {

nlohmann::json ToJson(const store::Event& event);
// `now` decides "hours_left" (negative once overdue).
nlohmann::json ToJson(const FollowUp& followup, int64_t now);
nlohmann::json ToJson(const store::Group& group);
nlohmann::json ToJson(const store::Opportunity& opportunity);
nlohmann::json ToJson(const store::MergeSummary& merge);
nlohmann::json ToJson(const store::MergeEntry& merge);

}  // namespace kith::app
