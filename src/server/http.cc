#include "server/http.h"

#include "util/text.h"

namespace kith::server {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string_view Request::Header(std::string_view name) const {
  auto it = headers.find(std::string(name));
  return it == headers.end() ? std::string_view() : std::string_view(it->second);
}

std::string_view Request::Query(std::string_view name, std::string_view fallback) const {
  auto it = query.find(std::string(name));
  return it == query.end() ? fallback : std::string_view(it->second);
}

std::string Request::Cookie(std::string_view name) const {
  std::string_view rest = Header("cookie");
  while (!rest.empty()) {
    size_t end = rest.find(';');
    std::string_view pair = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    while (!pair.empty() && pair.front() == ' ') pair.remove_prefix(1);
    size_t eq = pair.find('=');
    if (eq != std::string_view::npos && pair.substr(0, eq) == name) {
      return std::string(pair.substr(eq + 1));
    }
  }
  return "";
}

std::string_view Response::FindHeader(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (AsciiLower(key) == AsciiLower(name)) return value;
  }
  return {};
}

Response Json(const nlohmann::json& value, int status) {
  return JsonText(value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), status);
}

Response JsonText(std::string body, int status) {
  Response r;
  r.status = status;
  r.body = std::move(body);
  r.Header("Content-Type", "application/json; charset=utf-8");
  return r;
}

Response Error(int status, std::string_view code, std::string_view message) {
  return Json({{"error", {{"code", code}, {"message", message}}}}, status);
}

Response FromStatus(const Status& status) {
  switch (status.code()) {
    case Code::kNotFound:
      return Error(404, "not_found", status.message());
    case Code::kInvalid:
      return Error(400, "invalid", status.message());
    case Code::kAmbiguous:
      return Error(409, "ambiguous", status.message());
    case Code::kConflict:
      return Error(409, "conflict", status.message());
    case Code::kIo:
      return Error(500, "io", status.message());
    default:
      return Error(500, "internal", status.message());
  }
}

std::string PercentDecode(std::string_view text, bool plus_is_space) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '%' && i + 2 < text.size()) {
      int hi = HexValue(text[i + 1]), lo = HexValue(text[i + 2]);
      if (hi >= 0 && lo >= 0) {
        out.push_back(static_cast<char>(hi * 16 + lo));
        i += 2;
        continue;
      }
    }
    out.push_back(c == '+' && plus_is_space ? ' ' : c);
  }
  return out;
}

std::unordered_map<std::string, std::string> ParseQuery(std::string_view query) {
  std::unordered_map<std::string, std::string> out;
  while (!query.empty()) {
    size_t end = query.find('&');
    std::string_view pair = query.substr(0, end);
    query = end == std::string_view::npos ? std::string_view() : query.substr(end + 1);
    if (pair.empty()) continue;
    size_t eq = pair.find('=');
    std::string key = PercentDecode(pair.substr(0, eq), true);
    std::string value =
        eq == std::string_view::npos ? std::string() : PercentDecode(pair.substr(eq + 1), true);
    out.emplace(std::move(key), std::move(value));
  }
  return out;
}

}  // namespace kith::server
