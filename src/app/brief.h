// The person brief behind `kith show`: who they are, how to reach them, how
// you met, what matters to them, what they need and offer, and your recent
// history — everything worth reading before you talk to them.
#pragma once

#include <string_view>

#include "app/context.h"
#include "core/person.h"

namespace kith::app {

inline constexpr int kBriefNotes = 10;
inline constexpr int kBriefInteractions = 5;

Result<core::Brief> LoadBrief(Context& ctx, std::string_view who);
Result<core::Brief> LoadBriefById(Context& ctx, int64_t id);

}  // namespace kith::app
