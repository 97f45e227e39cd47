#include "store/db.h"

#include <fmt/format.h>
#include <sqlite3.h>

#include "store/migrations.h"

namespace kith::store {

Db::Db(const std::string& path)
    : db_(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_NOMUTEX) {}

namespace {

// SQLite counts every allocation under a global mutex for sqlite3_status(),
// which kith never reads: off, before the first connection initializes it.
void ConfigureSqlite() {
  static const bool configured = [] {
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    return true;
  }();
  (void)configured;
}

}  // namespace

Result<std::unique_ptr<Db>> Db::OpenAtVersion(const std::string& path, int version) {
  ConfigureSqlite();
  return Guard(fmt::format("opening database {}", path), [&]() -> Result<std::unique_ptr<Db>> {
    std::unique_ptr<Db> db(new Db(path));
    db->db_.setBusyTimeout(5000);
    db->db_.exec("PRAGMA journal_mode = WAL");
    db->db_.exec("PRAGMA synchronous = NORMAL");
    db->db_.exec("PRAGMA foreign_keys = ON");
    // Statement journals (what a multi-row INSERT inside a transaction keeps
    // to undo itself) and temporary b-trees stay in memory: on disk, a 100k
    // message import wrote 747,000 pages to a deleted temp file.
    db->db_.exec("PRAGMA temp_store = MEMORY");
    KITH_RETURN_IF_ERROR(Migrate(*db, version));
    return db;
  });
}

Result<std::unique_ptr<Db>> Db::Open(const std::string& path) {
  return OpenAtVersion(path, LatestSchemaVersion());
}

SQLite::Statement& Db::Cached(const char* sql) {
  auto& slot = cache_[sql];
  if (!slot) {
    slot = std::make_unique<SQLite::Statement>(db_, sql);
  } else {
    slot->reset();
    slot->clearBindings();
  }
  return *slot;
}

void Db::ResetCached() {
  for (auto& [sql, statement] : cache_) statement->tryReset();  // an error was reported at its step
}

int64_t Db::ChangeCount() { return sqlite3_total_changes64(db_.getHandle()); }

int Db::SchemaVersion() { return db_.execAndGet("PRAGMA user_version").getInt(); }

Result<Transaction> Transaction::Begin(Db& db) {
  return Guard("starting a transaction", [&]() -> Result<Transaction> {
    db.sql().exec("BEGIN IMMEDIATE");
    return Transaction(&db);
  });
}

Transaction::~Transaction() {
  if (db_ == nullptr) return;
  try {
    db_->sql().exec("ROLLBACK");
  } catch (const SQLite::Exception&) {
    // Nothing more can be done in a destructor; SQLite rolls back on close.
  }
}

Status Transaction::Commit() {
  if (db_ == nullptr) return Status::Internal("commit of a finished transaction");
  return Guard("committing", [&]() -> Status {
    db_->sql().exec("COMMIT");
    db_ = nullptr;
    return Status::Ok();
  });
}

ReadSnapshot::ReadSnapshot(Db& db) : db_(nullptr) {
  if (sqlite3_get_autocommit(db.sql().getHandle()) == 0) return;  // inside a transaction
  try {
    db.sql().exec("BEGIN");
    db_ = &db;
  } catch (const SQLite::Exception&) {
    // Each read then takes its own snapshot, as without this object.
  }
}

ReadSnapshot::~ReadSnapshot() {
  if (db_ == nullptr) return;
  try {
    db_->sql().exec("COMMIT");  // nothing was written: only the read lock goes
  } catch (const SQLite::Exception&) {
    try {
      db_->sql().exec("ROLLBACK");  // never leave the connection on an old snapshot
    } catch (const SQLite::Exception&) {
      // Nothing more can be done in a destructor.
    }
  }
}

LargeCache::LargeCache(Db& db, int64_t mib) : db_(db) {
  try {
    saved_ = db_.sql().execAndGet("PRAGMA cache_size").getInt64();
    db_.sql().exec(fmt::format("PRAGMA cache_size = -{}", mib * 1024));  // KiB
  } catch (const SQLite::Exception&) {
    saved_.reset();  // the default cache: slower, nothing lost
  }
}

LargeCache::~LargeCache() {
  if (!saved_) return;
  try {
    db_.sql().exec("PRAGMA cache_size = " + std::to_string(*saved_));
  } catch (const SQLite::Exception&) {
    // The larger cache stays; nothing is lost.
  }
}

}  // namespace kith::store
