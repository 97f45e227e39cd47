#include "server/response_cache.h"

namespace kith::server {
namespace {

// What a slot costs beyond its texts: the list and map nodes, the shared
// block and the strings' own fields.
constexpr size_t kSlotOverhead = 192;

// Whether `a` is a later state of the data than `b`.
bool Newer(const CacheStamp& a, const CacheStamp& b) {
  return a.generation > b.generation || a.commits > b.commits;
}

}  // namespace

std::shared_ptr<const CachedResponse> ResponseCache::Find(const std::string& key,
                                                          const CacheStamp& stamp, int64_t now) {
  std::lock_guard lock(mu_);
  if (stamp != stamp_) return nullptr;
  auto it = by_key_.find(key);
  if (it == by_key_.end()) return nullptr;
  Slots::iterator slot = it->second;
  if (slot->expires_at <= now) {
    Erase(slot);
    return nullptr;
  }
  slots_.splice(slots_.begin(), slots_, slot);
  return slot->response;
}

std::shared_ptr<const CachedResponse> ResponseCache::Put(std::string key, const CacheStamp& stamp,
                                                         int64_t expires_at,
                                                         CachedResponse response) {
  // A body written by appending has up to twice its size reserved; kept for
  // a minute, it costs what it holds and no more.
  response.body.shrink_to_fit();
  key.shrink_to_fit();
  size_t bytes =
      key.capacity() + response.etag.capacity() + response.body.capacity() + kSlotOverhead;
  auto shared = std::make_shared<const CachedResponse>(std::move(response));
  std::lock_guard lock(mu_);
  if (Newer(stamp, stamp_)) {
    Clear();
    stamp_ = stamp;
  }
  if (stamp != stamp_ || bytes > max_bytes_ / 8) return shared;  // read from older data, or huge
  if (auto old = by_key_.find(key); old != by_key_.end()) Erase(old->second);
  slots_.push_front({std::move(key), expires_at, bytes, shared});
  by_key_.emplace(slots_.front().key, slots_.begin());
  bytes_ += bytes;
  while (bytes_ > max_bytes_) Erase(std::prev(slots_.end()));
  return shared;
}

size_t ResponseCache::size() const {
  std::lock_guard lock(mu_);
  return slots_.size();
}

size_t ResponseCache::bytes() const {
  std::lock_guard lock(mu_);
  return bytes_;
}

void ResponseCache::Erase(Slots::iterator slot) {
  bytes_ -= slot->bytes;
  by_key_.erase(slot->key);
  slots_.erase(slot);
}

void ResponseCache::Clear() {
  by_key_.clear();
  slots_.clear();
  bytes_ = 0;
}

}  // namespace kith::server
