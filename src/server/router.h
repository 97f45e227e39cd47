// Routes "METHOD /pattern" to a handler. Patterns are literal segments and
// ":name" segments, which match one non-empty segment and land in
// Request::params ("/api/v1/people/:id").
//
//   Router r;
//   r.Add("GET", "/api/v1/people/:id", [](Request& q, app::Context& ctx) { ... });
//   Response out = r.Dispatch(request, ctx);  // 404 or 405 as JSON errors
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "app/context.h"
#include "server/http.h"

namespace kith::server {

// Handlers run with a database context leased for the request.
using Handler = std::function<Response(Request&, app::Context&)>;

class Router {
 public:
  void Add(std::string method, std::string_view pattern, Handler handler);
  // Runs the matching route; 404 when no pattern matches, 405 when the path
  // matches under another method.
  Response Dispatch(Request& request, app::Context& ctx) const;
  // Every "METHOD /pattern", in the order added (for docs and tests).
  std::vector<std::string> Routes() const;

 private:
  struct Route {
    std::string method;
    std::string pattern;
    std::vector<std::string> segments;
    Handler handler;
  };
  static bool Match(const Route& route, const std::vector<std::string_view>& segments,
                    Request& request);
  std::vector<Route> routes_;
};

// "/a/b/" → {"a", "b"}.
std::vector<std::string_view> SplitPath(std::string_view path);

}  // namespace kith::server
