#include "store/db.h"

#include <sqlite3.h>

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

class ReadSnapshotTest : public StoreTest {
 protected:
  int64_t Marks() { return Count("SELECT count(*) FROM kith_state WHERE key LIKE 'mark%'"); }
  bool InTransaction() { return sqlite3_get_autocommit(db_->sql().getHandle()) == 0; }
};

TEST_F(ReadSnapshotTest, ReadsSeeOneStateUntilItEnds) {
  auto other = Db::Open(dir_.File("kith.db"));
  ASSERT_TRUE(other);
  {
    ReadSnapshot snapshot(*db_);
    EXPECT_EQ(Marks(), 0);
    (*other)->sql().exec("INSERT INTO kith_state (key, value) VALUES ('mark1', '')");
    EXPECT_EQ(Marks(), 0);  // another connection's commit is not half seen
  }
  EXPECT_FALSE(InTransaction());
  EXPECT_EQ(Marks(), 1);
}

TEST_F(ReadSnapshotTest, InsideATransactionLeavesItToTheTransaction) {
  auto tx = Transaction::Begin(*db_);
  ASSERT_TRUE(tx);
  db_->sql().exec("INSERT INTO kith_state (key, value) VALUES ('mark1', '')");
  { ReadSnapshot snapshot(*db_); }
  EXPECT_TRUE(InTransaction());
  EXPECT_EQ(Marks(), 1);
  ASSERT_TRUE(tx->Commit().ok());
  EXPECT_FALSE(InTransaction());
}

TEST_F(ReadSnapshotTest, EndsEvenWithAStatementLeftOnARow) {
  db_->sql().exec("INSERT INTO kith_state (key, value) VALUES ('mark1', ''), ('mark2', '')");
  auto other = Db::Open(dir_.File("kith.db"));
  ASSERT_TRUE(other);
  {
    ReadSnapshot snapshot(*db_);
    auto& q = db_->Cached("SELECT key FROM kith_state WHERE key LIKE 'mark%'");
    ASSERT_TRUE(q.executeStep());  // not finished, not reset
  }
  EXPECT_FALSE(InTransaction());
  db_->ResetCached();
  (*other)->sql().exec("INSERT INTO kith_state (key, value) VALUES ('mark3', '')");
  EXPECT_EQ(Marks(), 3);
}

}  // namespace
}  // namespace kith::store
