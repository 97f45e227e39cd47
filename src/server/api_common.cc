#include <fmt/format.h>

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

Result<std::vector<std::string>> PeopleField(const nlohmann::json& body, std::string_view key) {
  std::vector<std::string> out;
  auto it = body.find(key);
  if (it == body.end() || it->is_null()) return out;
  std::string name(key);
  if (!it->is_array()) return Status::Invalid(name + " must be an array of people");
  if (it->size() > 1000) return Status::Invalid(name + " has more than 1000 people");
  for (const auto& w : *it) {
    if (w.is_number_integer()) {
      out.push_back("#" + std::to_string(w.get<int64_t>()));
    } else if (w.is_string() && !w.get_ref<const std::string&>().empty() &&
               w.get_ref<const std::string&>().size() <= 1000) {
      out.push_back(w.get<std::string>());
    } else {
      return Status::Invalid("each of " + name + " is a person id or name");
    }
  }
  return out;
}

Result<int64_t> IdParam(const Request& request, std::string_view what) {
  auto it = request.params.find("id");
  const std::string& id = it == request.params.end() ? std::string() : it->second;
  int64_t n = 0;
  auto [p, ec] = std::from_chars(id.data(), id.data() + id.size(), n);
  if (id.empty() || ec != std::errc() || p != id.data() + id.size() || n <= 0) {
    return Status::Invalid(std::string(what) + " id is a positive number, not '" +
                           id.substr(0, 40) + "'");
  }
  return n;
}

Result<std::string> PersonParam(const Request& request) {
  auto id = IdParam(request, "a person");
  if (!id) return id.status();
  return "#" + std::to_string(*id);
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

// A person reference from a body member: a number is an id, a string is read
// as everywhere else (app/resolve.h).
Result<std::string> PersonField(const nlohmann::json& body, std::string_view key) {
  auto it = body.find(key);
  if (it != body.end() && it->is_number_integer()) {
    return fmt::format("#{}", it->get<int64_t>());
  }
  auto text = StringField(body, key, 1000);
  if (!text) return text.status();
  if (text->empty()) return Status::Invalid(fmt::format("{}: name a person", key));
  return *text;
}

}  // namespace kith::server
