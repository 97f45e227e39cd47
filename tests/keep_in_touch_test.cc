// The keep-in-touch verbs end to end: today, done, snooze, circle, cadence,
// why, upcoming, config — with "now" fixed by KITH_NOW.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

#include "kith_test.h"

namespace kith::test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class KeepInTouchTest : public KithTest {
 protected:
  void SetUp() override {
    Ok({"add", "Ana Silva"});
    Ok({"meet", "Ben Okafor; dog Biscuit"});
    Ok({"add", "Carla Diaz"});
    Ok({"log", "ben", "coffee", "--date", "2026-08-20", "--they-initiated"});
    Ok({"log", "ana", "call", "--date", "2026-11-01"});
    Ok({"log", "carla", "message", "--date", "2026-10-01"});
    Ok({"circle", "ben", "close"});
    Ok({"circle", "ana", "close"});
  }
};

TEST_F(KeepInTouchTest, TodayExplainsAndDraftsAnOpener) {
  Output o = Ok({"today"});
  EXPECT_THAT(o.out, HasSubstr("1. Ben Okafor (#2) · close · strength"));
  EXPECT_THAT(o.out, HasSubstr("3.1x overdue · last: coffee 94 days ago · they reached out last"));
  EXPECT_THAT(o.out, Not(HasSubstr("Ana Silva")));  // 21 days into a 30-day cadence
}

TEST_F(KeepInTouchTest, OpenersComeFromWhatMattersAndChangeDaily) {
  auto opener = [&](const char* now) {
    Output o = kith_.RunRaw({"--db", kith_.db(), "today", "--json"},
                            {std::string("KITH_NOW=") + now, "TZ=UTC"});
    EXPECT_EQ(o.exit_code, 0) << o.err;
    auto at = o.out.find("\"opener\": \"");
    return o.out.substr(at, o.out.find('\n', at) - at);
  };
  std::string day1 = opener("2026-11-22T12:00:00Z");
  std::string day2 = opener("2026-11-23T12:00:00Z");
  EXPECT_NE(day1, day2);
  EXPECT_THAT(day1 + day2, HasSubstr("how's Biscuit?"));
  EXPECT_THAT(day1 + day2, HasSubstr("Hey Ben!"));
}

TEST_F(KeepInTouchTest, TodayJsonHasPersonReasonOpenerDue) {
  Output o = Ok({"today", "-n", "4", "--json"});
  EXPECT_THAT(o.out, HasSubstr("\"name\": \"Ben Okafor\""));
  EXPECT_THAT(o.out, HasSubstr("\"reason\": \"3.1x overdue"));
  EXPECT_THAT(o.out, HasSubstr("\"opener\": \""));
  EXPECT_THAT(o.out, HasSubstr("\"due\": \"2026-09-19\""));
}

TEST_F(KeepInTouchTest, DoneTakesThemOffTheQueue) {
  EXPECT_THAT(Ok({"done", "ben", "--note", "asked about the race"}).out,
              HasSubstr("Logged a message to Ben Okafor (#2)"));
  EXPECT_THAT(Ok({"today"}).out, Not(HasSubstr("Ben Okafor")));
  EXPECT_THAT(Ok({"show", "ben"}).out,
              HasSubstr("message, you reached out — asked about the race"));
}

TEST_F(KeepInTouchTest, SnoozeWaitsAndCanBeLifted) {
  Ok({"snooze", "ben", "14d"});
  EXPECT_THAT(Ok({"today"}).out, Not(HasSubstr("Ben Okafor")));
  Ok({"snooze", "ben", "off"});
  EXPECT_THAT(Ok({"today"}).out, HasSubstr("Ben Okafor"));
}

TEST_F(KeepInTouchTest, CadenceOverridesCircle) {
  Ok({"cadence", "ana", "14d"});
  EXPECT_THAT(Ok({"today"}).out, HasSubstr("Ana Silva"));
  Ok({"cadence", "ana", "auto"});
  EXPECT_THAT(Ok({"today"}).out, Not(HasSubstr("Ana Silva")));
}

TEST_F(KeepInTouchTest, WhyExplainsTheScore) {
  Output o = Ok({"why", "ben"});
  EXPECT_THAT(o.out, HasSubstr("Ben Okafor (#2): tie strength"));
  EXPECT_THAT(o.out, HasSubstr("1 interaction, 1 in the last year · they reached out 1"));
  EXPECT_THAT(o.out, HasSubstr("2026-08-20  coffee"));
  EXPECT_THAT(o.out, HasSubstr("drifting (3.1x overdue)"));
}

TEST_F(KeepInTouchTest, UpcomingShowsDatesAndWhoFallsDue) {
  Ok({"date", "carla", "birthday", "1991-12-01"});
  Output o = Ok({"upcoming", "--days", "30"});
  EXPECT_THAT(o.out, HasSubstr("2026-12-01  in 9 d"));
  EXPECT_THAT(o.out, HasSubstr("Carla Diaz (#3): birthday, turns 35"));
  EXPECT_THAT(o.out, HasSubstr("2026-12-01  in 9 d     Ana Silva (#1): close, every 30 days"));
}

TEST_F(KeepInTouchTest, ConfigChangesTheModelAndRecomputes) {
  std::string before = Ok({"why", "ben", "--json"}).out;
  Ok({"config", "kind_weight.coffee", "6"});
  EXPECT_THAT(Ok({"config", "kind_weight.coffee"}).out,
              HasSubstr("kind_weight.coffee = 6 (default 3)"));
  std::string after = Ok({"why", "ben", "--json"}).out;
  EXPECT_NE(before, after);
  EXPECT_THAT(Ok({"config", "--json"}).out, HasSubstr("\"value\": \"6\""));
  Ok({"config", "kind_weight.coffee", "--reset"});
  EXPECT_EQ(Ok({"why", "ben", "--json"}).out, before);
}

TEST_F(KeepInTouchTest, BadConfigFailsWithFileAndLine) {
  std::string path = (kith_.dir() / "config").string();
  { std::ofstream(path) << "half_life_days = 90\nhalf_life = 3\n"; }
  Output o = kith_.RunRaw({"--db", kith_.db(), "today"},
                          {"KITH_CONFIG=" + path, "KITH_NOW=2026-11-22T12:00:00Z", "TZ=UTC"});
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_THAT(o.err, HasSubstr(path + ":2: unknown setting 'half_life'"));
}

TEST_F(KeepInTouchTest, BadInputChangesNothing) {
  std::string before = kith_.Snapshot();
  EXPECT_EQ(kith_.Run({"snooze", "ben", "soon"}).exit_code, 2);
  EXPECT_EQ(kith_.Run({"circle", "ben", "bestie"}).exit_code, 2);
  EXPECT_EQ(kith_.Run({"cadence", "ben", "0d"}).exit_code, 2);
  EXPECT_EQ(kith_.Run({"done", "nobody"}).exit_code, 3);
  EXPECT_EQ(kith_.Run({"config", "queue_size", "lots"}).exit_code, 2);
  EXPECT_EQ(kith_.Snapshot(), before);
}

}  // namespace
}  // namespace kith::test
