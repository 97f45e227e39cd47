#include "core/reconnect_queue.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>

namespace kith::core {
namespace {

constexpr int64_t kNow = 1795176000;  // Friday 2026-11-20T12:00:00Z
constexpr int64_t kDay = 86400;

class QueueTest : public ::testing::Test {
 protected:
  void SetUp() override {
    setenv("TZ", "UTC", 1);
    tzset();
  }
  // A person last seen `days_ago` (coffee, mutual), in `circle`.
  QueueCandidate Person(int64_t id, std::optional<int64_t> days_ago,
                        std::optional<Circle> circle = Circle::kClose) {
    QueueCandidate c;
    c.id = id;
    c.name = "P" + std::to_string(id);
    c.circle = circle;
    c.known_since = kNow - 2000 * kDay;
    if (days_ago) {
      std::vector<Touch> t = {
          {kNow - *days_ago * kDay, InteractionKind::kCoffee, Direction::kMutual}};
      c.stats = ComputeTieStats(t, config_);
    }
    return c;
  }
  // `n` coffees every `gap` days, the last `last_days_ago`, no circle set.
  QueueCandidate Regular(int64_t id, int n, int gap, int last_days_ago) {
    QueueCandidate c = Person(id, std::nullopt, std::nullopt);
    std::vector<Touch> t;
    for (int k = 0; k < n; ++k) {
      t.push_back(
          {kNow - (last_days_ago + k * gap) * kDay, InteractionKind::kCoffee, Direction::kMutual});
    }
    c.stats = ComputeTieStats(t, config_);
    return c;
  }
  std::vector<int64_t> Ids(const std::vector<QueueEntry>& entries) {
    std::vector<int64_t> out;
    for (const auto& e : entries) out.push_back(e.id);
    return out;
  }
  ModelConfig config_;
};

TEST_F(QueueTest, MostOverdueFirstAndOnlyThoseDue) {
  std::vector<QueueCandidate> c = {Person(1, 20), Person(2, 90), Person(3, 45)};
  auto q = RankQueue(c, config_, kNow, 4);
  EXPECT_EQ(Ids(q), (std::vector<int64_t>{2, 3}));  // 20 days is not yet due for close (30)
  EXPECT_DOUBLE_EQ(q[0].assessment.overdue_ratio, 3.0);
  EXPECT_TRUE(q[0].assessment.drifting);
  EXPECT_EQ(q[0].assessment.due_at, kNow - 60 * kDay);
}

TEST_F(QueueTest, CircleWeighsTheRatio) {
  std::vector<QueueCandidate> c = {Person(1, 60, Circle::kClose),   // 2x close: 2 x 2 = 4
                                   Person(2, 21, Circle::kInner)};  // 3x inner: 3 x 3 = 9
  EXPECT_EQ(Ids(RankQueue(c, config_, kNow, 4)), (std::vector<int64_t>{2, 1}));
}

TEST_F(QueueTest, NoInteractionsCountsFromWhenKnown) {
  QueueCandidate never = Person(1, std::nullopt, Circle::kClose);
  never.known_since = kNow - 40 * kDay;
  auto q = RankQueue(std::vector<QueueCandidate>{never}, config_, kNow, 4);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].assessment.silence_days, 40);
  EXPECT_EQ(q[0].assessment.strength, 0);
}

TEST_F(QueueTest, CadenceOverridesTheCircle) {
  QueueCandidate c = Person(1, 25, Circle::kClose);
  c.cadence_days = 10;
  auto q = RankQueue(std::vector<QueueCandidate>{c}, config_, kNow, 4);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_DOUBLE_EQ(q[0].assessment.overdue_ratio, 2.5);
  EXPECT_EQ(q[0].assessment.cadence_days, 10);
}

TEST_F(QueueTest, SnoozedWaitsUntilTheSnoozeExpires) {
  QueueCandidate c = Person(1, 90);
  c.snoozed_until = kNow + 3 * kDay;
  std::vector<QueueCandidate> cs = {c};
  EXPECT_TRUE(RankQueue(cs, config_, kNow, 4).empty());
  EXPECT_TRUE(RankQueue(cs, config_, kNow + 3 * kDay - 1, 4).empty());
  EXPECT_EQ(RankQueue(cs, config_, kNow + 3 * kDay, 4).size(), 1u);
}

