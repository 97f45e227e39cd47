#include "server/router.h"

namespace kith::server {

std::vector<std::string_view> SplitPath(std::string_view path) {
  std::vector<std::string_view> out;
  while (!path.empty()) {
    size_t slash = path.find('/');
    std::string_view part = path.substr(0, slash);
    if (!part.empty()) out.push_back(part);
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return out;
}

void Router::Add(std::string method, std::string_view pattern, Handler handler) {
  Route route{std::move(method), std::string(pattern), {}, std::move(handler)};
  for (auto part : SplitPath(pattern)) route.segments.emplace_back(part);
  routes_.push_back(std::move(route));
}

bool Router::Match(const Route& route, const std::vector<std::string_view>& segments,
                   Request& request) {
  if (route.segments.size() != segments.size()) return false;
  for (size_t i = 0; i < segments.size(); ++i) {
    const std::string& want = route.segments[i];
    if (want.starts_with(':')) continue;
    if (want != segments[i]) return false;
  }
  for (size_t i = 0; i < segments.size(); ++i) {
    const std::string& want = route.segments[i];
    if (want.starts_with(':')) request.params[want.substr(1)] = std::string(segments[i]);
  }
  return true;
}

Response Router::Dispatch(Request& request, app::Context& ctx) const {
  auto segments = SplitPath(request.path);
  bool other_method = false;
  for (const auto& route : routes_) {
    bool head_as_get = request.method == "HEAD" && route.method == "GET";
    if (route.method != request.method && !head_as_get) {
      Request probe;
      other_method = other_method || Match(route, segments, probe);
      continue;
    }
    if (Match(route, segments, request)) return route.handler(request, ctx);
  }
  if (other_method) return Error(405, "method_not_allowed", "method not allowed here");
  return Error(404, "not_found", "no such route: " + request.path);
}

std::vector<std::string> Router::Routes() const {
  std::vector<std::string> out;
  for (const auto& route : routes_) out.push_back(route.method + " " + route.pattern);
  return out;
}

}  // namespace kith::server
