#include "core/config_text.h"

#include <gtest/gtest.h>

namespace kith::core {
namespace {

TEST(ConfigTextTest, EmptyTextGivesDefaults) {
  auto c = ParseConfig("", "config");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->half_life_days, 180);
  EXPECT_EQ(c->cadence_days[static_cast<size_t>(Circle::kClose)], 30);
}

TEST(ConfigTextTest, ReadsKeysCommentsAndArrays) {
  auto c = ParseConfig(
      "# mine\n\nhalf_life_days = 120\r\ncadence_days.close=21\nkind_weight.email = 0.25\n",
      "config");
  ASSERT_TRUE(c) << c.status().message();
  EXPECT_EQ(c->half_life_days, 120);
  EXPECT_EQ(c->cadence_days[1], 21);
  EXPECT_EQ(c->kind_weight[static_cast<size_t>(InteractionKind::kEmail)], 0.25);
}

TEST(ConfigTextTest, ErrorsNameFileAndLine) {
  EXPECT_EQ(ParseConfig("half_life_days = 120\nhalf_life = 3\n", "/home/me/.config/kith/config")
                .status()
                .message(),
            "/home/me/.config/kith/config:2: unknown setting 'half_life' (kith config lists them)");
  EXPECT_EQ(ParseConfig("\nqueue_size 4\n", "config").status().message(),
            "config:2: expected 'key = value', got 'queue_size 4'");
  EXPECT_EQ(ParseConfig("queue_size = 2.5\n", "config").status().message(),
            "config:1: queue_size must be a whole number from 1 to 1000, not '2.5'");
  EXPECT_FALSE(ParseConfig("half_life_days = -1\n", "config"));
  EXPECT_FALSE(ParseConfig("half_life_days = nan\n", "config"));
  EXPECT_FALSE(ParseConfig("half_life_days = 12abc\n", "config"));
}

TEST(ConfigTextTest, EditReplacesKeepsAndAppends) {
  std::string text = "# my settings\nhalf_life_days = 120\nqueue_size = 5\n";
  EXPECT_EQ(EditConfig(text, "queue_size", "6"),
            "# my settings\nhalf_life_days = 120\nqueue_size = 6\n");
  EXPECT_EQ(EditConfig(text, "drift_gap_multiple", "8"), text + "drift_gap_multiple = 8\n");
  EXPECT_EQ(EditConfig(text, "half_life_days", std::nullopt), "# my settings\nqueue_size = 5\n");
  EXPECT_EQ(EditConfig("", "queue_size", "3"), "queue_size = 3\n");
}

TEST(ModelConfigTest, EntriesListEveryKeyAndRoundTrip) {
  ModelConfig c;
  auto entries = c.Entries();
  EXPECT_EQ(entries.front(), (std::pair<std::string, std::string>{"half_life_days", "180"}));
  ModelConfig copy;
  for (const auto& [k, v] : entries) ASSERT_TRUE(copy.Set(k, v)) << k;
  EXPECT_EQ(copy.StatsFingerprint(), c.StatsFingerprint());
  EXPECT_FALSE(ModelConfig::Describe("cadence_days.inner").empty());
}

TEST(ModelConfigTest, FingerprintFollowsStrengthWeightsOnly) {
  ModelConfig a, b;
  ASSERT_TRUE(b.Set("queue_size", "9"));
  EXPECT_EQ(a.StatsFingerprint(), b.StatsFingerprint());
  ASSERT_TRUE(b.Set("kind_weight.call", "2.5"));
  EXPECT_NE(a.StatsFingerprint(), b.StatsFingerprint());
}

TEST(ModelConfigTest, MeIsAListOfAddressesAndNames) {
  ModelConfig c;
  ASSERT_TRUE(c.Set("me", " me@example.com ,Alex Doe,, "));
  EXPECT_EQ(c.me, (std::vector<std::string>{"me@example.com", "Alex Doe"}));
  EXPECT_EQ(c.Entries().back(),
            (std::pair<std::string, std::string>{"me", "me@example.com, Alex Doe"}));
  ASSERT_TRUE(c.Set("me", ""));
  EXPECT_TRUE(c.me.empty());
  std::string many;
  for (int i = 0; i < 101; ++i) many += "a" + std::to_string(i) + "@x.com,";
  EXPECT_EQ(c.Set("me", many).message(), "me: at most 100 addresses and names");
}

}  // namespace
}  // namespace kith::core
