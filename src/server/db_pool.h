// Connections for request handlers. SQLite connections are not shared
// between threads, so each request leases one (opened on first need, kept
// for the life of the server). The pool also keeps the GET responses of all
// its workers (server/response_cache.h), valid while nothing has been
// written: no write through this server (a generation bumped by every
// state-changing request) and no commit seen from another connection (SQLite's
// `PRAGMA data_version`, which also sees the CLI writing the same file).
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "app/context.h"
#include "app/people_query.h"
#include "app/tie_snapshot.h"
#include "server/response_cache.h"
#include "store/db.h"
#include "util/clock.h"

namespace kith::server {

// What the worker's data looked like when its caches were filled.
struct DataStamp {
  int64_t data_version = -1;
  uint64_t generation = 0;
  int64_t minute = 0;
  friend bool operator==(const DataStamp&, const DataStamp&) = default;
};

struct Worker {
  std::unique_ptr<store::Db> db;
  app::Context ctx;
  app::TieCache ties;       // ctx.ties points here
  app::PeopleCache people;  // ctx.people points here
  DataStamp ties_stamp;     // the data both were read from
  CacheStamp read_stamp;    // the data this lease reads, for the response cache
};

class DbPool;

// A worker for one request; goes back to the pool when destroyed.
class Lease {
 public:
  Lease(DbPool& pool, std::unique_ptr<Worker> worker) : pool_(&pool), worker_(std::move(worker)) {}
  Lease(Lease&&) = default;
  Lease& operator=(Lease&&) = delete;
  ~Lease();
  Worker& operator*() { return *worker_; }
  Worker* operator->() { return worker_.get(); }

 private:
  DbPool* pool_;
  std::unique_ptr<Worker> worker_;
};

class DbPool {
 public:
  DbPool(std::string path, std::string region, core::ModelConfig config, const Clock& clock,
         size_t cache_bytes)
      : path_(std::move(path)),
        region_(std::move(region)),
        config_(config),
        clock_(clock),
        responses_(cache_bytes) {}

  // A worker whose context's `now` is the clock's now.
  Result<Lease> Acquire();
  // Called after every state-changing request: cached reads are stale.
  void NoteWrite() { generation_.fetch_add(1, std::memory_order_relaxed); }
  uint64_t generation() const { return generation_.load(std::memory_order_relaxed); }
  const Clock& clock() const { return clock_; }
  ResponseCache& responses() { return responses_; }

 private:
  friend class Lease;
  void Release(std::unique_ptr<Worker> worker);

  std::string path_;
  std::string region_;
  core::ModelConfig config_;
  const Clock& clock_;
  std::atomic<uint64_t> generation_{0};
  std::atomic<uint64_t> commits_{0};  // commits the workers saw from other connections
  ResponseCache responses_;
  std::mutex mu_;
  std::vector<std::unique_ptr<Worker>> free_;
};

// The connection's `PRAGMA data_version`.
int64_t DataVersion(store::Db& db);

}  // namespace kith::server
