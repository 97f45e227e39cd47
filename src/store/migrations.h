// Versioned schema migrations, tracked in PRAGMA user_version.
//
// Migration N takes a database at version N-1 to version N inside one
// transaction. Migrations are append-only: a released migration is never
// edited, a change to the schema is a new migration. docs/schema.md describes
// the result.
#pragma once

#include "util/status.h"

namespace kith::store {

class Db;

int LatestSchemaVersion();

// Applies every migration above the database's version up to `target`.
// Fails with kConflict when the database is newer than this kith.
Status Migrate(Db& db, int target);

}  // namespace kith::store
