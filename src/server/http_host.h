// Puts a Server on a TCP port with RESTinio (on asio): one thread per core
// handling requests, Nagle off, request size limits, and a clean stop on
// SIGINT or SIGTERM. The only file that sees RESTinio.
#pragma once

#include <functional>

#include "server/server.h"

namespace kith::server {

// Serves until SIGINT or SIGTERM, then lets running requests and any import
// finish. `on_listening(port)` runs once connections are accepted (the port
// is the real one when options.port is 0).
Status ServeHttp(Server& server, int threads, const std::function<void(int port)>& on_listening);

}  // namespace kith::server
