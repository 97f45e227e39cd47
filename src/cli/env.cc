#include "app/config_file.h"
#include "cli/command.h"

namespace kith::cli {

Result<app::Context*> Env::Open(app::DbKind kind) {
  if (ctx_) return &*ctx_;
  auto config_path = app::ConfigPath();
  if (!config_path) return config_path.status();
  auto config = app::LoadConfig(*config_path);
  if (!config) return config.status();
  auto path = app::ResolveDbPath(db_flag_, kind);
  if (!path) return path.status();
  KITH_RETURN_IF_ERROR(app::EnsureParentDir(*path));
  auto db = store::Db::Open(*path);
  if (!db) return db.status();
  db_ = std::move(*db);
  ctx_.emplace(app::Context{*db_, clock_.Now(), region_, *config});
  return &*ctx_;
}

}  // namespace kith::cli
