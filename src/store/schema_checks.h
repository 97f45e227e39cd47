// Version 7: CHECK constraints that list three or more names, written as
// comparisons joined by OR.
//
// SQLite compiles `kind IN ('a', 'b', 'c')` into a temporary b-tree that it
// opens, fills and closes for every row a statement writes; for `kind = 'a' OR
// kind = 'b' OR kind = 'c'` it compares in place. The two accept the same rows
// (NULL included), and the temporary b-tree was about 3 µs of every contact
// point, person and interaction written (docs/benchmarks.md).
//
// The rewrite edits the table definitions in sqlite_schema in place, SQLite's
// documented procedure for constraint changes that the stored rows already
// satisfy: no table is copied. Internal to store/.
#pragma once

#include <SQLiteCpp/Database.h>

#include <string>
#include <string_view>

namespace kith::store::detail {

// `table_sql` with every `column IN ('x', 'y', 'z', ...)` of three or more
// quoted names written as `(column = 'x' OR column = 'y' OR ...)`; everything
// else, two-name lists included, unchanged.
std::string InListsAsComparisons(std::string_view sql);

// Rewrites every table's definition with InListsAsComparisons; runs inside
// the migration's transaction.
void RewriteInListChecksV7(SQLite::Database& db);

}  // namespace kith::store::detail
