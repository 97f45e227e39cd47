// What a restore checks before and after streaming the rows in, and the
// derived state it rebuilds; internal to store/ (backup_restore.cc).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "store/backup_tables.h"
#include "store/db.h"

namespace kith::store::detail {

// "source:LINE:COLUMN: what" for the parser's error `what` at byte
// `position` (nlohmann counts the offending byte as read: 1-based).
Status SyntaxError(std::string_view source, std::string_view text, size_t position,
                   std::string_view what);

// Conflict unless every backed-up table is empty.
Status CheckEmpty(Db& db, const std::vector<BackupTable>& tables, std::string_view source);

// Invalid when a row refers to one the backup lacks (foreign keys were
// deferred), or a participant's time differs from its interaction's; then
// fills in the columns a backup leaves out (BackupTable::derived_columns).
Status CheckRestored(Db& db, const std::vector<BackupTable>& tables, std::string_view source);

// Indexes every person for search again.
Status RebuildSearchIndex(Db& db);

}  // namespace kith::store::detail
