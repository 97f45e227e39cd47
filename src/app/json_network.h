// JSON forms of the keep-in-touch and network results (the reconnect queue,
// a tie's explanation, warm paths), shared by the CLI's
// --json output and the server's API.
#pragma once

#include <nlohmann/json.hpp>

#include "app/keep_in_touch.h"
#include "app/paths.h"
#include "core/reconnect_queue.h"

namespace kith::app {

nlohmann::json ToJson(const core::Assessment& assessment);
nlohmann::json ToJson(const TodayEntry& entry);
nlohmann::json ToJson(const TieReport& report);
nlohmann::json ToJson(const WarmPath& path);

}  // namespace kith::app
