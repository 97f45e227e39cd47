// kith serve: the web UI and the REST API on one database.
//
// Server::Handle takes one request through everything a request meets: the
// Host check (no DNS rebinding), login and session, CSRF, size limits, the
// routes of server/api.h, cached reads with ETags, and the security headers.
// It is thread-safe and knows nothing of sockets: server/http_host.h puts it
// on a port, and tests call it directly.
#pragma once

#include <cstddef>
#include <mutex>
#include <string>
#include <vector>

#include "server/auth.h"
#include "server/db_pool.h"
#include "server/http.h"
#include "server/import_jobs.h"
#include "server/router.h"

namespace kith::server {

inline constexpr size_t kMaxJsonBody = 1 << 20;      // 1 MiB
inline constexpr size_t kMaxUploadBody = 256 << 20;  // 256 MiB: an import
// GET responses kept (server/response_cache.h): about 9,000 of the 10k demo
// network's person pages (3.3 kB each), with the server under 100 MB.
inline constexpr size_t kResponseCacheBytes = 32 << 20;
inline constexpr size_t kDemoResponseCacheBytes = 8 << 20;
inline constexpr char kSessionCookie[] = "kith_session";

struct ServerOptions {
  std::string db_path;
  std::string demo_db_path;  // the demo network, kept apart; empty or db_path: none
  std::string bind = "127.0.0.1";
  int port = 8080;
  std::string region;
  core::ModelConfig config;
  std::vector<std::string> hosts;  // more Host names to accept (behind a proxy)
  std::string password_hash;       // empty: token login only
};

class Server {
 public:
  Server(ServerOptions options, const Clock& clock);

  Response Handle(Request& request);
  Auth& auth() { return auth_; }
  ImportJobs& imports() { return imports_; }
  const Router& router() const { return router_; }
  const ServerOptions& options() const { return options_; }

 private:
  Response Route(Request& q);
  Response Api(Request& q);
  Response Login(Request& q);
  Response PasswordLogin(Request& q);
  Response SessionInfo(Request& q);
  Response Static(Request& q);
  Response Dispatch(Request& q, DbPool& pool);
  Response CachedRead(Request& q, Worker& worker, DbPool& pool);
  Response Demo(Request& q, const Session& session);
  bool HostAllowed(const Request& q) const;

  ServerOptions options_;
  DbPool pool_;
  DbPool demo_pool_;
  std::mutex demo_mu_;  // one demo generation at a time
  Auth auth_;
  ImportJobs imports_;
  Router router_;
};

// The cookie that holds a session (or clears it, with an empty id).
std::string SessionCookie(const std::string& id);

}  // namespace kith::server
