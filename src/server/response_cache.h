// GET responses kept for every request handler of one database, until the
// data changes.
//
// One cache per database (server/db_pool.h), bounded in bytes, the least
// recently used response out first. Each response is stored under the stamp
// of the data it was read from; a request is answered from the cache only
// under the same stamp, and for at most a minute after the response was made
// (what "today" and tie strength say moves with the clock). A newer stamp
// empties the cache.
#pragma once

#include <cstddef>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace kith::server {

// Which state of the data a response was read from. Both counts only grow:
// `generation` with every write through this server, `commits` with every
// commit a request handler's connection sees from another connection (the
// CLI, an import job, another handler).
struct CacheStamp {
  uint64_t generation = 0;
  uint64_t commits = 0;
  friend bool operator==(const CacheStamp&, const CacheStamp&) = default;
};

struct CachedResponse {
  std::string etag;
  std::string body;
};

class ResponseCache {
 public:
  explicit ResponseCache(size_t max_bytes) : max_bytes_(max_bytes) {}
  ResponseCache(const ResponseCache&) = delete;
  ResponseCache& operator=(const ResponseCache&) = delete;

  // The response stored for `key` under `stamp` and not expired at `now`.
  std::shared_ptr<const CachedResponse> Find(const std::string& key, const CacheStamp& stamp,
                                             int64_t now);
  // Stores a response (unless it is larger than an eighth of the cache, or
  // `stamp` is older than the newest seen) and returns it.
  std::shared_ptr<const CachedResponse> Put(std::string key, const CacheStamp& stamp,
                                            int64_t expires_at, CachedResponse response);

  size_t size() const;
  size_t bytes() const;

 private:
  struct Slot {
    std::string key;
    int64_t expires_at = 0;
    size_t bytes = 0;
    std::shared_ptr<const CachedResponse> response;
  };
  using Slots = std::list<Slot>;  // most recently used first

  void Erase(Slots::iterator slot);
  void Clear();

  const size_t max_bytes_;
  mutable std::mutex mu_;
  CacheStamp stamp_;  // the newest seen; every slot was stored under it
  Slots slots_;
  std::unordered_map<std::string_view, Slots::iterator> by_key_;  // views of slot keys
  size_t bytes_ = 0;
};

}  // namespace kith::server
