#include "core/tie_strength.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace kith::core {
namespace {

constexpr int64_t kNow = 1795176000;  // 2026-11-20T12:00:00Z
constexpr int64_t kDay = 86400;

Touch At(int64_t days_ago, InteractionKind kind = InteractionKind::kCoffee,
         Direction direction = Direction::kMutual) {
  return {kNow - days_ago * kDay, kind, direction};
}

TEST(TieStrengthTest, NoInteractionsIsZero) {
  ModelConfig config;
  TieStats s = ComputeTieStats({}, config);
  EXPECT_EQ(s.count, 0);
  EXPECT_FALSE(s.last_at);
  EXPECT_EQ(StrengthAt(s, config, kNow), 0);
}

TEST(TieStrengthTest, SingleCoffeeTodayMatchesTheFormula) {
  ModelConfig config;
  std::vector<Touch> t = {At(0)};
  TieStats s = ComputeTieStats(t, config);
  EXPECT_EQ(s.count, 1);
  EXPECT_EQ(s.last_at, kNow);
  EXPECT_EQ(s.gaps, 0);
  EXPECT_NEAR(RawStrengthAt(s, config, kNow), 3.0, 1e-9);
  EXPECT_NEAR(StrengthAt(s, config, kNow), 100 * (1 - std::exp(-3.0 / 20)), 1e-9);
}

TEST(TieStrengthTest, WeightHalvesEveryHalfLife) {
  ModelConfig config;
  std::vector<Touch> t = {At(0)};
  TieStats s = ComputeTieStats(t, config);
  EXPECT_NEAR(RawStrengthAt(s, config, kNow + 180 * kDay), 1.5, 1e-9);
  EXPECT_NEAR(RawStrengthAt(s, config, kNow + 360 * kDay), 0.75, 1e-9);
}

TEST(TieStrengthTest, TheyReachingOutWeighsMoreThanMyOneWayMessages) {
  ModelConfig config;
  std::vector<Touch> mine = {At(1, InteractionKind::kMessage, Direction::kOut)};
  std::vector<Touch> theirs = {At(1, InteractionKind::kMessage, Direction::kIn)};
  EXPECT_GT(StrengthAt(ComputeTieStats(theirs, config), config, kNow),
            2 * StrengthAt(ComputeTieStats(mine, config), config, kNow));
}

TEST(TieStrengthTest, MeetingsOutweighCallsOutweighMessagesOutweighEmail) {
  ModelConfig config;
  auto score = [&](InteractionKind k) {
    std::vector<Touch> t = {At(10, k)};
    return StrengthAt(ComputeTieStats(t, config), config, kNow);
  };
  EXPECT_GT(score(InteractionKind::kCoffee), score(InteractionKind::kCall));
  EXPECT_GT(score(InteractionKind::kCall), score(InteractionKind::kMessage));
  EXPECT_GT(score(InteractionKind::kMessage), score(InteractionKind::kEmail));
}

TEST(TieStrengthTest, ThousandsOnOneDayMakeOneDayOfRhythm) {
  ModelConfig config;
  std::vector<Touch> t;
  for (int i = 0; i < 5000; ++i)
    t.push_back({kNow - 3 * kDay + i, InteractionKind::kMessage, Direction::kIn});
  TieStats s = ComputeTieStats(t, config);
  EXPECT_EQ(s.count, 5000);
  EXPECT_EQ(s.gaps, 0);
  EXPECT_EQ(s.median_gap_days, 0);
  EXPECT_LE(StrengthAt(s, config, kNow), 100);
  EXPECT_GT(StrengthAt(s, config, kNow), 99);
}

TEST(TieStrengthTest, MedianGapIgnoresOrderAndDuplicates) {
  ModelConfig config;
  std::vector<Touch> t = {At(30), At(0), At(10), At(10), At(20), At(50)};
  TieStats s = ComputeTieStats(t, config);
  EXPECT_EQ(s.gaps, 4);  // days 50, 30, 20, 10, 0
  EXPECT_DOUBLE_EQ(s.median_gap_days, 10);
  EXPECT_EQ(s.last_at, kNow);
  EXPECT_EQ(s.first_at, kNow - 50 * kDay);
}

TEST(TieStrengthTest, FutureDatedInteractionIsLastContactButBoundedInWeight) {
  ModelConfig config;
  std::vector<Touch> t = {At(-10)};
  TieStats s = ComputeTieStats(t, config);
  EXPECT_EQ(s.last_at, kNow + 10 * kDay);
  // Ten days early it weighs 2^(10/180) of a coffee: a little more, never runaway.
  EXPECT_NEAR(RawStrengthAt(s, config, kNow), 3.0 * std::pow(2.0, 10.0 / 180), 1e-9);
}

TEST(TieStrengthTest, StableAcrossDecadesAndShortHalfLives) {
  ModelConfig config;
  config.half_life_days = 1;
  std::vector<Touch> t = {At(0), At(3650 * 3)};
  TieStats s = ComputeTieStats(t, config);
  EXPECT_TRUE(std::isfinite(s.strength_log));
  EXPECT_NEAR(RawStrengthAt(s, config, kNow), 3.0, 1e-6);
}

TEST(TieStrengthTest, ExplainListsHeaviestFirstAndCountsDirections) {
  ModelConfig config;
  std::vector<Touch> t = {At(400, InteractionKind::kEmail, Direction::kOut), At(2),
                          At(100, InteractionKind::kCall, Direction::kIn)};
  auto e = ExplainStrength(t, config, kNow, 2);
  ASSERT_EQ(e.top.size(), 2u);
  EXPECT_EQ(e.top[0].touch.at, kNow - 2 * kDay);
  EXPECT_EQ(e.top[1].touch.kind, InteractionKind::kCall);
  EXPECT_EQ(e.count, 3);
  EXPECT_EQ(e.last_year, 2);
  EXPECT_EQ(e.they_started, 1);
  EXPECT_EQ(e.i_started, 1);
  EXPECT_EQ(e.mutual, 1);
  EXPECT_NEAR(e.score, StrengthAt(ComputeTieStats(t, config), config, kNow), 1e-9);
  EXPECT_GT(e.share_of_top, 0.9);
}

TEST(StrengthSeriesTest, EachPointIsTheStrengthOfTheTouchesUpToIt) {
  ModelConfig config;
  std::vector<Touch> touches;
  uint64_t seed = 12345;
  auto next = [&](uint64_t n) {
    seed = seed * 6364136223846793005ull + 1442695040888963407ull;
    return (seed >> 33) % n;
  };
  for (int i = 0; i < 500; ++i) {
    touches.push_back({kNow - static_cast<int64_t>(next(1100)) * kDay + 3 * kDay,  // some ahead
                       static_cast<InteractionKind>(next(10)), static_cast<Direction>(next(3))});
  }
  std::sort(touches.begin(), touches.end(), [](auto& a, auto& b) { return a.at < b.at; });
  std::vector<int64_t> times;
  for (int i = 24; i >= 0; --i) times.push_back(kNow - i * 45 * kDay);
  std::vector<double> series = StrengthSeries(touches, config, times);
  ASSERT_EQ(series.size(), times.size());
  for (size_t i = 0; i < times.size(); ++i) {
    std::vector<Touch> before;
    for (const auto& t : touches) {
      if (t.at <= times[i]) before.push_back(t);
    }
    EXPECT_NEAR(series[i], StrengthAt(ComputeTieStats(before, config), config, times[i]), 1e-9)
        << "point " << i;
  }
  EXPECT_GT(series.back(), 0);
  EXPECT_EQ(StrengthSeries({}, config, times), std::vector<double>(times.size(), 0.0));
}
}  // namespace
}  // namespace kith::core
