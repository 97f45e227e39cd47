// Which tables a JSON backup holds and what their columns are; internal to
// store/ (backup_write.cc and backup_restore.cc share it).
//
// The list of tables is written down here, in restore order (a table after
// those it refers to); their columns are read from the schema itself
// (PRAGMA table_info), so a column a migration adds is backed up without
// anyone remembering to. A table that is neither backed up nor listed as
// derived fails store/backup_test.cc, so a new table forces a decision.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "store/db.h"

namespace kith::store::detail {

// The type every value of a STRICT column has.
enum class ColumnType { kInteger, kReal, kText };

struct BackupColumn {
  std::string name;
  ColumnType type = ColumnType::kText;
  bool nullable = false;  // JSON null allowed
  bool required = false;  // must be in every row: no default to fall back on
};

struct BackupTable {
  std::string name;
  std::vector<BackupColumn> columns;  // in the schema's order
  std::string order_by;               // the primary key's columns, comma separated
  // Copies of another table's values (interaction_participant's kind and
  // direction): never in a backup, filled in after a restore.
  std::vector<std::string> derived_columns;
};

// User data, in dependency order.
std::span<const char* const> BackupTableNames();

// Tables kith derives from the others (or keeps for itself) and rebuilds
// after a restore: person_fts (with its shadow tables), person_stats,
// kith_state.
bool IsDerivedTable(std::string_view name);

// Every backed-up table with its columns, as the connected schema has them.
Result<std::vector<BackupTable>> LoadBackupTables(Db& db);

}  // namespace kith::store::detail
