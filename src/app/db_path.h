// Where kith keeps its database: --db PATH, else $KITH_DB, else
// $XDG_DATA_HOME/kith/kith.db (XDG_DATA_HOME defaults to ~/.local/share).
// The demo network lives beside it in demo.db, never in the user's own file.
#pragma once

#include <string>

#include "util/status.h"

namespace kith::app {

enum class DbKind { kUser, kDemo };

// The path to use; `flag` is the --db value (empty when not given).
Result<std::string> ResolveDbPath(const std::string& flag, DbKind kind = DbKind::kUser);

// The demo database that goes with the user's database at `user_path`:
// demo.db in the same directory (`kith serve` needs both at once, while
// ResolveDbPath lets --db name either).
std::string DemoDbBeside(const std::string& user_path);

// Creates the directory that will hold `path`, if missing.
Status EnsureParentDir(const std::string& path);

}  // namespace kith::app
