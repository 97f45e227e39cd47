#include "store/backup_restore_checks.h"

#include <fmt/format.h>
#include <sqlite3.h>

#include <algorithm>
#include <string>

#include "store/schema_sql.h"

namespace kith::store::detail {
namespace {

// The message of a nlohmann exception without its "[json.exception...] parse
// error at line 1, column 2: " preamble, nor the lexer's "last read: '...'",
// which quotes more than the offending token.
std::string Clean(std::string_view what) {
  auto colon = what.find(": ");
  if (colon != std::string_view::npos) what.remove_prefix(colon + 2);
  auto last_read = what.find("; last read: '");
  if (last_read == std::string_view::npos) return std::string(what);
  auto expected = what.rfind("'; expected ");
  std::string out(what.substr(0, last_read));
  if (expected != std::string_view::npos && expected > last_read) {
    out += what.substr(expected + 1);
  }
  return out;
}

const BackupTable* Find(const std::vector<BackupTable>& tables, std::string_view name) {
  for (const auto& t : tables) {
    if (t.name == name) return &t;
  }
  return nullptr;
}

// SQLite counts unresolved deferred foreign keys as rows go in; only when
// some remain is it worth a full foreign_key_check to say which.
bool ForeignKeysResolved(Db& db) {
  int current = 0, highest = 0;
  int rc =
      sqlite3_db_status(db.sql().getHandle(), SQLITE_DBSTATUS_DEFERRED_FKS, &current, &highest, 0);
  return rc == SQLITE_OK && current == 0;
}

Status ForeignKeys(Db& db, const std::vector<BackupTable>& tables, std::string_view source) {
  if (ForeignKeysResolved(db)) return Status::Ok();
  SQLite::Statement check(db.sql(), "PRAGMA foreign_key_check");
  if (!check.executeStep()) return Status::Ok();
  std::string table = check.getColumn(0).getString();
  std::string parent = check.getColumn(2).getString();
  int fk = check.getColumn(3).getInt();
  SQLite::Statement list(db.sql(), fmt::format("PRAGMA foreign_key_list({})", table));
  std::string from, to = "rowid";
  while (list.executeStep()) {
    if (list.getColumn(0).getInt() != fk) continue;
    from = list.getColumn(3).getString();
    if (!list.getColumn(4).isNull()) to = list.getColumn(4).getString();
  }
  const BackupTable* t = Find(tables, table);
  std::string order = t ? t->order_by : "rowid";
  std::string value = db.sql()
                          .execAndGet(fmt::format("SELECT {0} FROM {1} WHERE {0} IS NOT NULL AND "
                                                  "{0} NOT IN (SELECT {2} FROM {3}) ORDER BY {4} "
                                                  "LIMIT 1",
                                                  from, table, to, parent, order))
                          .getString();
  return Status::Invalid(fmt::format("{}: /tables/{}: {} {} names no {} in the backup", source,
                                     table, from, value, parent));
}

Status ParticipantTimes(Db& db, std::string_view source) {
  SQLite::Statement q(db.sql(),
                      "SELECT ip.interaction_id FROM interaction_participant ip JOIN interaction "
                      "i ON i.id = ip.interaction_id WHERE ip.at <> i.at LIMIT 1");
  if (!q.executeStep()) return Status::Ok();
  return Status::Invalid(
      fmt::format("{}: /tables/interaction_participant: at differs from interaction {}'s at",
                  source, q.getColumn(0).getInt64()));
}

// The participant rows' copies of their interaction's kind and direction.
void FillDerived(Db& db) {
  db.sql().exec(
      "UPDATE interaction_participant SET kind = i.kind, direction = i.direction "
      "FROM interaction i WHERE i.id = interaction_participant.interaction_id");
}

}  // namespace

Status SyntaxError(std::string_view source, std::string_view text, size_t position,
                   std::string_view what) {
  size_t at = std::min(position == 0 ? 0 : position - 1, text.size());
  std::string_view before = text.substr(0, at);
  size_t line = 1 + std::count(before.begin(), before.end(), '\n');
  size_t line_start = before.rfind('\n');
  size_t column = line_start == std::string_view::npos ? at + 1 : at - line_start;
  return Status::Invalid(fmt::format("{}:{}:{}: {}", source, line, column, Clean(what)));
}

Status CheckEmpty(Db& db, const std::vector<BackupTable>& tables, std::string_view source) {
  return Guard("checking the database is empty", [&]() -> Status {
    for (const auto& t : tables) {
      auto any = fmt::format("SELECT EXISTS (SELECT 1 FROM {})", t.name);
      if (db.sql().execAndGet(any).getInt() == 0) continue;
      int64_t people = db.sql().execAndGet("SELECT count(*) FROM person").getInt64();
      std::string holds = people > 0
                              ? fmt::format("{} {}", people, people == 1 ? "person" : "people")
                              : fmt::format("rows in {}", t.name);
      return Status::Conflict(fmt::format(
          "{0}: this database already holds {1}; restore a backup into an empty database: kith "
          "--db new.db import {0}",
          source, holds));
    }
    return Status::Ok();
  });
}

Status CheckRestored(Db& db, const std::vector<BackupTable>& tables, std::string_view source) {
  return Guard("checking the restored rows", [&]() -> Status {
    KITH_RETURN_IF_ERROR(ForeignKeys(db, tables, source));
    KITH_RETURN_IF_ERROR(ParticipantTimes(db, source));
    FillDerived(db);
    return Status::Ok();
  });
}

Status RebuildSearchIndex(Db& db) {
  return Guard("rebuilding the search index", [&]() -> Status {
    for (const auto& sql : SearchIndexRebuild()) db.sql().exec(sql);
    return Status::Ok();
  });
}

}  // namespace kith::store::detail
