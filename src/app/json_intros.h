// The JSON form of an introduction, shared by the CLI's --json output and,
// later, the server's API:
//
//   {"id": 3, "a": {"id": 1, "name": "Ana Silva"}, "b": {...}, "reason": "...",
//    "state": "asked_second", "outcome": "", "created_at": "2026-11-22T09:00:00Z",
//    "updated_at": "...", "next": "ask Ben Okafor whether they'd welcome it",
//    "steps": ["accepted", "declined"], "draft": "Hi Ben, ..."}
#pragma once

#include <nlohmann/json.hpp>

#include "app/intros.h"

namespace kith::app {

nlohmann::json ToJson(const IntroView& intro);

}  // namespace kith::app
