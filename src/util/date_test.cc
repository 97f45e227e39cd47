#include "util/date.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>

namespace kith {
namespace {

class DateTest : public ::testing::Test {
 protected:
  void SetUp() override {
    setenv("TZ", "UTC", 1);
    tzset();
  }
};

TEST_F(DateTest, ParsesFullDates) {
  auto d = ParseDate("1990-04-12");
  ASSERT_TRUE(d);
  EXPECT_EQ(*d, (Date{1990, 4, 12}));
}

TEST_F(DateTest, ParsesDatesWithoutYear) {
  EXPECT_EQ(*ParseDate("--04-12"), (Date{0, 4, 12}));
  EXPECT_EQ(*ParseDate("02-29"), (Date{0, 2, 29}));
}

TEST_F(DateTest, RejectsImpossibleDates) {
  EXPECT_FALSE(ParseDate("2023-02-29"));
  EXPECT_TRUE(ParseDate("2024-02-29"));
  EXPECT_FALSE(ParseDate("1990-13-01"));
  EXPECT_FALSE(ParseDate("1990-4-12"));
  EXPECT_FALSE(ParseDate("yesterday"));
  EXPECT_EQ(ParseDate("1990-02-30").status().message(),
            "invalid date '1990-02-30': expected YYYY-MM-DD (or --MM-DD without a year)");
}

TEST_F(DateTest, FormatsBothForms) {
  EXPECT_EQ(FormatDate({1990, 4, 12}), "1990-04-12");
  EXPECT_EQ(FormatDate({0, 4, 12}), "--04-12");
}

TEST_F(DateTest, DateOnlyMeansLocalNoon) {
  EXPECT_EQ(*ParseWhen("2026-11-20", 0), 1795176000);  // 2026-11-20T12:00:00Z
}

TEST_F(DateTest, ParsesTimesAndUtc) {
  EXPECT_EQ(*ParseWhen("2026-11-20 09:30", 0), 1795176000 - 9000);
  EXPECT_EQ(*ParseWhen("2026-11-20T12:00:00Z", 0), 1795176000);
  EXPECT_FALSE(ParseWhen("2026-11-20 25:00", 0));
  EXPECT_FALSE(ParseWhen("2026-11-20T12:00:00+01", 0));
}

TEST_F(DateTest, ParsesRelativeDays) {
  const int64_t now = 1795176000;
  EXPECT_EQ(*ParseWhen("today", now), now);
  EXPECT_EQ(*ParseWhen("yesterday", now), now - 86400);
  EXPECT_EQ(*ParseWhen("3 days ago", now), now - 3 * 86400);
  EXPECT_EQ(*ParseWhen("2w ago", now), now - 14 * 86400);
}

TEST_F(DateTest, LocalDateFollowsTimeZone) {
  const int64_t just_after_midnight_utc = 1795132860;  // 2026-11-20T00:01:00Z
  EXPECT_EQ(LocalDate(just_after_midnight_utc), (Date{2026, 11, 20}));
  setenv("TZ", "America/New_York", 1);
  tzset();
  EXPECT_EQ(LocalDate(just_after_midnight_utc), (Date{2026, 11, 19}));
}

TEST_F(DateTest, ParsesDurations) {
  EXPECT_EQ(*ParseDays("21d"), 21);
  EXPECT_EQ(*ParseDays("3w"), 21);
  EXPECT_EQ(*ParseDays("2m"), 60);
  EXPECT_EQ(*ParseDays("1y"), 365);
  EXPECT_EQ(*ParseDays("10"), 10);
  EXPECT_FALSE(ParseDays("0d"));
  EXPECT_FALSE(ParseDays("-3d"));
  EXPECT_FALSE(ParseDays("soon"));
  EXPECT_FALSE(ParseDays("1000y"));
}

TEST_F(DateTest, NextOccurrenceWrapsTheYear) {
  EXPECT_EQ(NextOccurrence({1990, 4, 12}, {2026, 11, 22}), (Date{2027, 4, 12}));
  EXPECT_EQ(NextOccurrence({0, 11, 22}, {2026, 11, 22}), (Date{2026, 11, 22}));
  EXPECT_EQ(NextOccurrence({0, 12, 1}, {2026, 11, 22}), (Date{2026, 12, 1}));
}

TEST_F(DateTest, LeapDayBirthdaysFallOnFeb28InCommonYears) {
  EXPECT_EQ(NextOccurrence({2000, 2, 29}, {2026, 11, 22}), (Date{2027, 2, 28}));
  EXPECT_EQ(NextOccurrence({2000, 2, 29}, {2027, 3, 1}), (Date{2028, 2, 29}));
}

TEST_F(DateTest, DaysBetweenCountsCalendarDays) {
  EXPECT_EQ(DaysBetween({2026, 11, 22}, {2027, 4, 12}), 141);
  EXPECT_EQ(DaysBetween({2024, 3, 1}, {2024, 2, 28}), -2);
}

}  // namespace
}  // namespace kith
