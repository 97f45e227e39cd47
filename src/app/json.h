// JSON forms of kith's domain values, shared by the CLI's --json output and
// the server's API so both speak the same shapes (docs/api.md once served).
// Times are ISO 8601 UTC strings; dates are "YYYY-MM-DD" or "--MM-DD".
#pragma once

#include <nlohmann/json.hpp>

#include "app/people.h"
#include "core/person.h"
#include "store/network.h"

namespace kith::app {

nlohmann::json ToJson(const core::Brief& brief);
nlohmann::json ToJson(const core::PersonSummary& summary);
nlohmann::json ToJson(const core::Person& person);
nlohmann::json ToJson(const core::Interaction& interaction);
nlohmann::json ToJson(const store::NetworkSummary& summary);
// What a capture was understood as, before (or after) it is written.
nlohmann::json ToJson(const PreparedPerson& prepared);

// "2026-11-20T12:00:00Z".
std::string IsoTime(int64_t unix_seconds);

}  // namespace kith::app
