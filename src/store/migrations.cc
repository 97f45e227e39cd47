#include "store/migrations.h"

#include <fmt/format.h>

#include <functional>
#include <string>
#include <vector>

#include "store/db.h"
#include "store/schema_checks.h"
#include "store/schema_sql.h"

namespace kith::store {
namespace {

struct Migration {
  int version;
  const char* what;
  std::function<void(SQLite::Database&)> apply;
};

const std::vector<Migration>& Migrations() {
  static const std::vector<Migration> kMigrations = {
      {1, "people, their details, interactions and the network",
       [](SQLite::Database& db) { db.exec(detail::kSchemaV1); }},
      {2, "full-text search index over people",
       [](SQLite::Database& db) {
         for (const auto& sql : detail::SearchIndexV2()) db.exec(sql);
       }},
      {3, "snoozing, per-person interaction aggregates",
       [](SQLite::Database& db) { db.exec(detail::kKeepInTouchV3); }},
      {4, "search snippets that show where one fact or note ends",
       [](SQLite::Database& db) {
         for (const auto& sql : detail::SearchSeparatorsV4()) db.exec(sql);
       }},
      {5, "a log of merged people, so a merge can be undone",
       [](SQLite::Database& db) { db.exec(detail::kMergeLogV5); }},
      {6, "each person's touches in one range of interaction_participant",
       [](SQLite::Database& db) { db.exec(detail::kParticipantTouchesV6); }},
      {7, "CHECK constraints that list names compare in place",
       [](SQLite::Database& db) { detail::RewriteInListChecksV7(db); }},
  };
  return kMigrations;
}

}  // namespace

int LatestSchemaVersion() { return Migrations().back().version; }

Status Migrate(Db& db, int target) {
  int current = db.SchemaVersion();
  if (current > LatestSchemaVersion()) {
    return Status::Conflict(fmt::format(
        "database schema version {} is newer than this kith understands ({}); upgrade kith",
        current, LatestSchemaVersion()));
  }
  for (const auto& m : Migrations()) {
    if (m.version <= current || m.version > target) continue;
    KITH_RETURN_IF_ERROR(Guard(
        fmt::format("migrating to schema version {} ({})", m.version, m.what), [&]() -> Status {
          auto tx = Transaction::Begin(db);
          if (!tx) return tx.status();
          m.apply(db.sql());
          db.sql().exec(fmt::format("PRAGMA user_version = {}", m.version));
          return tx->Commit();
        }));
  }
  return Status::Ok();
}

}  // namespace kith::store
