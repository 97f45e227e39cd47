#include "store/search_deferral.h"

#include <gtest/gtest.h>

#include "store/people.h"
#include "store/search.h"
#include "store/test_db.h"

namespace kith::store {
namespace {

class DeferredSearchIndexTest : public StoreTest {
 protected:
  int64_t Add(const std::string& name) {
    core::Person p;
    p.name = name;
    return *InsertPerson(*db_, p, kNow);
  }
  int64_t Triggers() { return Count("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"); }
};

TEST_F(DeferredSearchIndexTest, PeopleAreIndexedAtTheEndAndTriggersComeBack) {
  int64_t triggers = Triggers();
  auto deferred = DeferredSearchIndex::Begin(*db_);
  ASSERT_TRUE(deferred.ok());
  int64_t id = Add("Zoë Brandt");
  EXPECT_EQ(SearchPeople(*db_, "zoe", 10)->size(), 0u);  // not yet indexed
  ASSERT_TRUE(deferred->Finish({id, id, 999}).ok());
  auto hits = SearchPeople(*db_, "zoe", 10);
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ((*hits)[0].id, id);
  EXPECT_EQ(Triggers(), triggers);
  Add("Ana Lima");  // the triggers index again
  EXPECT_EQ(SearchPeople(*db_, "ana", 10)->size(), 1u);
}

TEST_F(DeferredSearchIndexTest, RollbackRestoresTheTriggers) {
  int64_t triggers = Triggers();
  {
    auto tx = Transaction::Begin(*db_);
    ASSERT_TRUE(tx.ok());
    ASSERT_TRUE(DeferredSearchIndex::Begin(*db_).ok());
    EXPECT_LT(Triggers(), triggers);
  }
  EXPECT_EQ(Triggers(), triggers);
}

}  // namespace
}  // namespace kith::store