TEST_F(QueueTest, DatesWithinTheWindowComeFirst) {
  QueueCandidate birthday = Person(1, 10);
  birthday.dates = {{1, "birthday", {1990, 11, 23}}};
  std::vector<QueueCandidate> c = {Person(2, 300), birthday};
  auto q = RankQueue(c, config_, kNow, 4);
  EXPECT_EQ(Ids(q), (std::vector<int64_t>{1, 2}));
  EXPECT_EQ(q[0].assessment.days_to_date, 3);
}

TEST_F(QueueTest, BeingInTouchSinceTheWindowOpenedWaitsForTheDayItself) {
  QueueCandidate birthday = Person(1, 2);  // in touch 2 days ago; window opened 4 days ago
  birthday.dates = {{1, "birthday", {1990, 11, 23}}};
  std::vector<QueueCandidate> c = {birthday};
  EXPECT_TRUE(RankQueue(c, config_, kNow, 4).empty());
  EXPECT_EQ(RankQueue(c, config_, kNow + 3 * kDay, 4).size(), 1u);  // the birthday itself
  c[0].stats = ComputeTieStats(
      std::vector<Touch>{{kNow + 3 * kDay, InteractionKind::kMessage, Direction::kOut}}, config_);
  EXPECT_TRUE(RankQueue(c, config_, kNow + 3 * kDay + 60, 4).empty());  // wished them already
}

TEST_F(QueueTest, AcquaintancesBirthdaysDoNotJumpTheQueue) {
  QueueCandidate birthday = Person(1, 2, Circle::kAcquaintance);
  birthday.dates = {{1, "birthday", {1990, 11, 23}}};
  std::vector<QueueCandidate> c = {Person(2, 300), birthday};
  EXPECT_EQ(Ids(RankQueue(c, config_, kNow, 4)), (std::vector<int64_t>{2}));
}

TEST_F(QueueTest, LeapDayBirthdayIsMarkedOnFeb28InCommonYears) {
  QueueCandidate leap = Person(1, 2);
  leap.dates = {{1, "birthday", {2000, 2, 29}}};
  std::vector<QueueCandidate> c = {leap};
  const int64_t feb26_2027 = 1803643200;  // 2027-02-26T12:00:00Z
  auto q = RankQueue(c, config_, feb26_2027, 4);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].assessment.days_to_date, 2);
}

TEST_F(QueueTest, SilenceCountsLocalDaysAroundMidnight) {
  // Last contact 23:30 local on the 19th; at 00:30 local on the 20th it is one day.
  setenv("TZ", "America/New_York", 1);
  tzset();
  std::tm tm{};
  tm.tm_year = 126, tm.tm_mon = 10, tm.tm_mday = 19, tm.tm_hour = 23, tm.tm_min = 30,
  tm.tm_isdst = -1;
  int64_t late = std::mktime(&tm);
  tm.tm_mday = 20, tm.tm_hour = 0, tm.tm_min = 30, tm.tm_isdst = -1;
  int64_t early = std::mktime(&tm);
  QueueCandidate c = Person(1, std::nullopt);
  std::vector<Touch> t = {{late, InteractionKind::kCall, Direction::kIn}};
  c.stats = ComputeTieStats(t, config_);
  auto a = Assess(c, Circle::kClose, false, config_, early);
  EXPECT_EQ(a.silence_days, 1);
  a = Assess(c, Circle::kClose, false, config_, late + 600);
  EXPECT_EQ(a.silence_days, 0);
}

TEST_F(QueueTest, OrderIsStableWithinADayAndChangesAcrossDays) {
  std::vector<QueueCandidate> c;
  for (int64_t id = 1; id <= 40; ++id) c.push_back(Person(id, 60));  // all equally overdue
  auto morning = Ids(RankQueue(c, config_, kNow - 11 * 3600, 4));
  auto evening = Ids(RankQueue(c, config_, kNow + 11 * 3600, 4));
  auto tomorrow = Ids(RankQueue(c, config_, kNow + kDay, 4));
  EXPECT_EQ(morning, evening);
  EXPECT_NE(morning, tomorrow);
}

