// Who knows whom, held in memory for warm paths: an undirected weighted graph
// in compressed sparse row form, and PathFinder, which finds the strongest
// short chains of introductions from one person to another.
//
//   std::vector<WeightedEdge> edges = {{kYou, 7, 0.72f}, {7, 12, 0.55f}};
//   PeopleGraph graph = PeopleGraph::Build(edges);
//   PathFinder finder(graph);
//   auto paths = finder.Best(*graph.IndexOf(kYou), *graph.IndexOf(12));
//   // paths[0].nodes = {you, 7, 12}, paths[0].Strength() = 0.72 x 0.55
//
// A path's strength is the product of its ties' strengths (each in (0, 1]),
// so the strongest path is the shortest one over edge weights -ln(strength).
// People are int64 ids outside and dense indices 0..n-1 (their rank among the
// ids) inside; the graph stores for each person the neighbours sorted by
// weight, strongest tie first, which is what lets PathFinder stop early.
//
// Why a bounded join and not Yen or Dijkstra: a path has at most three hops
// (you -> a -> b -> target), so every candidate is either the edge s-t, a
// common neighbour s-a-t, or an edge a-b between a neighbour a of the source
// and a neighbour b of a target. PathFinder marks N(s) with its costs and
// N(targets) with each one's k best costs to a target, then scans the
// adjacency of whichever side has the smaller total degree. Because
// adjacency is sorted by weight and the source side is visited cheapest
// first, a scan stops as soon as its lower bound exceeds the k-th best cost
// found so far, so hubs with thousands of ties cost only their strongest few.
// The answer is exact (path_finder_test.cc checks it against brute force):
// the k best paths by cost, ties broken by hop count then node indices.
//
// A PeopleGraph is immutable after Build and safe to share between threads.
// A PathFinder keeps per-query scratch arrays the size of the graph; use one
// per thread.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace kith::core {

struct WeightedEdge {
  int64_t a = 0;
  int64_t b = 0;
  float strength = 0;  // in (0, 1]; edges at 0 or below are dropped, above 1 clamped
};

class PeopleGraph {
 public:
  PeopleGraph() = default;

  // Builds the graph of `edges`. Either direction of a pair counts as the
  // same tie; when a pair appears more than once, the strongest wins.
  // Self-loops are dropped. O(E log E).
  static PeopleGraph Build(std::span<const WeightedEdge> edges);

  uint32_t node_count() const { return static_cast<uint32_t>(ids_.size()); }
  uint64_t edge_count() const { return neighbors_.size() / 2; }  // undirected ties

  // The dense index of a person id, if they have any tie.
  std::optional<uint32_t> IndexOf(int64_t id) const;
  int64_t IdOf(uint32_t index) const { return ids_[index]; }

  // Neighbours of `v` and the weights (-ln strength) of the ties to them,
  // strongest (lowest weight) first; both spans have the same length.
  std::span<const uint32_t> Neighbors(uint32_t v) const {
    return {neighbors_.data() + offsets_[v], neighbors_.data() + offsets_[v + 1]};
  }
  std::span<const float> Weights(uint32_t v) const {
    return {weights_.data() + offsets_[v], weights_.data() + offsets_[v + 1]};
  }
  uint64_t Degree(uint32_t v) const { return offsets_[v + 1] - offsets_[v]; }

  // The weight of the tie u-v, if there is one. O(degree).
  std::optional<float> Weight(uint32_t u, uint32_t v) const;

 private:
  std::vector<int64_t> ids_;       // sorted; index -> id
  std::vector<uint64_t> offsets_;  // node_count + 1
  std::vector<uint32_t> neighbors_;
  std::vector<float> weights_;
};

// A path of 1..3 hops: nodes[0] is the source, nodes[hops] the target.
struct GraphPath {
  std::array<uint32_t, 4> nodes{};
  int hops = 0;
  double cost = 0;  // sum of -ln(strength), added in path order
  double Strength() const;
};

// Orders paths by cost, then fewer hops, then node indices: the order
// PathFinder returns them in, total and deterministic.
bool PathBefore(const GraphPath& x, const GraphPath& y);

class PathFinder {
 public:
  static constexpr int kMaxHops = 3;

  explicit PathFinder(const PeopleGraph& graph);

  // The `k` best loopless paths of at most `max_hops` (1..3) hops from
  // `source` to `target`, best first. Empty when none exists.
  std::vector<GraphPath> Best(uint32_t source, uint32_t target, size_t k = 3,
                              int max_hops = kMaxHops);

  // The same to any of `targets` (a company's people): a path ends at the
  // first target it reaches, so no path passes through another target.
  // `source` among the targets is ignored; duplicates are harmless.
  std::vector<GraphPath> Best(uint32_t source, std::span<const uint32_t> targets, size_t k = 3,
                              int max_hops = kMaxHops);

 private:
  struct BackCost {
    double cost;
    uint32_t target;
  };
  class TopK;

  void NextEpoch();
  void MarkSource(uint32_t source);
  void MarkTargets(uint32_t source, std::span<const uint32_t> targets, size_t k);
  void AddBackCost(uint32_t b, BackCost cost, size_t k);
  void DirectAndTwoHop(uint32_t source, std::span<const uint32_t> targets, int max_hops,
                       TopK& top) const;
  void JoinFromSource(uint32_t source, TopK& top) const;
  void JoinFromTargets(uint32_t source, TopK& top);
  void OfferThreeHop(uint32_t source, uint32_t a, uint32_t b, double to_b, TopK& top) const;

  const PeopleGraph& graph_;
  uint32_t epoch_ = 0;
  // Per node, valid when the stamp equals epoch_.
  std::vector<uint32_t> source_stamp_;  // a neighbour of the source
  std::vector<double> source_cost_;
  std::vector<uint32_t> target_stamp_;             // a target
  std::vector<uint32_t> back_stamp_;               // a neighbour of a target (not a target)
  std::vector<uint32_t> back_slot_;                // index into back_lists_
  std::vector<std::vector<BackCost>> back_lists_;  // k best costs to a target, best first
  std::vector<uint32_t> back_nodes_;               // the marked neighbours of targets
  std::vector<uint32_t> targets_;                  // deduplicated, without the source
  double min_source_ = 0;                          // cheapest tie of the source
  double min_back_ = 0;                            // cheapest tie of any target
};

}  // namespace kith::core
