// PathFinder against known answers: Zachary's karate club (values computed
// with networkx) and brute force on random small graphs.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

#include "core/people_graph.h"

namespace kith::core {
namespace {

// networkx.karate_club_graph() edges with their 'weight' (1..7 interactions);
// the tests use strength = weight / 8.
constexpr int kKarate[78][3] = {
    {0, 1, 4},   {0, 2, 5},   {0, 3, 3},   {0, 4, 3},   {0, 5, 3},   {0, 6, 3},   {0, 7, 2},
    {0, 8, 2},   {0, 10, 2},  {0, 11, 3},  {0, 12, 1},  {0, 13, 3},  {0, 17, 2},  {0, 19, 2},
    {0, 21, 2},  {0, 31, 2},  {1, 2, 6},   {1, 3, 3},   {1, 7, 4},   {1, 13, 5},  {1, 17, 1},
    {1, 19, 2},  {1, 21, 2},  {1, 30, 2},  {2, 3, 3},   {2, 7, 4},   {2, 8, 5},   {2, 9, 1},
    {2, 13, 3},  {2, 27, 2},  {2, 28, 2},  {2, 32, 2},  {3, 7, 3},   {3, 12, 3},  {3, 13, 3},
    {4, 6, 2},   {4, 10, 3},  {5, 6, 5},   {5, 10, 3},  {5, 16, 3},  {6, 16, 3},  {8, 30, 3},
    {8, 32, 3},  {8, 33, 4},  {9, 33, 2},  {13, 33, 3}, {14, 32, 3}, {14, 33, 2}, {15, 32, 3},
    {15, 33, 4}, {18, 32, 1}, {18, 33, 2}, {19, 33, 1}, {20, 32, 3}, {20, 33, 1}, {22, 32, 2},
    {22, 33, 3}, {23, 25, 5}, {23, 27, 4}, {23, 29, 3}, {23, 32, 5}, {23, 33, 4}, {24, 25, 2},
    {24, 27, 3}, {24, 31, 2}, {25, 31, 7}, {26, 29, 4}, {26, 33, 2}, {27, 33, 4}, {28, 31, 2},
    {28, 33, 2}, {29, 32, 4}, {29, 33, 2}, {30, 32, 3}, {30, 33, 3}, {31, 32, 4}, {31, 33, 4},
    {32, 33, 5}};

PeopleGraph Karate() {
  std::vector<WeightedEdge> edges;
  for (const auto& e : kKarate) edges.push_back({e[0], e[1], static_cast<float>(e[2]) / 8});
  return PeopleGraph::Build(edges);
}

std::vector<uint32_t> Nodes(const GraphPath& p) {
  return {p.nodes.begin(), p.nodes.begin() + p.hops + 1};
}

// Expected values from bench/karate_paths.py (networkx 2.8.8, Debian):
//   /usr/bin/python3 bench/karate_paths.py
// which ranks nx.all_simple_paths(G, s, t, cutoff=3) by the product of
// weight / 8 (paths through another target left out).
TEST(KaratePathsTest, InstructorToAdministrator) {
  PeopleGraph g = Karate();  // ids 0..33 are their own indices
  PathFinder finder(g);
  auto paths = finder.Best(0, 33);
  ASSERT_EQ(paths.size(), 3u);
  EXPECT_EQ(Nodes(paths[0]), (std::vector<uint32_t>{0, 2, 8, 33}));
  EXPECT_NEAR(paths[0].Strength(), 0.1953125, 1e-6);
  EXPECT_EQ(Nodes(paths[1]), (std::vector<uint32_t>{0, 13, 33}));
  EXPECT_NEAR(paths[1].Strength(), 0.140625, 1e-6);
  EXPECT_EQ(Nodes(paths[2]), (std::vector<uint32_t>{0, 8, 33}));  // ties 0-31-33; lower ids win
  EXPECT_NEAR(paths[2].Strength(), 0.125, 1e-6);
}

TEST(KaratePathsTest, OnlyOnePathAndNone) {
  PeopleGraph g = Karate();
  PathFinder finder(g);
  auto one = finder.Best(11, 9);
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(Nodes(one[0]), (std::vector<uint32_t>{11, 0, 2, 9}));
  EXPECT_NEAR(one[0].Strength(), 0.029296875, 1e-7);
  EXPECT_TRUE(finder.Best(16, 25).empty());
  EXPECT_TRUE(finder.Best(5, 29).empty());
}

TEST(KaratePathsTest, ToAGroup) {
  PeopleGraph g = Karate();
  PathFinder finder(g);
  std::vector<uint32_t> group = {23, 26, 29};
  auto paths = finder.Best(0, group);
  ASSERT_EQ(paths.size(), 3u);
  EXPECT_EQ(Nodes(paths[0]), (std::vector<uint32_t>{0, 31, 25, 23}));
  EXPECT_NEAR(paths[0].Strength(), 0.13671875, 1e-6);
  EXPECT_EQ(Nodes(paths[1]), (std::vector<uint32_t>{0, 2, 32, 23}));
  EXPECT_NEAR(paths[1].Strength(), 0.09765625, 1e-6);
  EXPECT_NEAR(paths[2].Strength(), 0.078125, 1e-6);  // three paths tie here
}

// Every loopless path of at most max_hops hops, ranked: the definition.
class BruteForce {
 public:
  BruteForce(const PeopleGraph& g, std::vector<uint32_t> targets, int max_hops)
      : g_(g), targets_(std::move(targets)), max_hops_(max_hops) {}
  std::vector<GraphPath> Best(uint32_t s, size_t k) {
    found_.clear();
    GraphPath p;
    p.nodes[0] = s;
    Extend(p);
    std::sort(found_.begin(), found_.end(), PathBefore);
    if (found_.size() > k) found_.resize(k);
    return found_;
  }