TEST_F(QueueTest, ActingMovesTheQueueOn) {
  std::vector<QueueCandidate> c = {Person(1, 90), Person(2, 60), Person(3, 45)};
  EXPECT_EQ(Ids(RankQueue(c, config_, kNow, 2)), (std::vector<int64_t>{1, 2}));
  std::vector<Touch> t = {{kNow, InteractionKind::kMessage, Direction::kOut}};
  c[0].stats = ComputeTieStats(t, config_);
  EXPECT_EQ(Ids(RankQueue(c, config_, kNow, 2)), (std::vector<int64_t>{2, 3}));
}

TEST_F(QueueTest, RhythmDriftCatchesQuietTiesWithoutCadence) {
  QueueCandidate c = Person(1, std::nullopt, Circle::kAcquaintance);  // no cadence
  std::vector<Touch> t;
  for (int k = 0; k < 10; ++k)
    t.push_back({kNow - (50 + 5 * k) * kDay, InteractionKind::kMessage, Direction::kIn});
  c.stats = ComputeTieStats(t, config_);  // usual gap 5 days, silent 50 days: 2.5x of 4 x 5
  auto q = RankQueue(std::vector<QueueCandidate>{c}, config_, kNow, 4);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_DOUBLE_EQ(q[0].assessment.rhythm_ratio, 2.5);
  EXPECT_EQ(q[0].assessment.overdue_ratio, 0);
}

TEST_F(QueueTest, CirclesAreInferredByStrengthRank) {
  config_.inferred_layer_size = {1, 1, 1, 1};
  config_.inferred_min_strength = {0, 0, 0, 0};
  std::vector<QueueCandidate> c = {Regular(1, 3, 20, 1),  Regular(2, 12, 20, 1),
                                   Regular(3, 6, 20, 1),  Person(4, std::nullopt, std::nullopt),
                                   Regular(5, 20, 20, 1), Regular(6, 1, 20, 1)};
  c[4].circle = Circle::kWider;
  auto circles = InferCircles(c, config_, kNow);
  EXPECT_EQ(circles, (std::vector<Circle>{Circle::kNetwork, Circle::kInner, Circle::kClose,
                                          Circle::kAcquaintance, Circle::kWider, Circle::kWider}));
}

TEST_F(QueueTest, AQuietTieKeepsItsCircleAndBecomesOverdue) {
  // Weekly for two years, then silent for a year: by today's decayed strength
  // it would rank below a tie seen once last week; by its strength when last
  // in touch it stays inner, and is far overdue.
  config_.inferred_layer_size = {1, 1, 1, 1};
  std::vector<QueueCandidate> c = {Regular(1, 100, 7, 365), Regular(2, 1, 7, 7)};
  auto circles = InferCircles(c, config_, kNow);
  EXPECT_EQ(circles[0], Circle::kInner);
  auto q = RankQueue(c, config_, kNow, 4);
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q[0].id, 1);
  EXPECT_GT(q[0].assessment.overdue_ratio, 50);
}

TEST_F(QueueTest, WeakTiesAreNotInferredIntoCloseCircles) {
  // One coffee yesterday: strength ~14. Too weak for inner (60), close (35) or
  // network (15); strong enough for wider (3).
  std::vector<QueueCandidate> c = {Person(1, 1, std::nullopt)};
  EXPECT_EQ(InferCircles(c, config_, kNow), std::vector<Circle>{Circle::kWider});
  std::vector<Touch> weekly;
  for (int k = 0; k < 100; ++k)
    weekly.push_back({kNow - k * 7 * kDay, InteractionKind::kCoffee, Direction::kMutual});
  c[0].stats = ComputeTieStats(weekly, config_);
  EXPECT_EQ(InferCircles(c, config_, kNow), std::vector<Circle>{Circle::kInner});
}

}  // namespace
}  // namespace kith::core
