#include "server/response_cache.h"

#include <gtest/gtest.h>

namespace kith::server {
namespace {

constexpr CacheStamp kFirst{1, 1};
constexpr int64_t kNow = 1000;

CachedResponse Body(std::string body) { return {"\"etag\"", std::move(body)}; }

TEST(ResponseCacheTest, AnswersUnderTheSameStampUntilItExpires) {
  ResponseCache cache(1 << 20);
  cache.Put("/a", kFirst, kNow + 60, Body("A"));
  auto hit = cache.Find("/a", kFirst, kNow);
  ASSERT_NE(hit, nullptr);
  EXPECT_EQ(hit->body, "A");
  EXPECT_EQ(hit->etag, "\"etag\"");
  EXPECT_EQ(cache.Find("/b", kFirst, kNow), nullptr);
  EXPECT_EQ(cache.Find("/a", CacheStamp{2, 1}, kNow), nullptr);  // a write since
  EXPECT_EQ(cache.Find("/a", CacheStamp{1, 2}, kNow), nullptr);  // another connection's commit
  EXPECT_EQ(cache.Find("/a", kFirst, kNow + 60), nullptr);       // a minute on
  EXPECT_EQ(cache.size(), 0u);
}

TEST(ResponseCacheTest, ANewerStampEmptiesItAndAnOlderOneStoresNothing) {
  ResponseCache cache(1 << 20);
  cache.Put("/a", kFirst, kNow + 60, Body("A"));
  auto b = cache.Put("/b", CacheStamp{2, 1}, kNow + 60, Body("B"));
  EXPECT_EQ(b->body, "B");
  EXPECT_EQ(cache.size(), 1u);
  auto late = cache.Put("/a", kFirst, kNow + 60, Body("old A"));  // read before the write
  EXPECT_EQ(late->body, "old A");                                 // still answers its request
  EXPECT_EQ(cache.size(), 1u);
  EXPECT_EQ(cache.Find("/a", CacheStamp{2, 1}, kNow), nullptr);
}

TEST(ResponseCacheTest, TheLeastRecentlyUsedGoesFirstWhenFull) {
  std::string kb(1000, 'x');
  ResponseCache cache(8 * 1300);  // eight slots of a kilobyte and their overhead
  for (int i = 1; i <= 8; ++i) cache.Put("/" + std::to_string(i), kFirst, kNow + 60, Body(kb));
  EXPECT_EQ(cache.size(), 8u);
  ASSERT_NE(cache.Find("/1", kFirst, kNow), nullptr);  // now the most recent
  cache.Put("/9", kFirst, kNow + 60, Body(kb));
  EXPECT_EQ(cache.size(), 8u);
  EXPECT_EQ(cache.Find("/2", kFirst, kNow), nullptr);
  for (int i : {1, 3, 8, 9}) EXPECT_NE(cache.Find("/" + std::to_string(i), kFirst, kNow), nullptr);
  EXPECT_LE(cache.bytes(), 8u * 1300);
}

TEST(ResponseCacheTest, ReplacingAKeyKeepsOneSlotAndHugeResponsesAreNotKept) {
  ResponseCache cache(64 << 10);
  cache.Put("/a", kFirst, kNow + 60, Body("A"));
  cache.Put("/a", kFirst, kNow + 60, Body("A2"));
  EXPECT_EQ(cache.size(), 1u);
  EXPECT_EQ(cache.Find("/a", kFirst, kNow)->body, "A2");
  auto huge = cache.Put("/huge", kFirst, kNow + 60, Body(std::string(9 << 10, 'x')));
  EXPECT_EQ(huge->body.size(), 9u << 10);
  EXPECT_EQ(cache.Find("/huge", kFirst, kNow), nullptr);
  EXPECT_EQ(cache.size(), 1u);
}

// A body built by appending keeps spare room; the cache keeps and counts
// only what it holds.
TEST(ResponseCacheTest, ABodyIsKeptAtItsSize) {
  ResponseCache cache(64 << 20);
  CachedResponse response = Body("small");
  response.body.reserve(1 << 20);
  cache.Put("/a", kFirst, kNow + 60, std::move(response));
  EXPECT_LT(cache.bytes(), 1000u);
  EXPECT_EQ(cache.Find("/a", kFirst, kNow)->body, "small");
}

}  // namespace
}  // namespace kith::server
