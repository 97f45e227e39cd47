#include "app/network_view.h"

#include <algorithm>
#include <unordered_set>

#include "app/tie_snapshot.h"
#include "store/knows.h"

namespace kith::app {

Result<NetworkView> LoadNetworkView(Context& ctx, size_t max_nodes) {
  auto ties = LoadTies(ctx);
  if (!ties) return ties.status();
  const auto& candidates = (*ties)->candidates;
  NetworkView view;
  for (size_t i = 0; i < candidates.size(); ++i) {
    const auto& a = (*ties)->assessments[i];
    auto& h = view.health[static_cast<size_t>(a.circle)];
    ++(a.drifting ? h.drifting : h.healthy);
    view.nodes.push_back({candidates[i].id, candidates[i].name, a.circle, a.strength, a.drifting});
  }
  std::sort(view.nodes.begin(), view.nodes.end(), [](const auto& x, const auto& y) {
    return x.strength != y.strength ? x.strength > y.strength : x.id < y.id;
  });
  if (view.nodes.size() > max_nodes) view.nodes.resize(max_nodes);
  std::unordered_set<int64_t> shown;
  for (const auto& n : view.nodes) shown.insert(n.id);
  KITH_RETURN_IF_ERROR(store::ForEachKnows(ctx.db, [&](const store::KnowsTie& t) {
    if (shown.contains(t.a) && shown.contains(t.b)) view.edges.push_back({t.a, t.b, t.count});
  }));
  return view;
}

}  // namespace kith::app
