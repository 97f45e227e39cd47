// Whole rows as JSON objects ({"column": value}), for store code that must
// put rows back exactly as they were: the merge log (store/merge.h) records
// what a merge deleted and changed, and undoing it writes those rows again.
//
// Values are null, integers, reals (stored with enough digits to round-trip)
// or text; kith's schema has no blobs. Table and column names come from the
// schema, never from users. Internal to store/; callers handle exceptions
// (these throw SQLite::Exception like SQLiteCpp itself).
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace kith::store::detail {

using RowImage = nlohmann::json;

// The current row of `q` (after a successful executeStep), every column.
RowImage ReadRowImage(SQLite::Statement& q);

// Every remaining row of `q`.
std::vector<RowImage> ReadRowImages(SQLite::Statement& q);

// Binds a JSON scalar as parameter `index`.
void BindJson(SQLite::Statement& q, int index, const nlohmann::json& value);

// INSERT INTO table (columns of row) VALUES (its values).
void InsertRowImage(SQLite::Database& db, const std::string& table, const RowImage& row);

// UPDATE table SET (columns of set) WHERE (every column of where is equal);
// returns the number of rows changed.
int UpdateRowImage(SQLite::Database& db, const std::string& table, const RowImage& set,
                   const RowImage& where);

// DELETE FROM table WHERE (every column of where is equal); rows deleted.
int DeleteRowImage(SQLite::Database& db, const std::string& table, const RowImage& where);

}  // namespace kith::store::detail
