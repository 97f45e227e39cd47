#include "server/server.h"

#include <fmt/format.h>

#include <algorithm>

#include "app/demo.h"
#include "server/api.h"
#include "server/assets.h"
#include "util/text.h"

namespace kith::server {
namespace {

constexpr char kSecurityPolicy[] =
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

bool StateChanging(const Request& q) { return q.method != "GET" && q.method != "HEAD"; }

std::string Etag(std::string_view body) {
  uint64_t h = 1469598103934665603ull;  // FNV-1a
  for (unsigned char c : body) h = (h ^ c) * 1099511628211ull;
  return fmt::format("\"{:016x}\"", h);
}

// "Host: example.com:8080" → "example.com"; "[::1]:8080" → "[::1]".
std::string HostName(std::string_view host) {
  if (host.starts_with("[")) return std::string(host.substr(0, host.find(']') + 1));
  return AsciiLower(host.substr(0, host.find(':')));
}

// "https://x.example:8080" → "x.example".
std::string OriginHost(std::string_view origin) {
  size_t scheme = origin.find("://");
  return scheme == std::string_view::npos ? std::string() : HostName(origin.substr(scheme + 3));
}

std::string CacheKey(const Request& q) {
  std::vector<std::pair<std::string, std::string>> params(q.query.begin(), q.query.end());
  std::sort(params.begin(), params.end());
  std::string key = q.path;
  for (const auto& [k, v] : params) key += fmt::format("\x1f{}={}", k, v);
  return key;
}

using nlohmann::json;

// Writes the demo network into the demo database when it is empty.
Status EnsureDemo(app::Context& ctx) {
  auto people = store::Guard("counting people", [&]() -> Result<int64_t> {
    return ctx.db.sql().execAndGet("SELECT count(*) FROM person").getInt64();
  });
  if (!people) return people.status();
  if (*people > 0) return Status::Ok();
  app::DemoOptions options;
  options.now = ctx.now;
  options.model = ctx.config;
  auto report = app::GenerateDemo(ctx.db, options);
  return report ? Status::Ok() : report.status();
}

Response Page(int status, std::string_view title, std::string_view text) {
  Response r;
  r.status = status;
  r.Header("Content-Type", "text/html; charset=utf-8");
  r.body = fmt::format(
      "<!doctype html><meta charset=utf-8><title>kith: {0}</title>"
      "<meta name=viewport content=\"width=device-width\"><h1>{0}</h1><p>{1}</p>",
      title, text);
  return r;
}

// A demo path equal to the user's own would write the demo network into
// the user's database: the server then offers no demo.
ServerOptions WithoutSharedDemo(ServerOptions options) {
  if (options.demo_db_path == options.db_path) options.demo_db_path.clear();
  return options;
}

}  // namespace

std::string SessionCookie(const std::string& id) {
  return fmt::format("{}={}; Path=/; HttpOnly; SameSite=Strict; Max-Age={}", kSessionCookie, id,
                     id.empty() ? 0 : kSessionSeconds);
}

Server::Server(ServerOptions options, const Clock& clock)
    : options_(WithoutSharedDemo(std::move(options))),
      pool_(options_.db_path, options_.region, options_.config, clock, kResponseCacheBytes),
      demo_pool_(options_.demo_db_path, options_.region, options_.config, clock,
                 kDemoResponseCacheBytes),
      auth_(options_.password_hash),
      imports_(options_.db_path, options_.region, options_.config, clock) {
  AddPeopleRoutes(router_);
  AddDetailRoutes(router_);
  AddKeepInTouchRoutes(router_);
  AddNetworkRoutes(router_);
  AddEventRoutes(router_);
  AddMergeRoutes(router_);
  AddConnectRoutes(router_);
  AddTransferRoutes(router_, imports_);
}

Response Server::Handle(Request& q) {
  Response r = Route(q);
  r.Header("X-Content-Type-Options", "nosniff");
  r.Header("Referrer-Policy", "no-referrer");
  r.Header("X-Frame-Options", "DENY");
  r.Header("Content-Security-Policy", kSecurityPolicy);
  if (r.FindHeader("Cache-Control").empty()) r.Header("Cache-Control", "no-cache");
  if (q.method == "HEAD") r.body.clear();
  return r;
}

bool Server::HostAllowed(const Request& q) const {
  std::string host = HostName(q.Header("host"));
  if (host == "localhost" || host == "127.0.0.1" || host == "[::1]") return true;
  if (host == options_.bind && options_.bind != "0.0.0.0" && options_.bind != "::") return true;
  return std::find(options_.hosts.begin(), options_.hosts.end(), host) != options_.hosts.end();
}

Response Server::Route(Request& q) {
  if (!HostAllowed(q)) {
    return Error(421, "bad_host",
                 "this server answers to localhost, 127.0.0.1 or a name given with --host");
  }
  auto origin = q.Header("origin");
  if (StateChanging(q) && !origin.empty()) {
    Request probe;
    probe.headers["host"] = OriginHost(origin);
    if (!HostAllowed(probe)) return Error(403, "bad_origin", "cross-site request refused");
  }
  if (q.path == "/login") return Login(q);
  if (q.path.starts_with("/api/")) return Api(q);
  return Static(q);
}

Response Server::Static(Request& q) {
  if (q.method != "GET" && q.method != "HEAD") {
    return Error(405, "method_not_allowed", "method not allowed here");
  }
  const Asset* asset = FindAsset(q.path);
  // The app's own pages (/people/12, /today) are index.html; the script routes.
  bool page = asset == nullptr && q.path.find('.') == std::string::npos;
  if (page) asset = FindAsset("/");
  if (asset == nullptr) return Error(404, "not_found", "no such file: " + q.path.substr(0, 200));
  Response r;
  r.Header("ETag", std::string(asset->etag));
  if (q.Header("if-none-match") == asset->etag) {
    r.status = 304;
    return r;
  }
  r.Header("Content-Type", std::string(asset->type));
  r.body = std::string(asset->body);
  return r;
}

Response Server::Login(Request& q) {
  int64_t now = pool_.clock().Now();
  if (auth_.Limited(q.peer, now)) {
    return Page(429, "Too many attempts", "Wait a minute, then use the link kith serve printed.");
  }
  auto session = auth_.RedeemLoginToken(q.Query("token"), q.peer, now);
  if (!session) {
    return Page(401, "This login link has been used",
                "Each link printed by <code>kith serve</code> works once. Restart it for a new "
                "one, or set a password with <code>kith passwd</code>.");
  }
  Response r;
  r.status = 303;
  r.Header("Location", "/");
  r.Header("Set-Cookie", SessionCookie(session->id));
  return r;
}

Response Server::PasswordLogin(Request& q) {
  int64_t now = pool_.clock().Now();
  if (auth_.Limited(q.peer, now)) {
    return Error(429, "rate_limited", "too many failed logins; wait a minute")
        .Header("Retry-After", "60");
  }
  auto body = BodyObject(q);
  if (!body) return FromStatus(body.status());
  auto password = StringField(*body, "password", 1000);
  if (!password) return FromStatus(password.status());
  auto session = auth_.LoginWithPassword(*password, q.peer, now);
  if (!session) {
    if (session.status().code() == Code::kNotFound) {
      return Error(401, "unauthorized", "wrong password");
    }
    return FromStatus(session.status());
  }
  return Json({{"authenticated", true}, {"csrf", session->csrf}})
      .Header("Set-Cookie", SessionCookie(session->id));
}

Response Server::SessionInfo(Request& q) {
  auto session = auth_.Find(q.Cookie(kSessionCookie), pool_.clock().Now());
  if (!session) return Json({{"authenticated", false}, {"password", auth_.has_password()}});
  return Json({{"authenticated", true},
               {"csrf", session->csrf},
               {"demo", session->demo},
               {"demo_available", !options_.demo_db_path.empty()}});
}

Response Server::Api(Request& q) {
  const std::string api = kApi;
  if (q.path == api + "/openapi.json" && q.method == "GET") {
    const Asset* doc = FindAsset("/openapi.json");
    Response r;
    r.Header("Content-Type", "application/json; charset=utf-8");
    r.body = doc ? std::string(doc->body) : "{}";
    return r;
  }
  if (q.path == api + "/session" && q.method == "GET") return SessionInfo(q);
  if (q.path == api + "/login" && q.method == "POST") return PasswordLogin(q);
  auto session = auth_.Find(q.Cookie(kSessionCookie), pool_.clock().Now());
  if (!session) {
    return Error(401, "unauthorized", "log in with the link kith serve printed, or the password");
  }
  if (StateChanging(q) && q.Header("x-csrf-token") != session->csrf) {
    return Error(403, "csrf", "missing or wrong X-CSRF-Token header");
  }
  bool upload = q.path == api + "/imports";
  if (q.body.size() > (upload ? kMaxUploadBody : kMaxJsonBody)) {
    return Error(413, "too_large", "the request body is too large");
  }
  if (q.path == api + "/logout" && q.method == "POST") {
    auth_.Logout(session->id);
    return Json({{"authenticated", false}}).Header("Set-Cookie", SessionCookie(""));
  }
  if (q.path == api + "/demo" && q.method == "POST") return Demo(q, *session);
  if (session->demo && upload) {
    return Error(409, "demo", "leave the demo network to import files into your own");
  }
  return Dispatch(q, session->demo ? demo_pool_ : pool_);
}

Response Server::Demo(Request& q, const Session& session) {
  auto body = BodyObject(q);
  if (!body) return FromStatus(body.status());
  auto on = body->value("on", json(true));
  if (!on.is_boolean()) return Error(400, "invalid", "on is true or false");
  if (on.get<bool>()) {
    if (options_.demo_db_path.empty()) return Error(404, "not_found", "no demo network here");
    std::lock_guard lock(demo_mu_);
    auto lease = demo_pool_.Acquire();
    if (!lease) return FromStatus(lease.status());
    auto made = EnsureDemo((*lease)->ctx);
    if (!made) return FromStatus(made);
    demo_pool_.NoteWrite();
  }
  auth_.SetDemo(session.id, on.get<bool>());
  return Json({{"demo", on.get<bool>()}});
}

Response Server::Dispatch(Request& q, DbPool& pool) {
  auto lease = pool.Acquire();
  if (!lease) return FromStatus(lease.status());
  Worker& worker = **lease;
  Response r;
  try {
    bool cacheable = !q.path.starts_with(std::string(kApi) + "/imports") &&
                     !q.path.starts_with(std::string(kApi) + "/export");
    if (q.method == "GET" && cacheable) {
      r = CachedRead(q, worker, pool);
    } else {
      worker.ties.snapshot.reset();  // a write may read back what it changed
      worker.people.snapshot.reset();
      r = router_.Dispatch(q, worker.ctx);
      if (StateChanging(q)) pool.NoteWrite();
    }
  } catch (const nlohmann::json::exception& e) {
    r = Error(400, "invalid", std::string("bad JSON value: ") + e.what());
  } catch (const std::exception& e) {
    r = Error(500, "internal", e.what());
  }
  return r;
}

Response Server::CachedRead(Request& q, Worker& worker, DbPool& pool) {
  std::string key = CacheKey(q);
  int64_t now = worker.ctx.now;
  auto cached = pool.responses().Find(key, worker.read_stamp, now);
  if (!cached) {
    Response r = router_.Dispatch(q, worker.ctx);
    if (r.status != 200) return r;
    std::string etag = Etag(r.body);
    cached = pool.responses().Put(std::move(key), worker.read_stamp, now + 60,
                                  {std::move(etag), std::move(r.body)});
  }
  Response r;
  r.Header("ETag", cached->etag);
  if (q.Header("if-none-match") == cached->etag) {
    r.status = 304;
    return r;
  }
  r.Header("Content-Type", "application/json; charset=utf-8");
  r.body = cached->body;
  return r;
}

}  // namespace kith::server
