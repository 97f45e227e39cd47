#include "core/reason.h"

#include <gtest/gtest.h>

#include <limits>

#include "util/date.h"

namespace kith::core {
namespace {

constexpr int64_t kSecondsPerDay = 86400;

// Noon local time on 2026-11-22, so whole days back stay on the same clock
// time whatever the DST rules.
int64_t Now() { return LocalNoon({2026, 11, 22}); }
int64_t DaysBefore(int days) { return Now() - days * kSecondsPerDay; }

ReasonInput Last(InteractionKind kind, int days_ago) {
  ReasonInput in;
  in.now = Now();
  in.last_at = DaysBefore(days_ago);
  in.last_kind = kind;
  in.last_direction = Direction::kMutual;
  return in;
}

TEST(ReasonLineTest, OverdueWithWhoReachedOutLast) {
  ReasonInput in = Last(InteractionKind::kCoffee, 94);
  in.overdue_ratio = 94.0 / 41;
  in.last_direction = Direction::kIn;
  EXPECT_EQ(ReasonLine(in), "2.3x overdue · last: coffee 94 days ago · they reached out last");
}

TEST(ReasonLineTest, BirthdayInThreeDaysComesFirst) {
  ReasonInput in = Last(InteractionKind::kCall, 40);
  in.upcoming = ImportantDate{.kind = "birthday", .date = {0, 11, 25}};
  in.days_to_upcoming = 3;
  EXPECT_EQ(ReasonLine(in), "birthday in 3 days · last: call 40 days ago");
}

TEST(ReasonLineTest, DateTodayAndTomorrow) {
  ReasonInput in;
  in.now = Now();
  in.upcoming = ImportantDate{.kind = "anniversary", .date = {2015, 11, 22}};
  in.days_to_upcoming = 0;
  EXPECT_EQ(ReasonLine(in), "anniversary today");
  in.days_to_upcoming = 1;
  in.upcoming->kind = "";
  EXPECT_EQ(ReasonLine(in), "important date tomorrow");
  in.days_to_upcoming = -1;
  EXPECT_EQ(ReasonLine(in), "");
}

TEST(ReasonLineTest, DriftingByRhythm) {
  ReasonInput in = Last(InteractionKind::kMessage, 61);
  in.drifting_by_rhythm = true;
  in.usual_gap_days = 12;
  in.last_direction = Direction::kOut;
  EXPECT_EQ(
      ReasonLine(in),
      "quiet for 5.1x their usual 12 days · last: message 61 days ago · you reached out last");
}

TEST(ReasonLineTest, OverdueWinsOverRhythm) {
  ReasonInput in = Last(InteractionKind::kMessage, 61);
  in.overdue_ratio = 2.0;
  in.drifting_by_rhythm = true;
  in.usual_gap_days = 12;
  EXPECT_EQ(ReasonLine(in), "2.0x overdue · last: message 61 days ago");
}

TEST(ReasonLineTest, RhythmNeedsAUsualGap) {
  ReasonInput in = Last(InteractionKind::kCall, 30);
  in.drifting_by_rhythm = true;
  EXPECT_EQ(ReasonLine(in), "last: call 30 days ago");
  in.usual_gap_days = 0.6;
  EXPECT_EQ(ReasonLine(in), "quiet for 50.0x their usual 1 day · last: call 30 days ago");
}

TEST(ReasonLineTest, NotYetOverdueSaysNothingAboutIt) {
  ReasonInput in = Last(InteractionKind::kMeal, 20);
  in.overdue_ratio = 0.96;
  EXPECT_EQ(ReasonLine(in), "last: meal 20 days ago");
  in.overdue_ratio = 0.999;
  EXPECT_EQ(ReasonLine(in), "last: meal 20 days ago");
  in.overdue_ratio = 2.96;
  EXPECT_EQ(ReasonLine(in), "3.0x overdue · last: meal 20 days ago");
  in.overdue_ratio = std::numeric_limits<double>::infinity();
  EXPECT_EQ(ReasonLine(in), "last: meal 20 days ago");
}

TEST(ReasonLineTest, NeverInTouch) {
  ReasonInput in;
  in.now = Now();
  in.never = true;
  EXPECT_EQ(ReasonLine(in), "never in touch");
  in.upcoming = ImportantDate{.kind = "birthday", .date = {0, 11, 23}};
  in.days_to_upcoming = 1;
  in.overdue_ratio = 1.5;
  EXPECT_EQ(ReasonLine(in), "birthday tomorrow · never in touch · 1.5x overdue");
}

TEST(ReasonLineTest, TodayAndYesterdayByCalendarDay) {
  ReasonInput in = Last(InteractionKind::kCall, 0);
  EXPECT_EQ(ReasonLine(in), "last: call today");
  in.now = *ParseWhen("2026-11-22 00:10", 0);
  in.last_at = *ParseWhen("2026-11-21 23:30", 0);
  EXPECT_EQ(ReasonLine(in), "last: call yesterday");
  in.last_at = *ParseWhen("2026-11-21 00:30", 0);
  in.now = *ParseWhen("2026-11-21 23:50", 0);
  EXPECT_EQ(ReasonLine(in), "last: call today");
}

TEST(ReasonLineTest, FutureInteractionCountsAsToday) {
  ReasonInput in = Last(InteractionKind::kMeeting, -2);
  EXPECT_EQ(ReasonLine(in), "last: meeting today");
}

TEST(ReasonLineTest, KindWords) {
  EXPECT_EQ(ReasonLine(Last(InteractionKind::kVideo, 2)), "last: video call 2 days ago");
  EXPECT_EQ(ReasonLine(Last(InteractionKind::kOther, 5)), "last: 5 days ago");
  ReasonInput in = Last(InteractionKind::kEmail, 5);
  in.last_kind.reset();
  EXPECT_EQ(ReasonLine(in), "last: 5 days ago");
}

TEST(ReasonLineTest, YearsAgo) {
  EXPECT_EQ(ReasonLine(Last(InteractionKind::kCoffee, 364)), "last: coffee 364 days ago");
  EXPECT_EQ(ReasonLine(Last(InteractionKind::kCoffee, 365)), "last: coffee a year ago");
  EXPECT_EQ(ReasonLine(Last(InteractionKind::kCoffee, 400)), "last: coffee over a year ago");
  EXPECT_EQ(ReasonLine(Last(InteractionKind::kCoffee, 1000)), "last: coffee over 2 years ago");
}

TEST(ReasonLineTest, MutualSaysNobodyReachedOutLast) {
  ReasonInput in = Last(InteractionKind::kEvent, 9);
  EXPECT_EQ(ReasonLine(in), "last: event 9 days ago");
  in.last_direction = Direction::kIn;
  EXPECT_EQ(ReasonLine(in), "last: event 9 days ago · they reached out last");
}

TEST(ReasonLineTest, NothingToSay) {
  ReasonInput in;
  in.now = Now();
  EXPECT_EQ(ReasonLine(in), "");
}

}  // namespace
}  // namespace kith::core
