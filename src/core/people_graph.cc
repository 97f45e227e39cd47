#include "core/people_graph.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace kith::core {
namespace {

struct Arc {
  uint32_t to;
  float weight;
};

bool Usable(const WeightedEdge& e) { return e.a != e.b && e.strength > 0; }

float WeightOf(float strength) {
  return strength >= 1 ? 0.0f : static_cast<float>(-std::log(static_cast<double>(strength)));
}

std::vector<int64_t> SortedIds(std::span<const WeightedEdge> edges) {
  std::vector<int64_t> ids;
  ids.reserve(edges.size() * 2);
  for (const auto& e : edges) {
    if (!Usable(e)) continue;
    ids.push_back(e.a);
    ids.push_back(e.b);
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

// Maps ids to ranks; a contiguous range (as in generated graphs) needs no search.
class IdIndex {
 public:
  explicit IdIndex(const std::vector<int64_t>& ids)
      : ids_(ids),
        contiguous_(!ids.empty() &&
                    ids.back() - ids.front() + 1 == static_cast<int64_t>(ids.size())) {}
  uint32_t operator()(int64_t id) const {
    if (contiguous_) return static_cast<uint32_t>(id - ids_.front());
    return static_cast<uint32_t>(std::lower_bound(ids_.begin(), ids_.end(), id) - ids_.begin());
  }

 private:
  const std::vector<int64_t>& ids_;
  bool contiguous_;
};

// Keeps the strongest arc to each neighbour, then orders them strongest first.
size_t CanonicalizeArcs(Arc* begin, Arc* end) {
  std::sort(begin, end, [](const Arc& x, const Arc& y) {
    return std::tie(x.to, x.weight) < std::tie(y.to, y.weight);
  });
  Arc* last = std::unique(begin, end, [](const Arc& x, const Arc& y) { return x.to == y.to; });
  std::sort(begin, last, [](const Arc& x, const Arc& y) {
    return std::tie(x.weight, x.to) < std::tie(y.weight, y.to);
  });
  return static_cast<size_t>(last - begin);
}

}  // namespace

PeopleGraph PeopleGraph::Build(std::span<const WeightedEdge> edges) {
  PeopleGraph g;
  g.ids_ = SortedIds(edges);
  const size_t n = g.ids_.size();
  IdIndex index(g.ids_);
  std::vector<uint64_t> start(n + 1, 0);
  for (const auto& e : edges) {
    if (!Usable(e)) continue;
    ++start[index(e.a) + 1];
    ++start[index(e.b) + 1];
  }
  for (size_t v = 0; v < n; ++v) start[v + 1] += start[v];
  std::vector<Arc> arcs(start[n]);
  std::vector<uint64_t> fill(start.begin(), start.end() - 1);
  for (const auto& e : edges) {
    if (!Usable(e)) continue;
    uint32_t a = index(e.a), b = index(e.b);
    float w = WeightOf(e.strength);
    arcs[fill[a]++] = {b, w};
    arcs[fill[b]++] = {a, w};
  }
  g.offsets_.assign(n + 1, 0);
  g.neighbors_.reserve(arcs.size());
  g.weights_.reserve(arcs.size());
  for (size_t v = 0; v < n; ++v) {
    size_t kept = CanonicalizeArcs(arcs.data() + start[v], arcs.data() + start[v + 1]);
    for (size_t i = 0; i < kept; ++i) {
      g.neighbors_.push_back(arcs[start[v] + i].to);
      g.weights_.push_back(arcs[start[v] + i].weight);
    }
    g.offsets_[v + 1] = g.neighbors_.size();
  }
  return g;
}

std::optional<uint32_t> PeopleGraph::IndexOf(int64_t id) const {
  auto it = std::lower_bound(ids_.begin(), ids_.end(), id);
  if (it == ids_.end() || *it != id) return std::nullopt;
  return static_cast<uint32_t>(it - ids_.begin());
}

std::optional<float> PeopleGraph::Weight(uint32_t u, uint32_t v) const {
  auto nbrs = Neighbors(u);
  for (size_t i = 0; i < nbrs.size(); ++i) {
    if (nbrs[i] == v) return Weights(u)[i];
  }
  return std::nullopt;
}

double GraphPath::Strength() const { return std::exp(-cost); }

bool PathBefore(const GraphPath& x, const GraphPath& y) {
  if (x.cost != y.cost) return x.cost < y.cost;
  if (x.hops != y.hops) return x.hops < y.hops;
  return x.nodes < y.nodes;
}

}  // namespace kith::core
