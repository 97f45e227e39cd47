#include "core/people_graph.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace kith::core {
namespace {

std::vector<int64_t> Ids(const PeopleGraph& g, const GraphPath& p) {
  std::vector<int64_t> ids;
  for (int i = 0; i <= p.hops; ++i) ids.push_back(g.IdOf(p.nodes[static_cast<size_t>(i)]));
  return ids;
}

TEST(PeopleGraphTest, MapsIdsToDenseIndicesInOrder) {
  std::vector<WeightedEdge> edges = {{40, 10, 0.5f}, {10, 7, 1.0f}};
  PeopleGraph g = PeopleGraph::Build(edges);
  EXPECT_EQ(g.node_count(), 3u);
  EXPECT_EQ(g.edge_count(), 2u);
  EXPECT_EQ(g.IndexOf(7), 0u);
  EXPECT_EQ(g.IndexOf(40), 2u);
  EXPECT_FALSE(g.IndexOf(8));
  EXPECT_EQ(g.IdOf(1), 10);
}

TEST(PeopleGraphTest, KeepsTheStrongestOfDuplicatesAndDropsSelfLoopsAndZeros) {
  std::vector<WeightedEdge> edges = {{1, 2, 0.2f}, {2, 1, 0.8f}, {1, 2, 0.5f},
                                     {3, 3, 0.9f}, {1, 4, 0.0f}, {1, 5, 1.5f}};
  PeopleGraph g = PeopleGraph::Build(edges);
  EXPECT_EQ(g.node_count(), 3u);  // 1, 2, 5
  EXPECT_EQ(g.edge_count(), 2u);
  EXPECT_FLOAT_EQ(*g.Weight(*g.IndexOf(1), *g.IndexOf(2)), static_cast<float>(-std::log(0.8)));
  EXPECT_EQ(*g.Weight(*g.IndexOf(5), *g.IndexOf(1)), 0.0f);  // clamped to strength 1
}

TEST(PeopleGraphTest, NeighboursComeStrongestFirst) {
  std::vector<WeightedEdge> edges = {{1, 2, 0.2f}, {1, 3, 0.9f}, {1, 4, 0.5f}};
  PeopleGraph g = PeopleGraph::Build(edges);
  auto nbrs = g.Neighbors(*g.IndexOf(1));
  ASSERT_EQ(nbrs.size(), 3u);
  EXPECT_EQ(g.IdOf(nbrs[0]), 3);
  EXPECT_EQ(g.IdOf(nbrs[1]), 4);
  EXPECT_EQ(g.IdOf(nbrs[2]), 2);
}

// you(0) knows Ben(1) well and Cy(2) a little; Ben and Cy both know Dana(3);
// Eve(4) knows Dana only through Ben's friend Fay(5).
class PathFinderTest : public ::testing::Test {
 protected:
  PathFinderTest()
      : graph_(PeopleGraph::Build(std::vector<WeightedEdge>{{0, 1, 0.8f},
                                                            {0, 2, 0.3f},
                                                            {1, 3, 0.5f},
                                                            {2, 3, 0.9f},
                                                            {0, 3, 0.1f},
                                                            {1, 5, 0.9f},
                                                            {5, 3, 0.9f},
                                                            {4, 5, 0.9f}})),
        finder_(graph_) {}
  std::vector<GraphPath> Best(int64_t from, std::vector<int64_t> to, size_t k = 3, int hops = 3) {
    std::vector<uint32_t> targets;
    for (int64_t id : to) targets.push_back(*graph_.IndexOf(id));
    return finder_.Best(*graph_.IndexOf(from), targets, k, hops);
  }
  PeopleGraph graph_;
  PathFinder finder_;
};

TEST_F(PathFinderTest, RanksByProductOfStrengths) {
  auto paths = Best(0, {3});
  ASSERT_EQ(paths.size(), 3u);
  EXPECT_EQ(Ids(graph_, paths[0]), (std::vector<int64_t>{0, 1, 5, 3}));  // 0.648
  EXPECT_NEAR(paths[0].Strength(), 0.8 * 0.9 * 0.9, 1e-6);
  EXPECT_EQ(Ids(graph_, paths[1]), (std::vector<int64_t>{0, 1, 3}));  // 0.4
  EXPECT_EQ(Ids(graph_, paths[2]), (std::vector<int64_t>{0, 2, 3}));  // 0.27
  EXPECT_NEAR(paths[2].Strength(), 0.27, 1e-6);
}

TEST_F(PathFinderTest, HopLimitAndKAreHonoured) {
  auto two = Best(0, {3}, 5, 2);
  ASSERT_EQ(two.size(), 3u);  // 0-1-3, 0-2-3, 0-3
  EXPECT_EQ(Ids(graph_, two[2]), (std::vector<int64_t>{0, 3}));
  EXPECT_EQ(Best(0, {3}, 1).size(), 1u);
  EXPECT_TRUE(Best(0, {3}, 0).empty());
  EXPECT_EQ(Best(0, {4}, 3, 2).size(), 0u);
  auto to_eve = Best(0, {4});  // 0-1-5-4 and 0-3-5-4; 0-2-3-5-4 is four hops
  ASSERT_EQ(to_eve.size(), 2u);
  EXPECT_EQ(Ids(graph_, to_eve[1]), (std::vector<int64_t>{0, 3, 5, 4}));
}

TEST_F(PathFinderTest, ATargetSetEndsEachPathAtTheFirstTargetReached) {
  auto paths = Best(0, {3, 5});
  ASSERT_EQ(paths.size(), 3u);
  EXPECT_EQ(Ids(graph_, paths[0]), (std::vector<int64_t>{0, 1, 5}));  // 0.72
  EXPECT_EQ(Ids(graph_, paths[1]), (std::vector<int64_t>{0, 1, 3}));
  EXPECT_EQ(Ids(graph_, paths[2]), (std::vector<int64_t>{0, 2, 3}));
  for (const auto& p : Best(0, {3, 5}, 10)) {
    for (int i = 1; i < p.hops; ++i) EXPECT_NE(graph_.IdOf(p.nodes[i]), 5);
  }
}

TEST_F(PathFinderTest, SourceAmongTargetsIsIgnored) {
  EXPECT_EQ(Best(0, {0}).size(), 0u);
  EXPECT_EQ(Best(0, {0, 4, 4}).size(), 2u);
}

}  // namespace
}  // namespace kith::core
