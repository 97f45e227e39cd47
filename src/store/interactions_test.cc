#include "store/interactions.h"

#include <gtest/gtest.h>

#include "store/people.h"
#include "store/test_db.h"
#include "store/tie_stats.h"

namespace kith::store {
namespace {

class InteractionsTest : public StoreTest {
 protected:
  int64_t Person(const std::string& name) {
    core::Person p;
    p.name = name;
    return *InsertPerson(*db_, p, kNow);
  }
  core::Interaction Coffee(int64_t at, const std::string& key = "") {
    core::Interaction in;
    in.kind = core::InteractionKind::kCoffee;
    in.at = at;
    in.direction = core::Direction::kIn;
    in.summary = "talked about his race";
    in.source_key = key;
    return in;
  }
};

TEST_F(InteractionsTest, RecentNewestFirstWithParticipants) {
  int64_t ana = Person("Ana"), ben = Person("Ben");
  ASSERT_TRUE(AddInteraction(*db_, Coffee(kNow - 200), {ben}, kNow));
  ASSERT_TRUE(AddInteraction(*db_, Coffee(kNow - 100), {ana, ben}, kNow));
  auto recent = RecentInteractions(*db_, ben, 10);
  ASSERT_EQ(recent->size(), 2u);
  EXPECT_EQ((*recent)[0].at, kNow - 100);
  ASSERT_EQ((*recent)[0].participants.size(), 2u);
  EXPECT_EQ((*recent)[0].participants[0].name, "Ana");
  EXPECT_EQ((*recent)[1].direction, core::Direction::kIn);
  auto touches = TouchesOf(*db_, ben);
  ASSERT_EQ(touches->size(), 2u);
  EXPECT_EQ(touches->back().at, kNow - 100);
}

TEST_F(InteractionsTest, SameSourceKeyIsStoredOnce) {
  int64_t ben = Person("Ben");
  auto first = AddInteraction(*db_, Coffee(kNow, "msg-1"), {ben}, kNow);
  auto again = AddInteraction(*db_, Coffee(kNow, "msg-1"), {ben}, kNow);
  ASSERT_TRUE(first && again);
  EXPECT_TRUE(first->has_value());
  EXPECT_FALSE(again->has_value());
  EXPECT_EQ(Count("SELECT count(*) FROM interaction"), 1);
}

TEST_F(InteractionsTest, ManualInteractionsWithoutKeyAllRecorded) {
  int64_t ben = Person("Ben");
  ASSERT_TRUE(AddInteraction(*db_, Coffee(kNow), {ben}, kNow));
  ASSERT_TRUE(AddInteraction(*db_, Coffee(kNow), {ben}, kNow));
  EXPECT_EQ(TouchesOf(*db_, ben)->size(), 2u);
}

TEST_F(InteractionsTest, MovingAnInteractionMovesParticipantTimes) {
  int64_t ben = Person("Ben");
  auto id = AddInteraction(*db_, Coffee(kNow - 500), {ben}, kNow);
  db_->sql().exec("UPDATE interaction SET at = at + 100 WHERE id = " + std::to_string(**id));
  EXPECT_EQ(TouchesOf(*db_, ben)->back().at, kNow - 400);
}

TEST_F(InteractionsTest, TouchesCarryTheInteractionsKindAndDirection) {
  int64_t ben = Person("Ben");
  core::Interaction call = Coffee(kNow - 500);
  call.kind = core::InteractionKind::kCall;
  call.direction = core::Direction::kIn;
  auto id = AddInteraction(*db_, call, {ben}, kNow);
  ASSERT_TRUE(AddInteraction(*db_, Coffee(kNow - 100), {ben}, kNow));
  auto touches = TouchesOf(*db_, ben);
  ASSERT_TRUE(touches);
  ASSERT_EQ(touches->size(), 2u);
  EXPECT_EQ((*touches)[0].kind, core::InteractionKind::kCall);
  EXPECT_EQ((*touches)[0].direction, core::Direction::kIn);
  EXPECT_EQ((*touches)[1].kind, core::InteractionKind::kCoffee);
  // Editing the interaction edits the copy its participants hold.
  db_->sql().exec("UPDATE interaction SET kind = 'video', direction = 'out' WHERE id = " +
                  std::to_string(**id));
  touches = TouchesOf(*db_, ben);
  EXPECT_EQ((*touches)[0].kind, core::InteractionKind::kVideo);
  EXPECT_EQ((*touches)[0].direction, core::Direction::kOut);
}

TEST_F(InteractionsTest, NoInteractionsMeansNoTouches) {
  int64_t ben = Person("Ben");
  auto touches = TouchesOf(*db_, ben);
  ASSERT_TRUE(touches);
  EXPECT_TRUE(touches->empty());
}

}  // namespace
}  // namespace kith::store
