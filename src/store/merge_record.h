// The `record` of a merge_log row: what undoing one merge needs, as JSON.
//
//   {"version": 1,
//    "kept":    {every column of KEEP's person row before the merge},
//    "other":   {every column of OTHER's person row},
//    "deleted": [{"table": "fact", "row": {every column}}, ...],
//    "restore": [{"table": "fact", "set": {"person_id": OTHER},
//                 "where": {"person_id": KEEP, "id": 12}}, ...]}
//
// Undoing recreates OTHER, inserts every deleted row in order, then applies
// the restores last to first (each an UPDATE of the row the merge moved or
// changed, found by `where`, back to `set`). Internal to store/.
#pragma once

#include <SQLiteCpp/Database.h>

#include <optional>
#include <string>
#include <vector>

#include "store/row_image.h"

namespace kith::store::detail {

struct DeletedRow {
  std::string table;
  RowImage row;
};

struct RestoreRow {
  std::string table;
  RowImage set;
  RowImage where;
};

struct MergeRecord {
  RowImage kept;
  RowImage other;
  std::vector<DeletedRow> deleted;
  std::vector<RestoreRow> restores;

  void Restore(std::string table, RowImage set, RowImage where) {
    restores.push_back({std::move(table), std::move(set), std::move(where)});
  }
  nlohmann::json ToJson() const;
  // Null when `json` is not a record this kith wrote.
  static std::optional<MergeRecord> FromJson(const nlohmann::json& json);
};

// Rebuilds a person's search row (the triggers on fact, note, ... follow the
// row's new owner only, so the one a row left needs this).
void ReindexPerson(SQLite::Database& db, int64_t person_id);

}  // namespace kith::store::detail
