#include "store/db.h"

#include "store/test_db.h"

namespace kith::store {
namespace {

class LargeCacheTest : public StoreTest {
 protected:
  int64_t CacheSize() { return Count("PRAGMA cache_size"); }
};

TEST_F(LargeCacheTest, HoldsTheSizeAskedForAndGivesTheOldOneBack) {
  int64_t before = CacheSize();
  {
    LargeCache cache(*db_, 32);
    EXPECT_EQ(CacheSize(), -32 * 1024);  // KiB
  }
  EXPECT_EQ(CacheSize(), before);
  {
    LargeCache cache(*db_);
    EXPECT_EQ(CacheSize(), -LargeCache::kDefaultMiB * 1024);
  }
  EXPECT_EQ(CacheSize(), before);
}

}  // namespace
}  // namespace kith::store
