#include "store/intros.h"

#include <gtest/gtest.h>

#include "store/knows.h"
#include "store/people.h"
#include "store/test_db.h"

namespace kith::store {
namespace {

using core::IntroState;

class IntrosTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    ana_ = Person("Ana Silva");
    ben_ = Person("Ben Okafor");
    cy_ = Person("Cy Park");
  }
  int64_t Person(const std::string& name) {
    core::Person p;
    p.name = name;
    return *InsertPerson(*db_, p, kNow);
  }
  int64_t ana_ = 0, ben_ = 0, cy_ = 0;
};

TEST_F(IntrosTest, InsertThenGetWithNames) {
  auto id = InsertIntro(*db_, ana_, ben_, "both build sensors", IntroState::kAskedFirst, kNow);
  ASSERT_TRUE(id) << id.status().message();
  auto got = GetIntro(*db_, *id);
  ASSERT_TRUE(got && *got);
  EXPECT_EQ((*got)->a.name, "Ana Silva");
  EXPECT_EQ((*got)->b.id, ben_);
  EXPECT_EQ((*got)->reason, "both build sensors");
  EXPECT_EQ((*got)->state, IntroState::kAskedFirst);
  EXPECT_EQ((*got)->created_at, kNow);
  EXPECT_FALSE(GetIntro(*db_, *id + 1)->has_value());
}

TEST_F(IntrosTest, UpdateSetsStateAndOutcome) {
  int64_t id = *InsertIntro(*db_, ana_, ben_, "", IntroState::kIntroduced, kNow);
  ASSERT_TRUE(*UpdateIntro(*db_, id, IntroState::kClosed, "they hired her", kNow + 60));
  auto got = **GetIntro(*db_, id);
  EXPECT_EQ(got.state, IntroState::kClosed);
  EXPECT_EQ(got.outcome, "they hired her");
  EXPECT_EQ(got.updated_at, kNow + 60);
  EXPECT_FALSE(*UpdateIntro(*db_, id + 1, IntroState::kClosed, "", kNow));
}

TEST_F(IntrosTest, OpenLeavesOutDeclinedAndClosed) {
  int64_t open = *InsertIntro(*db_, ana_, ben_, "", IntroState::kAgreed, kNow);
  ASSERT_TRUE(InsertIntro(*db_, ana_, cy_, "", IntroState::kDeclined, kNow + 1));
  int64_t newest = *InsertIntro(*db_, cy_, ben_, "", IntroState::kAskedSecond, kNow + 2);
  ASSERT_TRUE(InsertIntro(*db_, ben_, ana_, "", IntroState::kClosed, kNow + 3));
  auto all = ListIntros(*db_, {});
  EXPECT_EQ(all->size(), 4u);
  auto listed = ListIntros(*db_, {.open_only = true});
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ((*listed)[0].id, newest);
  EXPECT_EQ((*listed)[1].id, open);
  auto cys = ListIntros(*db_, {.open_only = false, .person_id = cy_});
  ASSERT_EQ(cys->size(), 2u);
  EXPECT_EQ((*cys)[0].id, newest);
}

TEST_F(IntrosTest, IntroducedBeforeInEitherOrderAndAnyState) {
  EXPECT_FALSE(*IntroducedBefore(*db_, ana_, ben_));
  ASSERT_TRUE(InsertIntro(*db_, ben_, ana_, "", IntroState::kDeclined, kNow));
  EXPECT_TRUE(*IntroducedBefore(*db_, ana_, ben_));
  EXPECT_TRUE(*IntroducedBefore(*db_, ben_, ana_));
  EXPECT_FALSE(*IntroducedBefore(*db_, ana_, cy_));
  EXPECT_FALSE(*OpenIntroBetween(*db_, ana_, ben_));
  int64_t id = *InsertIntro(*db_, ana_, ben_, "", IntroState::kAskedFirst, kNow);
  EXPECT_EQ(*OpenIntroBetween(*db_, ben_, ana_), id);
}

TEST_F(IntrosTest, IntroKnowsAddsOrUpgradesButKeepsStated) {
  EXPECT_TRUE(*IntroKnows(*db_, ben_, ana_, kNow));
  EXPECT_EQ((*GetKnows(*db_, ana_, ben_))->source, "intro");
  EXPECT_FALSE(*IntroKnows(*db_, ana_, ben_, kNow));
  db_->sql().exec("INSERT INTO knows (a, b, source, count, created_at, updated_at) VALUES (" +
                  std::to_string(ana_) + ", " + std::to_string(cy_) + ", 'inferred', 3, 1, 1)");
  EXPECT_FALSE(*IntroKnows(*db_, ana_, cy_, kNow));
  auto upgraded = **GetKnows(*db_, ana_, cy_);
  EXPECT_EQ(upgraded.source, "intro");
  EXPECT_EQ(upgraded.count, 3);
  ASSERT_TRUE(StateKnows(*db_, ben_, cy_, "co-founders", std::nullopt, kNow));
  EXPECT_FALSE(*IntroKnows(*db_, ben_, cy_, kNow));
  auto stated = **GetKnows(*db_, ben_, cy_);
  EXPECT_EQ(stated.source, "stated");
  EXPECT_EQ(stated.how, "co-founders");
}

}  // namespace
}  // namespace kith::store
