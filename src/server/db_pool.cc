#include "server/db_pool.h"

namespace kith::server {

Lease::~Lease() {
  if (worker_) pool_->Release(std::move(worker_));
}

Result<Lease> DbPool::Acquire() {
  std::unique_ptr<Worker> worker;
  {
    std::lock_guard lock(mu_);
    if (!free_.empty()) {
      worker = std::move(free_.back());
      free_.pop_back();
    }
  }
  if (!worker) {
    auto db = store::Db::Open(path_);
    if (!db) return db.status();
    store::Db& ref = **db;
    worker.reset(
        new Worker{std::move(*db), app::Context{ref, 0, region_, config_}, {}, {}, {}, {}});
    worker->ctx.ties = &worker->ties;
    worker->ctx.people = &worker->people;
  }
  worker->ctx.now = clock_.Now();
  DataStamp stamp{DataVersion(*worker->db), generation(), worker->ctx.now / 60};
  // Another connection committed since this one last looked (or this one is
  // new, or cannot tell): no cached response can be trusted.
  if (stamp.data_version < 0 || stamp.data_version != worker->ties_stamp.data_version) {
    commits_.fetch_add(1, std::memory_order_relaxed);
  }
  worker->read_stamp = {stamp.generation, commits_.load(std::memory_order_relaxed)};
  if (stamp != worker->ties_stamp) {
    worker->ties.snapshot.reset();
    worker->people.snapshot.reset();
    worker->ties_stamp = stamp;
  }
  return Lease(*this, std::move(worker));
}

void DbPool::Release(std::unique_ptr<Worker> worker) {
  worker->db->ResetCached();  // no read transaction outlives its request
  std::lock_guard lock(mu_);
  free_.push_back(std::move(worker));
}

int64_t DataVersion(store::Db& db) {
  try {
    auto& q = db.Cached("PRAGMA data_version");
    return q.executeStep() ? q.getColumn(0).getInt64() : -1;
  } catch (const SQLite::Exception&) {
    return -1;  // Acquire then trusts no cached response
  }
}

}  // namespace kith::server
