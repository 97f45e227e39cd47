#include "core/path_strength.h"

#include <gtest/gtest.h>

namespace kith::core {
namespace {

TEST(PathStrengthTest, YourTieIsTheScoreOverAHundredWithAFloor) {
  EXPECT_DOUBLE_EQ(YourTieStrength(72), 0.72);
  EXPECT_DOUBLE_EQ(YourTieStrength(0.001), kMinHopStrength);
  EXPECT_DOUBLE_EQ(YourTieStrength(100), 1.0);
}

TEST(PathStrengthTest, AGivenStrengthWins) {
  EXPECT_DOUBLE_EQ(KnowsStrength("inferred", 40, 0.3), 0.3);
  EXPECT_DOUBLE_EQ(KnowsStrength("stated", 1, 1.0), 1.0);
  EXPECT_DOUBLE_EQ(KnowsStrength("stated", 1, 0.0), kMinHopStrength);
}

TEST(PathStrengthTest, StatedBeatsIntroBeatsInferredAndCountsAdd) {
  EXPECT_DOUBLE_EQ(KnowsStrength("stated", 1, std::nullopt), 0.6);
  EXPECT_DOUBLE_EQ(KnowsStrength("intro", 1, std::nullopt), 0.5);
  EXPECT_DOUBLE_EQ(KnowsStrength("inferred", 1, std::nullopt), 0.15);
  EXPECT_NEAR(KnowsStrength("inferred", 3, std::nullopt), 1 - 0.85 * 0.85 * 0.85, 1e-12);
  EXPECT_DOUBLE_EQ(KnowsStrength("inferred", 100, std::nullopt), kMaxUnstatedStrength);
  EXPECT_DOUBLE_EQ(KnowsStrength("stated", 0, std::nullopt), 0.6);  // count below 1 reads as 1
}

}  // namespace
}  // namespace kith::core
