#include "app/db_path.h"

#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace kith::app {
namespace {

std::string Env(const char* name) {
  const char* v = std::getenv(name);
  return v ? std::string(v) : std::string();
}

}  // namespace

Result<std::string> ResolveDbPath(const std::string& flag, DbKind kind) {
  if (!flag.empty()) return flag;
  if (kind == DbKind::kUser && !Env("KITH_DB").empty()) return Env("KITH_DB");
  std::filesystem::path data = Env("XDG_DATA_HOME");
  if (data.empty()) {
    std::string home = Env("HOME");
    if (home.empty()) {
      return Status::Invalid("cannot place the database: set --db, KITH_DB, XDG_DATA_HOME or HOME");
    }
    data = std::filesystem::path(home) / ".local" / "share";
  }
  return (data / "kith" / (kind == DbKind::kUser ? "kith.db" : "demo.db")).string();
}

std::string DemoDbBeside(const std::string& user_path) {
  return (std::filesystem::path(user_path).parent_path() / "demo.db").string();
}

Status EnsureParentDir(const std::string& path) {
  auto parent = std::filesystem::path(path).parent_path();
  if (parent.empty()) return Status::Ok();
  std::error_code ec;
  std::filesystem::create_directories(parent, ec);
  if (ec) return Status::Io(fmt::format("cannot create {}: {}", parent.string(), ec.message()));
  return Status::Ok();
}

}  // namespace kith::app
