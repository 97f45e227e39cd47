// Reading the network as a whole: stats, search, the picture, warm paths,
// likely duplicates.
#include <fmt/format.h>

#include "app/dupes.h"
#include "app/json.h"
#include "app/json_network.h"
#include "app/network_view.h"
#include "app/paths.h"
#include "server/api.h"
#include "store/network.h"
#include "store/search.h"

namespace kith::server {
namespace {

using nlohmann::json;

Response GetStats(Request&, app::Context& ctx) {
  return Reply([&]() -> Result<json> {
    auto summary = store::SummarizeNetwork(ctx.db, ctx.now);
    if (!summary) return summary.status();
    return app::ToJson(*summary);
  });
}

// The snippet split into [{"text", "match"}] so no markup crosses the wire.
json SnippetParts(const std::string& snippet) {
  json parts = json::array();
  std::string text;
  bool match = false;
  auto flush = [&] {
    if (!text.empty()) parts.push_back({{"text", text}, {"match", match}});
    text.clear();
  };
  for (char c : snippet) {
    if (c == store::kMatchOpen[0] || c == store::kMatchClose[0]) {
      flush();
      match = c == store::kMatchOpen[0];
    } else {
      text += c;
    }
  }
  flush();
  return parts;
}

Response Search(Request& q, app::Context& ctx) {
  return Reply([&]() -> Result<json> {
    std::string text(q.Query("q"));
    if (text.size() > 1000) return Status::Invalid("q is longer than 1000 bytes");
    auto limit = IntQuery(q, "limit", 20, 1, 200);
    if (!limit) return limit.status();
    json items = json::array();
    if (store::FtsQuery(text).empty()) return json{{"items", items}};
    auto hits = store::SearchPeople(ctx.db, text, static_cast<int>(*limit));
    if (!hits) return hits.status();
    for (const auto& h : *hits) {
      items.push_back({{"person", {{"id", h.id}, {"name", h.name}}},
                       {"company", h.company},
                       {"title", h.title},
                       {"snippet", SnippetParts(h.snippet)}});
    }
    return json{{"items", items}};
  });
}

Response GetNetwork(Request& q, app::Context& ctx) {
  return Reply([&]() -> Result<json> {
    auto max = IntQuery(q, "nodes", 150, 1, 2000);
    if (!max) return max.status();
    auto view = app::LoadNetworkView(ctx, static_cast<size_t>(*max));
    if (!view) return view.status();
    json nodes = json::array(), edges = json::array(), health = json::array();
    for (const auto& n : view->nodes) {
      nodes.push_back({{"id", n.id},
                       {"name", n.name},
                       {"circle", core::Name(n.circle)},
                       {"strength", std::round(n.strength)},
                       {"drifting", n.drifting}});
    }
    for (const auto& e : view->edges) edges.push_back({{"a", e.a}, {"b", e.b}, {"count", e.count}});
    for (int c = 0; c < core::kCircleCount; ++c) {
      health.push_back({{"circle", core::Name(static_cast<core::Circle>(c))},
                        {"healthy", view->health[c].healthy},
                        {"drifting", view->health[c].drifting}});
    }
    return json{{"nodes", nodes}, {"edges", edges}, {"health", health}};
  });
}

Response GetPaths(Request& q, app::Context& ctx) {
  return Reply([&]() -> Result<json> {
    std::string person(q.Query("to")), company(q.Query("company"));
    if (person.empty() == company.empty()) {
      return Status::Invalid("give either to (a person) or company, not both");
    }
    if (person.size() > 1000 || company.size() > 1000) return Status::Invalid("too long");
    auto paths = app::WarmPaths::Load(ctx);
    if (!paths) return paths.status();
    auto r = (*paths)->Find(ctx, {person, company, 3});
    if (!r) return r.status();
    json targets = json::array(), list = json::array();
    for (const auto& t : r->targets) targets.push_back({{"id", t.id}, {"name", t.name}});
    for (const auto& p : r->paths) list.push_back(app::ToJson(p));
    return json{{"targets", targets}, {"paths", list}};
  });
}

Response GetDupes(Request& q, app::Context& ctx) {
  return Reply([&]() -> Result<json> {
    auto limit = IntQuery(q, "limit", 50, 1, 1000);
    if (!limit) return limit.status();
    auto pairs = app::FindDuplicates(ctx, static_cast<size_t>(*limit));
    if (!pairs) return pairs.status();
    json items = json::array();
    for (const auto& p : *pairs) items.push_back(app::ToJson(p));
    return json{{"items", items}};
  });
}

}  // namespace

void AddNetworkRoutes(Router& r) {
  const std::string api = kApi;
  r.Add("GET", api + "/stats", GetStats);
  r.Add("GET", api + "/search", Search);
  r.Add("GET", api + "/network", GetNetwork);
  r.Add("GET", api + "/paths", GetPaths);
  r.Add("GET", api + "/dupes", GetDupes);
}

}  // namespace kith::server
