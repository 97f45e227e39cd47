// The server's own view of HTTP: a request in, a response out, as plain
// values. Everything but server/http_host.cc (the RESTinio adapter) works on
// these, so the whole server can be driven in-process by tests.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "util/status.h"

namespace kith::server {

struct Request {
  std::string method;  // "GET", "POST", ...
  std::string path;    // "/api/v1/people/12", percent-decoded, no query
  std::unordered_map<std::string, std::string> query;    // decoded
  std::unordered_map<std::string, std::string> headers;  // names lower-case
  std::string body;
  std::string peer;                                     // the client's address, for rate limits
  std::unordered_map<std::string, std::string> params;  // ":id" from the route

  // The header's value, or "" (`name` lower-case).
  std::string_view Header(std::string_view name) const;
  // The query parameter's value, or `fallback`.
  std::string_view Query(std::string_view name, std::string_view fallback = "") const;
  // The cookie's value, or "".
  std::string Cookie(std::string_view name) const;
};

struct Response {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;

  Response& Header(std::string name, std::string value) {
    headers.emplace_back(std::move(name), std::move(value));
    return *this;
  }
  std::string_view FindHeader(std::string_view name) const;
};

// A JSON body with its content type.
Response Json(const nlohmann::json& value, int status = 200);
// A body already serialized as JSON.
Response JsonText(std::string body, int status = 200);
// {"error": {"code": code, "message": message}} with `status`.
Response Error(int status, std::string_view code, std::string_view message);
// The HTTP status and error code for a failed use case.
Response FromStatus(const Status& status);

// "%41b+c" → "Ab c" (plus as space only when `plus_is_space`).
std::string PercentDecode(std::string_view text, bool plus_is_space);
// "a=1&b=x%20y" → {a: 1, b: "x y"}.
std::unordered_map<std::string, std::string> ParseQuery(std::string_view query);

}  // namespace kith::server
