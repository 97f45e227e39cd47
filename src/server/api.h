// The REST API under /api/v1 (docs/api.md): each file of routes adds its
// resource to the router. Bodies are JSON objects; errors are
// {"error": {"code", "message"}} with the status of server/http.h FromStatus.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "server/router.h"

namespace kith::server {

inline constexpr char kApi[] = "/api/v1";

void AddPeopleRoutes(Router& router);
void AddDetailRoutes(Router& router);
void AddKeepInTouchRoutes(Router& router);
void AddNetworkRoutes(Router& router);
void AddEventRoutes(Router& router);    // events, follow-ups, groups, opportunities
void AddMergeRoutes(Router& router);    // merging duplicates and undoing it
void AddConnectRoutes(Router& router);  // your profile, ask, help-out, introductions
class ImportJobs;
void AddTransferRoutes(Router& router, ImportJobs& jobs);  // imports and exports

// The request body as a JSON object, or an Invalid status naming the problem.
Result<nlohmann::json> BodyObject(const Request& request);
// A string member of `body` ("" when absent); Invalid when present but not a
// string or longer than `max_bytes`.
Result<std::string> StringField(const nlohmann::json& body, std::string_view key,
                                size_t max_bytes = 10000);
// A list of people references (ids as numbers, or names, emails, "#12" as
// strings) for app/resolve.h; empty when absent. Invalid when not an array of
// those, or longer than 1000.
Result<std::vector<std::string>> PeopleField(const nlohmann::json& body, std::string_view key);
// A person reference from a body member: a number is an id ("#12"), a string
// is read as everywhere else (app/resolve.h); Invalid when absent or empty.
Result<std::string> PersonField(const nlohmann::json& body, std::string_view key);
// The ":id" route parameter as a person reference for app/resolve.h ("#12").
Result<std::string> PersonParam(const Request& request);
// The ":id" route parameter as a positive number; `what` names it in the
// error ("an event" → "an event id is a positive number, not 'x'").
Result<int64_t> IdParam(const Request& request, std::string_view what);
// A query parameter as an integer in [lo, hi], `fallback` when absent.
Result<int64_t> IntQuery(const Request& request, std::string_view name, int64_t fallback,
                         int64_t lo, int64_t hi);

// Runs `make` and returns its JSON, or the error.
template <typename F>
Response Reply(F&& make, int status = 200) {
  auto result = make();
  if (!result) return FromStatus(result.status());
  return Json(*result, status);
}

}  // namespace kith::server
