#include "core/intro_pairs.h"

#include <gtest/gtest.h>

#include "core/term_index.h"

namespace kith::core {
namespace {

PairInput Person(double tie, std::vector<std::string> needs, std::vector<std::string> offers,
                 std::string interests = "") {
  PairInput p;
  p.tie = tie;
  for (const auto& n : needs) p.needs.push_back(ContentTerms(n));
  for (const auto& o : offers) p.offers.push_back(ContentTerms(o));
  p.interests = ContentTerms(interests);
  return p;
}

bool Never(uint32_t, uint32_t) { return false; }

TEST(HumpTest, PrefersAFewMutualConnections) {
  EXPECT_DOUBLE_EQ(Hump(2), 1.0);
  EXPECT_LT(Hump(0), Hump(1));
  EXPECT_LT(Hump(1), Hump(2));
  EXPECT_LT(Hump(5), Hump(3));
  EXPECT_LT(Hump(12), Hump(0));
}

TEST(SuggestPairsTest, NeedMeetsOfferAndSharedInterests) {
  std::vector<PairInput> people = {
      Person(0.8, {"meeting seed investors"}, {}),          // 0 Ana
      Person(0.6, {}, {"intros to seed investors"}),        // 1 Ben
      Person(0.1, {}, {"seed investors, many"}),            // 2 Cara: too weak to vouch
      Person(0.5, {}, {}, "sourdough baking, bouldering"),  // 3 Dan
      Person(0.5, {}, {}, "sourdough"),                     // 4 Eve
      Person(0.9, {}, {}, "sourdough"),                     // 5 Fay: knows Dan
  };
  std::vector<std::vector<uint32_t>> adjacency(people.size());
  auto excluded = [](uint32_t a, uint32_t b) { return std::min(a, b) == 3 && std::max(a, b) == 5; };
  auto ideas = SuggestPairs(people, adjacency, excluded, {.vouch = 0.2, .limit = 10});
  ASSERT_GE(ideas.size(), 2u);
  EXPECT_EQ(ideas[0].a, 0u);  // Ana has the need
  EXPECT_EQ(ideas[0].b, 1u);
  ASSERT_TRUE(ideas[0].match.has_value());
  EXPECT_EQ(ideas[0].match->need, 0u);
  EXPECT_EQ(ideas[0].match->offer, 0u);
  EXPECT_EQ(ideas[0].shared.size(), 2u);  // seed, investor
  for (const auto& idea : ideas) {
    EXPECT_NE(idea.a, 2u);
    EXPECT_NE(idea.b, 2u);
    EXPECT_FALSE(std::min(idea.a, idea.b) == 3 && std::max(idea.a, idea.b) == 5);
  }
  bool dan_eve = false;
  for (const auto& idea : ideas) {
    if (std::min(idea.a, idea.b) == 3 && std::max(idea.a, idea.b) == 4) {
      dan_eve = true;
      EXPECT_EQ(idea.shared, std::vector<std::string>{"sourdough"});
      EXPECT_FALSE(idea.match.has_value());
    }
  }
  EXPECT_TRUE(dan_eve);
}

TEST(SuggestPairsTest, ModeratelyConnectedPairsComeFirst) {
  // Three pairs with the same shared interest; pair (0,1) has 2 mutual
  // connections, (2,3) none, (4,5) eight.
  std::vector<PairInput> people;
  const char* topics[] = {"falconry", "falconry", "origami", "origami", "kayaks", "kayaks"};
  for (const char* t : topics) people.push_back(Person(0.5, {}, {}, t));
  std::vector<std::vector<uint32_t>> adjacency(20);
  auto link = [&](uint32_t a, uint32_t b) {
    adjacency[a].push_back(b);
    adjacency[b].push_back(a);
  };
  link(0, 6), link(1, 6), link(0, 7), link(1, 7);
  for (uint32_t m = 8; m < 16; ++m) link(4, m), link(5, m);
  for (auto& list : adjacency) std::sort(list.begin(), list.end());
  auto ideas = SuggestPairs(people, adjacency, Never, {.vouch = 0.2, .limit = 3});
  ASSERT_EQ(ideas.size(), 3u);
  EXPECT_EQ(ideas[0].a, 0u);
  EXPECT_EQ(ideas[0].mutual, 2);
  EXPECT_EQ(ideas[1].a, 2u);
  EXPECT_EQ(ideas[2].a, 4u);
  EXPECT_EQ(ideas[2].mutual, 8);
}

TEST(SuggestPairsTest, NothingToMatchGivesNothing) {
  std::vector<PairInput> people = {Person(0.9, {}, {}, "chess"), Person(0.9, {}, {}, "tennis")};
  std::vector<std::vector<uint32_t>> adjacency(2);
  EXPECT_TRUE(SuggestPairs(people, adjacency, Never, {}).empty());
  EXPECT_TRUE(SuggestPairs({}, {}, Never, {}).empty());
}

}  // namespace
}  // namespace kith::core
