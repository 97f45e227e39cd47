// PathFinder: the bounded join described in people_graph.h. Every cost is
// added in path order (source side first) so that equal paths have equal
// costs bit for bit, whichever side a scan started from.
#include <algorithm>
#include <limits>

#include "core/people_graph.h"

namespace kith::core {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

}  // namespace

// The k best paths offered so far, best first.
class PathFinder::TopK {
 public:
  explicit TopK(size_t k) : k_(k) {}

  // Paths costing more than this cannot enter.
  double Bound() const { return paths_.size() < k_ ? kInf : paths_.back().cost; }

  void Offer(const GraphPath& p) {
    if (paths_.size() == k_ && !PathBefore(p, paths_.back())) return;
    paths_.insert(std::upper_bound(paths_.begin(), paths_.end(), p, PathBefore), p);
    if (paths_.size() > k_) paths_.pop_back();
  }

  std::vector<GraphPath> Take() { return std::move(paths_); }

 private:
  size_t k_;
  std::vector<GraphPath> paths_;
};

PathFinder::PathFinder(const PeopleGraph& graph)
    : graph_(graph),
      source_stamp_(graph.node_count(), 0),
      source_cost_(graph.node_count(), 0),
      target_stamp_(graph.node_count(), 0),
      back_stamp_(graph.node_count(), 0),
      back_slot_(graph.node_count(), 0) {}

std::vector<GraphPath> PathFinder::Best(uint32_t source, uint32_t target, size_t k, int max_hops) {
  return Best(source, std::span<const uint32_t>(&target, 1), k, max_hops);
}

std::vector<GraphPath> PathFinder::Best(uint32_t source, std::span<const uint32_t> targets,
                                        size_t k, int max_hops) {
  max_hops = std::min(max_hops, kMaxHops);
  if (k == 0 || max_hops < 1 || graph_.Degree(source) == 0) return {};
  NextEpoch();
  MarkSource(source);
  MarkTargets(source, targets, k);
  TopK top(k);
  DirectAndTwoHop(source, targets_, max_hops, top);
  if (max_hops < 3 || back_nodes_.empty()) return top.Take();
  uint64_t source_side = 0, target_side = 0;
  for (uint32_t a : graph_.Neighbors(source)) {
    if (target_stamp_[a] != epoch_) source_side += graph_.Degree(a);
  }
  for (uint32_t b : back_nodes_) target_side += graph_.Degree(b);
  if (source_side <= target_side) {
    JoinFromSource(source, top);
  } else {
    JoinFromTargets(source, top);
  }
  return top.Take();
}

void PathFinder::NextEpoch() {
  if (++epoch_ != 0) return;
  for (auto* stamps : {&source_stamp_, &target_stamp_, &back_stamp_}) {
    std::fill(stamps->begin(), stamps->end(), 0);
  }
  epoch_ = 1;
}

void PathFinder::MarkSource(uint32_t source) {
  auto nbrs = graph_.Neighbors(source);
  auto weights = graph_.Weights(source);
  for (size_t i = 0; i < nbrs.size(); ++i) {
    source_stamp_[nbrs[i]] = epoch_;
    source_cost_[nbrs[i]] = weights[i];
  }
  min_source_ = weights.empty() ? kInf : weights[0];
}

// Marks the targets, then each target's neighbours (other than the source
// and targets) with their k cheapest hops to a target.
void PathFinder::MarkTargets(uint32_t source, std::span<const uint32_t> targets, size_t k) {
  targets_.clear();
  for (uint32_t t : targets) {
    if (t == source || target_stamp_[t] == epoch_) continue;
    target_stamp_[t] = epoch_;
    targets_.push_back(t);
  }
  back_nodes_.clear();
  min_back_ = kInf;
  for (uint32_t t : targets_) {
    auto nbrs = graph_.Neighbors(t);
    auto weights = graph_.Weights(t);
    for (size_t i = 0; i < nbrs.size(); ++i) {
      uint32_t b = nbrs[i];
      if (b == source || target_stamp_[b] == epoch_) continue;
      AddBackCost(b, {weights[i], t}, k);
      min_back_ = std::min<double>(min_back_, weights[i]);
    }
  }
}