 private:
  bool IsTarget(uint32_t v) const {
    return std::find(targets_.begin(), targets_.end(), v) != targets_.end();
  }
  void Extend(const GraphPath& p) {
    if (p.hops == max_hops_) return;
    const uint32_t last = p.nodes[static_cast<size_t>(p.hops)];
    auto nbrs = g_.Neighbors(last);
    for (size_t i = 0; i < nbrs.size(); ++i) {
      auto begin = p.nodes.begin(), end = p.nodes.begin() + p.hops + 1;
      if (std::find(begin, end, nbrs[i]) != end) continue;
      GraphPath q = p;
      q.hops = p.hops + 1;
      q.nodes[static_cast<size_t>(q.hops)] = nbrs[i];
      q.cost = p.cost + g_.Weights(last)[i];
      if (IsTarget(nbrs[i])) {
        found_.push_back(q);
      } else {
        Extend(q);
      }
    }
  }
  const PeopleGraph& g_;
  std::vector<uint32_t> targets_;
  int max_hops_;
  std::vector<GraphPath> found_;
};

// Random graphs with a few hubs; strengths from a short list so ties happen.
PeopleGraph RandomGraph(std::mt19937& rng, int n, int edges, bool few_strengths) {
  std::uniform_int_distribution<int> node(0, n - 1), hub(0, 2);
  std::uniform_real_distribution<float> strength(0.01f, 1.0f);
  const float levels[] = {0.25f, 0.5f, 0.75f, 1.0f};
  std::vector<WeightedEdge> list;
  for (int i = 0; i < edges; ++i) {
    int a = i % 3 == 0 ? hub(rng) : node(rng);
    float s = few_strengths ? levels[node(rng) % 4] : strength(rng);
    list.push_back({a, node(rng), s});
  }
  return PeopleGraph::Build(list);
}

void CompareWithBruteForce(bool few_strengths) {
  std::mt19937 rng(few_strengths ? 7 : 42);
  for (int round = 0; round < 300; ++round) {
    PeopleGraph g = RandomGraph(rng, 12 + round % 20, 20 + round % 60, few_strengths);
    PathFinder finder(g);
    std::uniform_int_distribution<uint32_t> node(0, g.node_count() - 1);
    for (int q = 0; q < 10; ++q) {
      std::vector<uint32_t> targets = {node(rng)};
      if (q % 3 == 0) targets.push_back(node(rng));
      if (q % 5 == 0) targets.push_back(node(rng));
      const uint32_t s = node(rng);
      const size_t k = 1 + static_cast<size_t>(q % 4);
      const int hops = 1 + (q + round) % 3;
      std::vector<uint32_t> clean;
      for (uint32_t t : targets) {
        if (t != s) clean.push_back(t);
      }
      auto want = BruteForce(g, clean, hops).Best(s, k);
      auto got = finder.Best(s, targets, k, hops);
      ASSERT_EQ(got.size(), want.size()) << "round " << round << " query " << q;
      for (size_t i = 0; i < got.size(); ++i) {
        EXPECT_EQ(Nodes(got[i]), Nodes(want[i])) << "round " << round << " query " << q;
        EXPECT_EQ(got[i].cost, want[i].cost);
      }
    }
  }
}

TEST(PathFinderBruteForceTest, MatchesOnRandomGraphs) { CompareWithBruteForce(false); }

TEST(PathFinderBruteForceTest, MatchesWithTiedStrengths) { CompareWithBruteForce(true); }

}  // namespace
}  // namespace kith::core
