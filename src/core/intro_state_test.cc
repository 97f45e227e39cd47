#include "core/intro_state.h"

#include <gtest/gtest.h>

namespace kith::core {
namespace {

const IntroPair kPair{"Ana Silva", "Ben Okafor", "both build sensor networks"};

TEST(IntroStateTest, NamesRoundTrip) {
  for (auto s :
       {IntroState::kSuggested, IntroState::kAskedFirst, IntroState::kAskedSecond,
        IntroState::kAgreed, IntroState::kIntroduced, IntroState::kDeclined, IntroState::kClosed}) {
    EXPECT_EQ(ParseIntroState(Name(s)), s);
  }
  for (auto s :
       {IntroStep::kAccepted, IntroStep::kDeclined, IntroStep::kIntroduced, IntroStep::kOutcome}) {
    EXPECT_EQ(ParseIntroStep(Name(s)), s);
  }
  EXPECT_EQ(Name(IntroState::kAskedFirst), "asked_first");
  EXPECT_FALSE(ParseIntroStep("Accepted"));
  EXPECT_FALSE(ParseIntroState("open"));
}

TEST(IntroStateTest, TheHappyPathEndsClosed) {
  IntroState s = IntroState::kSuggested;
  for (auto [step, want] : {std::pair{IntroStep::kAccepted, IntroState::kAskedFirst},
                            std::pair{IntroStep::kAccepted, IntroState::kAskedSecond},
                            std::pair{IntroStep::kAccepted, IntroState::kAgreed},
                            std::pair{IntroStep::kIntroduced, IntroState::kIntroduced},
                            std::pair{IntroStep::kOutcome, IntroState::kClosed}}) {
    auto next = NextIntroState(s, step);
    ASSERT_TRUE(next) << Name(s) << " " << Name(step) << ": " << next.status().message();
    EXPECT_EQ(*next, want);
    s = *next;
  }
  EXPECT_FALSE(IsOpen(s));
}

TEST(IntroStateTest, EitherPersonCanDecline) {
  EXPECT_EQ(*NextIntroState(IntroState::kAskedFirst, IntroStep::kDeclined), IntroState::kDeclined);
  EXPECT_EQ(*NextIntroState(IntroState::kAskedSecond, IntroStep::kDeclined), IntroState::kDeclined);
  EXPECT_FALSE(NextIntroState(IntroState::kAgreed, IntroStep::kDeclined));
  EXPECT_FALSE(IsOpen(IntroState::kDeclined));
  EXPECT_TRUE(IsOpen(IntroState::kIntroduced));
}

TEST(IntroStateTest, BadStepsNameTheStateAndWhatIsAllowed) {
  auto r = NextIntroState(IntroState::kAskedSecond, IntroStep::kIntroduced);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.status().code(), Code::kInvalid);
  EXPECT_EQ(r.status().message(),
            "it is asked_second, and 'introduced' needs agreed; next: accepted or declined");
  EXPECT_EQ(NextIntroState(IntroState::kAgreed, IntroStep::kOutcome).status().message(),
            "it is agreed, and 'outcome' needs introduced; next: introduced");
  EXPECT_EQ(NextIntroState(IntroState::kIntroduced, IntroStep::kDeclined).status().message(),
            "it is introduced, and 'declined' needs asked_first or asked_second; next: outcome");
  EXPECT_EQ(NextIntroState(IntroState::kClosed, IntroStep::kAccepted).status().message(),
            "it is closed, which is final: no more steps");
}

TEST(IntroStateTest, AllowedSteps) {
  EXPECT_EQ(AllowedStepList(IntroState::kAskedFirst), "accepted or declined");
  EXPECT_EQ(AllowedStepList(IntroState::kAgreed), "introduced");
  EXPECT_EQ(AllowedStepList(IntroState::kDeclined), "");
  EXPECT_TRUE(AllowedSteps(IntroState::kClosed).empty());
}

TEST(IntroStateTest, AskTheFirstPerson) {
  EXPECT_EQ(DraftFor(IntroState::kAskedFirst, kPair),
            "Hi Ana, I'd like to introduce you to Ben Okafor (both build sensor networks). "
            "Would that be welcome?");
  EXPECT_EQ(DraftFor(IntroState::kAskedFirst, {"Ana Silva", "Ben Okafor", ""}),
            "Hi Ana, I'd like to introduce you to Ben Okafor. Would that be welcome?");
  EXPECT_EQ(NextAction(IntroState::kAskedFirst, kPair), "ask Ana Silva whether they'd welcome it");
}

TEST(IntroStateTest, AskTheSecondPersonOnceTheFirstAgrees) {
  EXPECT_EQ(DraftFor(IntroState::kAskedSecond, kPair),
            "Hi Ben, I'd like to introduce you to Ana Silva (both build sensor networks); Ana "
            "would be glad to meet you. Would that be welcome?");
  EXPECT_EQ(NextAction(IntroState::kAskedSecond, kPair),
            "ask Ben Okafor whether they'd welcome it");
}

TEST(IntroStateTest, TheIntroductionGoesToBoth) {
  EXPECT_EQ(DraftFor(IntroState::kAgreed, kPair),
            "Subject: Ana Silva <> Ben Okafor\n\n"
            "Hi Ana and Ben,\n\n"
            "As promised, I'm introducing you to each other. I think you should talk: both "
            "build sensor networks.\n\n"
            "Ana, meet Ben Okafor. Ben, meet Ana Silva.\n\n"
            "I'll let you two take it from here.");
}

TEST(IntroStateTest, AfterwardsAskHowItWent) {
  EXPECT_EQ(DraftFor(IntroState::kIntroduced, kPair),
            "Hi Ana, did you and Ben get to talk? I'd love to hear how it went.");
  EXPECT_EQ(NextAction(IntroState::kIntroduced, kPair), "ask Ana Silva how it went");
  EXPECT_EQ(DraftFor(IntroState::kClosed, kPair), "");
  EXPECT_EQ(NextAction(IntroState::kDeclined, kPair), "");
}

TEST(IntroStateTest, OneWordNamesAreGreetedWhole) {
  EXPECT_EQ(DraftFor(IntroState::kIntroduced, {"Cher", "Prince", ""}),
            "Hi Cher, did you and Prince get to talk? I'd love to hear how it went.");
}

}  // namespace
}  // namespace kith::core
