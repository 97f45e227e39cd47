// `kith serve`: the web UI and REST API on your database; `kith passwd`:
// the password that lets it listen beyond this machine.
#include <fmt/format.h>
#include <termios.h>
#include <unistd.h>

#include <iostream>
#include <thread>

#include "cli/command.h"
#include "server/http_host.h"
#include "server/server.h"
#include "store/tie_stats.h"

namespace kith::cli {
namespace {

constexpr char kPasswordKey[] = "server.password_hash";

struct ServeOptions {
  int port = 8080;
  std::string bind = "127.0.0.1";
  std::vector<std::string> hosts;
  int threads = 0;
  bool demo = false;
};

struct PasswdOptions {
  bool clear = false;
};

bool Loopback(const std::string& bind) {
  return bind == "127.0.0.1" || bind == "localhost" || bind == "::1" || bind.starts_with("127.");
}

Status RunServe(Env& env, const ServeOptions& o) {
  auto kind = o.demo ? app::DbKind::kDemo : app::DbKind::kUser;
  auto ctx = env.Open(kind);
  if (!ctx) return ctx.status();
  auto path = app::ResolveDbPath(env.db_flag(), kind);
  if (!path) return path.status();
  auto hash = store::GetState((*ctx)->db, kPasswordKey);
  if (!hash) return hash.status();
  if (!Loopback(o.bind) && !*hash) {
    return Status::Invalid(fmt::format(
        "listening on {} lets other machines reach kith: set a password first with `kith passwd`",
        o.bind));
  }
  server::ServerOptions options;
  options.db_path = *path;
  // With --demo the served file is the demo network already.
  options.demo_db_path = o.demo ? *path : app::DemoDbBeside(*path);
  options.bind = o.bind == "localhost" ? "127.0.0.1" : o.bind;
  options.port = o.port;
  options.region = env.region();
  options.config = (*ctx)->config;
  options.hosts = o.hosts;
  options.password_hash = hash->value_or("");
  server::Server server(options, env.clock());
  std::string token = server.auth().IssueLoginToken();
  int threads = o.threads > 0 ? o.threads : std::max(2u, std::thread::hardware_concurrency());
  return server::ServeHttp(server, threads, [&](int port) {
    std::string host =
        options.bind.find(':') != std::string::npos ? "[" + options.bind + "]" : options.bind;
    if (host == "0.0.0.0" || host == "[::]") host = "127.0.0.1";
    fmt::print(env.out(),
               "kith is serving {} at http://{}:{}/\n"
               "Open this link to log in (it works once): http://{}:{}/login?token={}\n"
               "Stop with Ctrl-C.\n",
               *path, host, port, host, port, token);
    std::fflush(env.out());
  });
}

// A line from stdin, without echo when it is a terminal.
std::string ReadSecret(const char* prompt) {
  bool tty = isatty(STDIN_FILENO);
  termios saved{};
  if (tty) {
    fmt::print(stderr, "{}", prompt);
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  }
  std::string line;
  std::getline(std::cin, line);
  if (tty) {
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    fmt::print(stderr, "\n");
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

Status RunPasswd(Env& env, const PasswdOptions& o) {
  auto ctx = env.Open();
  if (!ctx) return ctx.status();
  if (o.clear) {
    auto& db = (*ctx)->db;
    KITH_RETURN_IF_ERROR(store::Guard("clearing the password", [&]() -> Status {
      db.sql().exec("DELETE FROM kith_state WHERE key = 'server.password_hash'");
      return Status::Ok();
    }));
    fmt::print(env.out(), "Password cleared: kith serve logs in with its one-time link only.\n");
    return Status::Ok();
  }
  std::string password = ReadSecret("New password: ");
  if (isatty(STDIN_FILENO) && ReadSecret("Again: ") != password) {
    return Status::Invalid("the two passwords differ; nothing changed");
  }
  auto hash = server::HashPassword(password);
  if (!hash) return hash.status();
  KITH_RETURN_IF_ERROR(store::PutState((*ctx)->db, kPasswordKey, *hash));
  fmt::print(env.out(),
             "Password set (argon2id). kith serve --bind ADDRESS may now listen beyond "
             "this machine.\n");
  return Status::Ok();
}

}  // namespace

void RegisterServe(CLI::App& app, Action& action) {
  auto o = std::make_shared<ServeOptions>();
  auto* sub = app.add_subcommand("serve", "Start the web app and REST API (prints a login link)");
  sub->add_option("--port", o->port, "TCP port (default 8080; 0 picks a free one)")
      ->check(CLI::Range(0, 65535));
  sub->add_option("--bind", o->bind,
                  "Address to listen on (default 127.0.0.1; others need `kith passwd`)");
  sub->add_option("--host", o->hosts, "Another Host name to answer to (behind a proxy)");
  sub->add_option("--threads", o->threads, "Request threads (default: one per core)")
      ->check(CLI::Range(1, 64));
  sub->add_flag("--demo", o->demo, "Serve the demo network (demo.db), not your own data");
  OnRun(sub, action, o, RunServe);
}

void RegisterPasswd(CLI::App& app, Action& action) {
  auto o = std::make_shared<PasswdOptions>();
  auto* sub = app.add_subcommand(
      "passwd", "Set the web app's password (read from stdin), needed to serve beyond localhost");
  sub->add_flag("--clear", o->clear, "Remove the password");
  OnRun(sub, action, o, RunPasswd);
}

}  // namespace kith::cli