void PathFinder::AddBackCost(uint32_t b, BackCost cost, size_t k) {
  if (back_stamp_[b] != epoch_) {
    back_stamp_[b] = epoch_;
    back_slot_[b] = static_cast<uint32_t>(back_nodes_.size());
    if (back_nodes_.size() == back_lists_.size()) back_lists_.emplace_back();
    back_lists_[back_nodes_.size()].clear();
    back_nodes_.push_back(b);
  }
  auto& list = back_lists_[back_slot_[b]];
  auto before = [](const BackCost& x, const BackCost& y) {
    return x.cost != y.cost ? x.cost < y.cost : x.target < y.target;
  };
  if (list.size() == k && !before(cost, list.back())) return;
  list.insert(std::upper_bound(list.begin(), list.end(), cost, before), cost);
  if (list.size() > k) list.pop_back();
}

void PathFinder::DirectAndTwoHop(uint32_t source, std::span<const uint32_t> targets, int max_hops,
                                 TopK& top) const {
  for (uint32_t t : targets) {
    if (source_stamp_[t] == epoch_) top.Offer({{source, t, 0, 0}, 1, source_cost_[t]});
    if (max_hops < 2) continue;
    auto nbrs = graph_.Neighbors(t);
    auto weights = graph_.Weights(t);
    for (size_t i = 0; i < nbrs.size(); ++i) {
      if (min_source_ + weights[i] > top.Bound()) break;
      uint32_t b = nbrs[i];
      if (source_stamp_[b] != epoch_ || target_stamp_[b] == epoch_) continue;
      top.Offer({{source, b, t, 0}, 2, source_cost_[b] + weights[i]});
    }
  }
}

// Neighbours a of the source, cheapest first, then a's ties, cheapest first.
void PathFinder::JoinFromSource(uint32_t source, TopK& top) const {
  auto firsts = graph_.Neighbors(source);
  for (uint32_t a : firsts) {
    const double to_a = source_cost_[a];
    if (to_a + min_back_ > top.Bound()) break;
    if (target_stamp_[a] == epoch_) continue;
    auto nbrs = graph_.Neighbors(a);
    auto weights = graph_.Weights(a);
    for (size_t i = 0; i < nbrs.size(); ++i) {
      const double to_b = to_a + weights[i];
      if (to_b + min_back_ > top.Bound()) break;
      if (back_stamp_[nbrs[i]] == epoch_) OfferThreeHop(source, a, nbrs[i], to_b, top);
    }
  }
}

// Neighbours b of the targets, cheapest first, then b's ties, cheapest first.
void PathFinder::JoinFromTargets(uint32_t source, TopK& top) {
  auto cheaper = [&](uint32_t x, uint32_t y) {
    return back_lists_[back_slot_[x]][0].cost < back_lists_[back_slot_[y]][0].cost;
  };
  std::sort(back_nodes_.begin(), back_nodes_.end(), cheaper);
  for (uint32_t b : back_nodes_) {
    const double best_back = back_lists_[back_slot_[b]][0].cost;
    if (min_source_ + best_back > top.Bound()) break;
    auto nbrs = graph_.Neighbors(b);
    auto weights = graph_.Weights(b);
    for (size_t i = 0; i < nbrs.size(); ++i) {
      if (min_source_ + weights[i] + best_back > top.Bound()) break;
      uint32_t a = nbrs[i];
      if (source_stamp_[a] != epoch_ || target_stamp_[a] == epoch_) continue;
      OfferThreeHop(source, a, b, source_cost_[a] + weights[i], top);
    }
  }
}

void PathFinder::OfferThreeHop(uint32_t source, uint32_t a, uint32_t b, double to_b,
                               TopK& top) const {
  for (const BackCost& c : back_lists_[back_slot_[b]]) {
    const double cost = to_b + c.cost;
    if (cost > top.Bound()) break;
    top.Offer({{source, a, b, c.target}, 3, cost});
  }
}

}  // namespace kith::core
