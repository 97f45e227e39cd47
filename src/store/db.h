// The database connection: opening, pragmas, migrations and transactions.
//
// A Db owns one SQLite connection to one kith database file. Opening it
// switches on WAL, foreign keys and a busy timeout, and migrates the schema to
// the latest version (store/migrations.h). Every other file in store/ takes a
// Db& and runs its SQL on it; nothing outside store/ sees SQL.
//
//   auto db = Db::Open("/home/me/.local/share/kith/kith.db");
//   if (!db) return db.status();
//   auto tx = Transaction::Begin(**db);
//   if (!tx) return tx.status();
//   KITH_RETURN_IF_ERROR(InsertNote(**db, id, "Moving to Lisbon", now));
//   return tx->Commit();
//
// A Db is not thread-safe: use one per thread.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>

#include "util/status.h"

namespace kith::store {

class Db {
 public:
  // Opens (creating if missing) and migrates to the latest schema version.
  static Result<std::unique_ptr<Db>> Open(const std::string& path);
  // Opens and migrates only up to `version`; for migration tests.
  static Result<std::unique_ptr<Db>> OpenAtVersion(const std::string& path, int version);

  SQLite::Database& sql() { return db_; }
  int SchemaVersion();
  // Rows inserted, updated or deleted through this connection since it
  // opened (triggers' included): a cache of what is stored can tell whether
  // anyone else wrote since it last looked.
  int64_t ChangeCount();

  // A prepared statement for `sql`, reset and unbound, kept for the life of
  // the connection: hot paths (imports write a few rows per record) skip
  // SQLite's parse and plan. `sql` must be a string literal (the cache keys on
  // its address), and a caller must finish with the statement before asking
  // for the same one again.
  SQLite::Statement& Cached(const char* sql);
  // Resets every cached statement (never throws). A statement left on a row keeps its read
  // transaction open, so a connection that lives on (the server's) calls
  // this between requests to see what other connections have committed.
  void ResetCached();

 private:
  explicit Db(const std::string& path);
  SQLite::Database db_;
  std::unordered_map<const char*, std::unique_ptr<SQLite::Statement>> cache_;
};

// A write transaction (BEGIN IMMEDIATE); rolled back on destruction unless
// committed. Not nestable. Movable, so it can travel in a Result.
class Transaction {
 public:
  static Result<Transaction> Begin(Db& db);
  ~Transaction();
  Transaction(Transaction&& other) noexcept : db_(other.db_) { other.db_ = nullptr; }
  Transaction& operator=(Transaction&&) = delete;
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  Status Commit();

 private:
  explicit Transaction(Db* db) : db_(db) {}
  Db* db_;  // null once committed, rolled back or moved from
};

// A read transaction around a group of reads, so that they see one state of
// the database (a write committed by another connection halfway through is
// not half seen) and take SQLite's read lock once rather than per statement.
// Opened with the object unless a transaction is already open (then it is
// that transaction's to end); ended on destruction. Cached statements must be
// reset before it ends, which every store function does.
class ReadSnapshot {
 public:
  explicit ReadSnapshot(Db& db);
  ~ReadSnapshot();
  ReadSnapshot(const ReadSnapshot&) = delete;
  ReadSnapshot& operator=(const ReadSnapshot&) = delete;

 private:
  Db* db_;  // null when an outer transaction owns the reads
};

// A larger page cache (up to 512 MiB, taken only as pages are read) for
// the life of the object, for writes of many rows: indexes are written all
// over, and the default 2 MiB cache rereads pages from disk for every row;
// a cache smaller than what one transaction dirties spills pages to the WAL
// and reads them back (a 100k-card import dirties ~70 MiB). The previous
// size comes back on destruction.
class LargeCache {
 public:
  static constexpr int64_t kDefaultMiB = 512;
  explicit LargeCache(Db& db, int64_t mib = kDefaultMiB);
  ~LargeCache();
  LargeCache(const LargeCache&) = delete;
  LargeCache& operator=(const LargeCache&) = delete;

 private:
  Db& db_;
  std::optional<int64_t> saved_;
};

// Runs `body` and turns a SQLite exception into Status::Io naming `what`.
// `body` returns Status or Result<T>.
template <typename F>
auto Guard(std::string_view what, F&& body) -> decltype(body()) {
  try {
    return body();
  } catch (const SQLite::Exception& e) {
    return Status::Io(std::string(what) + ": " + e.what());
  }
}

}  // namespace kith::store
