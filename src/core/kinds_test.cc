#include "core/kinds.h"

#include <gtest/gtest.h>

namespace kith::core {
namespace {

TEST(KindsTest, NamesRoundTrip) {
  for (auto k : {FactKind::kPet, FactKind::kFamily, FactKind::kHobby, FactKind::kWork,
                 FactKind::kGoal, FactKind::kLike, FactKind::kOther}) {
    EXPECT_EQ(ParseFactKind(Name(k)), k);
  }
  for (auto k : {InteractionKind::kCoffee, InteractionKind::kCall, InteractionKind::kEmail,
                 InteractionKind::kHelp}) {
    EXPECT_EQ(ParseInteractionKind(Name(k)), k);
  }
  EXPECT_EQ(ParseDirection("in"), Direction::kIn);
}

TEST(KindsTest, UnknownNamesAreRejected) {
  EXPECT_FALSE(ParseFactKind("Pet"));
  EXPECT_FALSE(ParseInteractionKind("lunch"));
}

TEST(KindsTest, ListsForHelpText) {
  EXPECT_EQ(FactKindList(), "pet, family, hobby, work, goal, like, other");
}

TEST(KindsTest, DefaultDirection) {
  EXPECT_EQ(DefaultDirection(InteractionKind::kCoffee), Direction::kMutual);
  EXPECT_EQ(DefaultDirection(InteractionKind::kMessage), Direction::kOut);
}

}  // namespace
}  // namespace kith::core
