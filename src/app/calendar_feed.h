// The calendar feed behind `kith export --format ics` (and later the
// server's feed URL): every important date as a yearly event, and reconnect
// reminders — today's queue on today, and everyone falling due in the next
// `days` days on their due date. UIDs are stable, so re-importing or
// re-subscribing updates events instead of duplicating them.
#pragma once

#include <string>

#include "app/context.h"

namespace kith::app {

Result<std::string> CalendarFeed(Context& ctx, int days);

}  // namespace kith::app
