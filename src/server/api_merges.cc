// One person entered twice becomes one, and back: the same use cases as
// `kith merge`, `kith unmerge` and `kith merges`; and `kith knows`, the tie
// between two people that warm paths are made of.
#include <fmt/format.h>

#include "app/json_events.h"
#include "app/merge.h"
#include "app/paths.h"
#include "server/api.h"

namespace kith::server {
namespace {

using nlohmann::json;

json Ref(const core::PersonRef& p) { return {{"id", p.id}, {"name", p.name}}; }

Response ListMerges(Request& q, app::Context& ctx) {
  return Reply([&]() -> Result<json> {
    auto limit = IntQuery(q, "limit", 50, 1, 1000);
    if (!limit) return limit.status();
    auto merges = store::ListMerges(ctx.db, static_cast<int>(*limit));
    if (!merges) return merges.status();
    json items = json::array();
    for (const auto& m : *merges) items.push_back(app::ToJson(m));
    return json{{"items", items}};
  });
}

Response MergePeople(Request& q, app::Context& ctx) {
  auto body = BodyObject(q);
  if (!body) return FromStatus(body.status());
  auto dry = body->value("dry_run", json(false));
  if (!dry.is_boolean()) return FromStatus(Status::Invalid("dry_run must be true or false"));
  return Reply(
      [&]() -> Result<json> {
        auto keep = PersonField(*body, "keep");
        if (!keep) return keep.status();
        auto other = PersonField(*body, "other");
        if (!other) return other.status();
        auto merged = app::Merge(ctx, *keep, *other, dry.get<bool>());
        if (!merged) return merged.status();
        json out = app::ToJson(*merged);
        out["dry_run"] = dry.get<bool>();
        return out;
      },
      dry.get<bool>() ? 200 : 201);
}

Response UndoMerge(Request& q, app::Context& ctx) {
  return Reply([&]() -> Result<json> {
    auto n = IdParam(q, "a merge");
    if (!n) return n.status();
    auto undone = app::Unmerge(ctx, *n);
    if (!undone) return undone.status();
    return app::ToJson(*undone);
  });
}

Response RecordKnows(Request& q, app::Context& ctx) {
  return Reply([&]() -> Result<json> {
    auto body = BodyObject(q);
    if (!body) return body.status();
    auto a = PersonField(*body, "a");
    if (!a) return a.status();
    auto b = PersonField(*body, "b");
    if (!b) return b.status();
    auto how = StringField(*body, "how", 1000);
    if (!how) return how.status();
    std::optional<double> strength;
    if (auto s = body->find("strength"); s != body->end() && !s->is_null()) {
      if (!s->is_number() || s->get<double>() <= 0 || s->get<double>() > 1) {
        return Status::Invalid("strength is a number above 0 and at most 1");
      }
      strength = s->get<double>();
    }
    auto known = app::RecordKnows(
        ctx, *a, *b, how->empty() ? std::nullopt : std::optional<std::string_view>(*how), strength);
    if (!known) return known.status();
    return json{{"a", Ref(known->a)}, {"b", Ref(known->b)}, {"new", known->is_new}};
  });
}

}  // namespace

void AddMergeRoutes(Router& r) {
  const std::string api = kApi;
  r.Add("GET", api + "/merges", ListMerges);
  r.Add("POST", api + "/merges", MergePeople);
  r.Add("POST", api + "/merges/:id/undo", UndoMerge);
  r.Add("POST", api + "/knows", RecordKnows);
}

}  // namespace kith::server
