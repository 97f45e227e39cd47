// kith's complete, lossless backup: every row of every user-data table as one
// JSON document, and back.
//
//   std::ofstream out("kith-backup.json");
//   KITH_RETURN_IF_ERROR(WriteBackup(db, now, out));
//
//   auto tx = Transaction::Begin(fresh_db);
//   auto restored = RestoreBackup(fresh_db, text, "kith-backup.json");
//   if (!restored) return restored.status();  // tx rolls everything back
//   ...recompute person_stats (app::RecomputeAllStats)...
//   return tx->Commit();
//
// The document (docs/formats.md, "JSON backup"):
//
//   {
//     "kith_backup": 1,
//     "schema_version": 4,
//     "exported_at": "2026-11-22T12:00:00Z",
//     "tables": {
//       "event": [
//         {"id":1,"name":"Venture Cafe",...}
//       ],
//       "person": [...],
//       ...
//     }
//   }
//
// One object per row, keyed by column name, values typed as stored: integer,
// real, text or null; rows in primary-key order, tables in dependency order,
// one row per line. The same database always writes the same bytes (apart
// from exported_at, which comes from the caller's clock).
//
// Derived tables are not written: the search index (person_fts) is rebuilt
// by the restore; person_stats and kith_state are the app's to recompute.
//
// Versions: a backup's schema_version must not be newer than this kith's.
// An older one is accepted when its tables and columns are a subset of
// today's: a table it lacks stays empty, a column it lacks takes the schema's
// default. (SQLite cannot add a NOT NULL column without a default, so every
// column a migration adds qualifies.) A renamed or dropped column would need
// a conversion here; there is none yet.
//
// Restoring streams (a SAX parse: one row in memory at a time), runs inside
// the caller's transaction, and only into a database with no user data.
// Every problem is an Invalid status naming the place: a JSON pointer into
// the document ("backup.json: /tables/person/12/name: expected a string"), or
// line and column for JSON syntax ("backup.json:3:14: ..."). A Db is not
// thread-safe; neither are these.
#pragma once

#include <cstdint>
#include <ostream>
#include <string_view>

#include "store/db.h"

namespace kith::store {

// The envelope's own version ("kith_backup"): bumped only if the shape of
// the document changes, not when the schema does.
inline constexpr int kBackupFormat = 1;

// Writes the backup of `db` to `out`, reading one consistent snapshot.
// Io when the stream fails.
Status WriteBackup(Db& db, int64_t exported_at, std::ostream& out);

struct RestoreCounts {
  int64_t people = 0;
  int64_t contact_points = 0;
  int64_t rows = 0;  // in every table
};

// Restores the backup `text` (read from `source`, for messages) into `db`,
// which must hold no user data (Conflict otherwise). Call inside a
// Transaction; on error, roll it back.
Result<RestoreCounts> RestoreBackup(Db& db, std::string_view text, std::string_view source);

}  // namespace kith::store
