#include <charconv>

#include "server/api.h"

namespace kith::server {

Result<nlohmann::json> BodyObject(const Request& request) {
  if (request.body.empty()) return nlohmann::json::object();
  auto body = nlohmann::json::parse(request.body, nullptr, false);
  if (body.is_discarded()) return Status::Invalid("the request body is not valid JSON");
  if (!body.is_object()) return Status::Invalid("the request body must be a JSON object");
  return body;
}

Result<std::string> StringField(const nlohmann::json& body, std::string_view key,
                                size_t max_bytes) {
  auto it = body.find(key);
  if (it == body.end() || it->is_null()) return std::string();
  if (!it->is_string()) return Status::Invalid(std::string(key) + " must be a string");
  std::string value = it->get<std::string>();
  if (value.size() > max_bytes) {
    return Status::Invalid(std::string(key) + " is longer than " + std::to_string(max_bytes) +
                           " bytes");
  }
  return value;
}

Result<std::string> PersonParam(const Request& request) {
  auto it = request.params.find("id");
  const std::string& id = it == request.params.end() ? std::string() : it->second;
  int64_t n = 0;
  auto [p, ec] = std::from_chars(id.data(), id.data() + id.size(), n);
  if (id.empty() || ec != std::errc() || p != id.data() + id.size() || n <= 0) {
    return Status::Invalid("a person id is a positive number, not '" + id.substr(0, 40) + "'");
  }
  return "#" + id;
}

Result<int64_t> IntQuery(const Request& request, std::string_view name, int64_t fallback,
                         int64_t lo, int64_t hi) {
  std::string_view text = request.Query(name);
  if (text.empty()) return fallback;
  int64_t n = 0;
  auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc() || p != text.data() + text.size() || n < lo || n > hi) {
    return Status::Invalid(std::string(name) + " must be a whole number from " +
                           std::to_string(lo) + " to " + std::to_string(hi));
  }
  return n;
}

}  // namespace kith::server
