#include "store/backup_tables.h"

#include <fmt/format.h>

#include <algorithm>
#include <utility>

namespace kith::store::detail {
namespace {

constexpr const char* kTables[] = {
    "event",
    "person",
    "contact_point",
    "fact",
    "note",
    "tag",
    "person_tag",
    "important_date",
    "need_offer",
    "interaction",
    "interaction_participant",
    "knows",
    "event_attendee",
    "grp",
    "grp_member",
    "intro",
    "opportunity",
    "opportunity_person",
    "merge_log",  // so `kith unmerge` still works after a restore
};

Result<ColumnType> TypeOf(const std::string& table, const std::string& column,
                          const std::string& declared) {
  if (declared == "INTEGER") return ColumnType::kInteger;
  if (declared == "REAL") return ColumnType::kReal;
  if (declared == "TEXT") return ColumnType::kText;
  return Status::Internal(
      fmt::format("{}.{}: a backup cannot hold a column of type '{}'", table, column, declared));
}

bool IsDerivedColumn(std::string_view table, std::string_view column) {
  return table == "interaction_participant" && (column == "kind" || column == "direction");
}

Result<BackupTable> LoadTable(Db& db, const char* name) {
  BackupTable table{name, {}, "", {}};
  std::vector<std::pair<int, std::string>> key;  // (position in the key, column)
  SQLite::Statement q(db.sql(), fmt::format("PRAGMA table_info({})", name));
  while (q.executeStep()) {
    std::string column = q.getColumn(1).getString();
    if (IsDerivedColumn(name, column)) {
      table.derived_columns.push_back(column);
      continue;
    }
    auto type = TypeOf(name, column, q.getColumn(2).getString());
    if (!type) return type.status();
    bool not_null = q.getColumn(3).getInt() != 0;
    bool has_default = !q.getColumn(4).isNull();
    int pk = q.getColumn(5).getInt();
    if (pk > 0) key.emplace_back(pk, column);
    // A key column may not be left out or null: ids are what rows refer to.
    bool nullable = !not_null && pk == 0;
    table.columns.push_back({column, *type, nullable, pk > 0 || (not_null && !has_default)});
  }
  if (table.columns.empty()) return Status::Internal(fmt::format("no table {}", name));
  std::sort(key.begin(), key.end());
  for (const auto& [position, column] : key) {
    table.order_by += (table.order_by.empty() ? "" : ", ") + column;
  }
  return table;
}

}  // namespace

std::span<const char* const> BackupTableNames() { return kTables; }

bool IsDerivedTable(std::string_view name) {
  return name == "person_stats" || name == "kith_state" || name.starts_with("person_fts");
}

Result<std::vector<BackupTable>> LoadBackupTables(Db& db) {
  return Guard("reading the schema", [&]() -> Result<std::vector<BackupTable>> {
    std::vector<BackupTable> out;
    for (const char* name : kTables) {
      auto table = LoadTable(db, name);
      if (!table) return table.status();
      out.push_back(std::move(*table));
    }
    return out;
  });
}

}  // namespace kith::store::detail
