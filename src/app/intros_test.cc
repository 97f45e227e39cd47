#include "app/intros.h"

#include <gtest/gtest.h>

#include "app/brief.h"
#include "app/people.h"
#include "app/test_context.h"
#include "store/knows.h"

namespace kith::app {
namespace {

using core::IntroState;

class IntrosTest : public AppTest {
 protected:
  void SetUp() override {
    AppTest::SetUp();
    for (const char* name : {"Ana Silva", "Ben Okafor"}) {
      core::Capture c;
      c.name = name;
      ASSERT_TRUE(WritePerson(ctx(), *PreparePerson(ctx(), c)));
    }
  }
  // Takes `steps` in turn on intro `id`; returns the last view.
  IntroView Steps(int64_t id, std::initializer_list<const char*> steps) {
    IntroView last;
    for (const char* step : steps) {
      auto r = StepIntro(ctx(), id, step, "");
      EXPECT_TRUE(r) << step << ": " << r.status().message();
      if (r) last = *r;
    }
    return last;
  }
};

TEST_F(IntrosTest, StartAsksTheFirstPerson) {
  auto started = StartIntro(ctx(), "ana", "ben", "both bake");
  ASSERT_TRUE(started) << started.status().message();
  EXPECT_EQ(started->intro.state, IntroState::kAskedFirst);
  EXPECT_EQ(started->intro.a.name, "Ana Silva");
  EXPECT_EQ(started->steps, "accepted or declined");
  EXPECT_EQ(started->draft,
            "Hi Ana, I'd like to introduce you to Ben Okafor (both bake). Would that be welcome?");
}

TEST_F(IntrosTest, IntroducedLogsAMessageAndATie) {
  int64_t id = StartIntro(ctx(), "ana", "ben", "")->intro.id;
  IntroView v = Steps(id, {"accepted", "accepted", "introduced"});
  EXPECT_EQ(v.intro.state, IntroState::kIntroduced);
  auto tie = store::GetKnows(*db_, 1, 2);
  ASSERT_TRUE(tie && *tie);
  EXPECT_EQ((*tie)->source, "intro");
  auto brief = LoadBrief(ctx(), "ben");
  ASSERT_EQ(brief->recent.size(), 1u);
  EXPECT_EQ(brief->recent[0].summary, "Introduced Ana Silva and Ben Okafor");
  EXPECT_EQ(brief->recent[0].direction, core::Direction::kOut);
  ASSERT_EQ(brief->intros.size(), 1u);
  EXPECT_EQ(brief->intros[0].other.name, "Ana Silva");
  EXPECT_EQ(brief->intros[0].state, "introduced");
  auto closed = StepIntro(ctx(), id, "outcome", "  they met for coffee ");
  ASSERT_TRUE(closed) << closed.status().message();
  EXPECT_EQ(closed->intro.outcome, "they met for coffee");
  EXPECT_EQ(closed->next, "");
}

TEST_F(IntrosTest, AFailedStepChangesNothing) {
  int64_t id = StartIntro(ctx(), "ana", "ben", "")->intro.id;
  auto r = StepIntro(ctx(), id, "outcome", "too soon");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.status().message(),
            "intro #1: it is asked_first, and 'outcome' needs introduced; next: accepted or "
            "declined");
  EXPECT_EQ(StepIntro(ctx(), id, "outcome", "").status().code(), Code::kInvalid);
  EXPECT_EQ(StepIntro(ctx(), id + 1, "accepted", "").status().code(), Code::kNotFound);
  EXPECT_EQ(ListOpenIntros(ctx())->at(0).intro.state, IntroState::kAskedFirst);
}

TEST_F(IntrosTest, OnePairOneOpenIntro) {
  ASSERT_TRUE(StartIntro(ctx(), "ana", "ben", ""));
  EXPECT_EQ(StartIntro(ctx(), "ben", "ana", "").status().code(), Code::kConflict);
  EXPECT_EQ(StartIntro(ctx(), "ana", "ana", "").status().code(), Code::kInvalid);
  EXPECT_EQ(ListOpenIntros(ctx())->size(), 1u);
}

}  // namespace
}  // namespace kith::app
