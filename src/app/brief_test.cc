#include "app/brief.h"

#include <gtest/gtest.h>

#include "app/details.h"
#include "app/json.h"
#include "app/people.h"
#include "app/test_context.h"

namespace kith::app {
namespace {

class BriefTest : public AppTest {
 protected:
  void SetUp() override {
    AppTest::SetUp();
    core::Capture c;
    c.name = "Ben Okafor";
    c.company = "Acme";
    ben_ = *WritePerson(ctx(), *PreparePerson(ctx(), c));
    c.name = "Ana Silva";
    c.company = "";
    ana_ = *WritePerson(ctx(), *PreparePerson(ctx(), c));
  }
  int64_t ben_ = 0, ana_ = 0;
};

TEST_F(BriefTest, GathersEverything) {
  ASSERT_TRUE(AddFact(ctx(), "ben", "pet", "Biscuit, a beagle"));
  ASSERT_TRUE(AddNote(ctx(), "ben", "Moving to Lisbon in spring"));
  ASSERT_TRUE(AddNeedOffer(ctx(), "ben", core::Side::kNeed, "intro to a seed investor"));
  ASSERT_TRUE(SetDate(ctx(), "ben", "birthday", "1990-04-12"));
  ASSERT_TRUE(AddTags(ctx(), "ben", {"#runner"}));
  LogRequest log{"ben", {"ana"}, "coffee", "2026-11-19", core::Direction::kIn, "his race"};
  ASSERT_TRUE(LogInteraction(ctx(), log));
  auto b = LoadBrief(ctx(), "ben");
  ASSERT_TRUE(b) << b.status().message();
  EXPECT_EQ(b->facts.size(), 1u);
  EXPECT_EQ(b->notes.size(), 1u);
  EXPECT_EQ(b->needs_offers.size(), 1u);
  EXPECT_EQ(b->dates[0].date, (Date{1990, 4, 12}));
  EXPECT_EQ(b->tags, std::vector<std::string>{"runner"});
  ASSERT_EQ(b->recent.size(), 1u);
  EXPECT_EQ(b->recent[0].participants.size(), 2u);
  EXPECT_EQ(b->interaction_count, 1);
  auto json = ToJson(*b);
  EXPECT_EQ(json["facts"][0]["kind"], "pet");
  EXPECT_EQ(json["dates"][0]["date"], "1990-04-12");
  EXPECT_EQ(json["recent_interactions"][0]["direction"], "in");
}

TEST_F(BriefTest, LogRejectsFutureDatesAndUnknownKinds) {
  LogRequest log{"ben", {}, "coffee", "2099-01-01", std::nullopt, ""};
  EXPECT_EQ(LogInteraction(ctx(), log).status().message(),
            "date '2099-01-01' is in the future; kith records interactions that happened");
  log.when = "";
  log.kind = "lunch";
  EXPECT_NE(LogInteraction(ctx(), log).status().message().find("unknown interaction kind 'lunch'"),
            std::string::npos);
  EXPECT_EQ(Count("SELECT count(*) FROM interaction"), 0);
}

TEST_F(BriefTest, LogDefaultsDirectionByKind) {
  LogRequest log{"ben", {}, "message", "", std::nullopt, ""};
  EXPECT_EQ(LogInteraction(ctx(), log)->interaction.direction, core::Direction::kOut);
  log.kind = "coffee";
  EXPECT_EQ(LogInteraction(ctx(), log)->interaction.direction, core::Direction::kMutual);
}

TEST_F(BriefTest, BadFactKindNamesTheChoices) {
  EXPECT_EQ(AddFact(ctx(), "ben", "dog", "Biscuit").status().message(),
            "unknown fact kind 'dog': use one of pet, family, hobby, work, goal, like, other");
}

TEST_F(BriefTest, InvalidDateChangesNothing) {
  EXPECT_FALSE(SetDate(ctx(), "ben", "birthday", "1990-02-30"));
  EXPECT_EQ(Count("SELECT count(*) FROM important_date"), 0);
}

}  // namespace
}  // namespace kith::app
