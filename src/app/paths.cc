#include "app/paths.h"

#include <fmt/format.h>

#include <cmath>

#include "app/keep_in_touch.h"
#include "app/resolve.h"
#include "app/validate.h"
#include "core/path_strength.h"
#include "core/reason.h"
#include "store/knows.h"
#include "store/people.h"
#include "store/queue.h"
#include "util/text.h"

namespace kith::app {
namespace {

std::string KnowsWhy(const store::KnowsTie& tie) {
  return DescribeKnows(tie.how, tie.source, tie.count);
}

std::string YourWhy(const core::TieStats& stats, int64_t now) {
  core::ReasonInput in;
  in.last_at = stats.last_at;
  in.last_kind = stats.last_kind;
  in.now = now;
  return core::ReasonLine(in);  // "last: coffee 2 days ago"
}

Result<std::vector<core::PersonRef>> Targets(Context& ctx, const PathQuery& q) {
  if (!q.company.empty()) {
    auto ids = store::PeopleAtCompany(ctx.db, Fold(q.company));
    if (!ids) return ids.status();
    if (ids->empty()) return Status::NotFound(fmt::format("nobody works at '{}'", q.company));
    std::vector<core::PersonRef> out;
    for (int64_t id : *ids) {
      auto p = store::GetPerson(ctx.db, id);
      if (!p) return p.status();
      out.push_back({id, p->name});
    }
    return out;
  }
  auto ref = ResolvePerson(ctx.db, q.person);
  if (!ref) return ref.status();
  auto p = store::GetPerson(ctx.db, ref->id);
  if (!p) return p.status();
  if (p->archived_at) {
    return Status::Invalid(fmt::format("{} is archived; `kith unarchive` first", ref->name));
  }
  return std::vector<core::PersonRef>{*ref};
}

}  // namespace

std::string DescribeKnows(std::string_view how, std::string_view source, int64_t count) {
  if (!how.empty()) return std::string(how);
  if (source == "stated") return "you said they know each other";
  if (source == "intro") return "you introduced them";
  return count == 1 ? "seen together once" : fmt::format("seen together {} times", count);
}

Result<std::unique_ptr<WarmPaths>> WarmPaths::Load(Context& ctx) {
  std::unique_ptr<WarmPaths> w(new WarmPaths());
  auto me = store::MyPersonId(ctx.db);
  if (!me) return me.status();
  w->me_ = *me;
  KITH_RETURN_IF_ERROR(EnsureStats(ctx));
  auto candidates = store::LoadQueueCandidates(ctx.db);
  if (!candidates) return candidates.status();
  std::vector<core::WeightedEdge> edges;
  for (const auto& c : *candidates) {
    if (c.stats.count == 0) continue;
    double s = core::YourTieStrength(core::StrengthAt(c.stats, ctx.config, ctx.now));
    w->your_ties_[c.id] = {s, c.stats};
    edges.push_back({kYou, c.id, static_cast<float>(s)});
  }
  auto node = [&](int64_t id) { return id == w->me_ ? kYou : id; };
  KITH_RETURN_IF_ERROR(store::ForEachKnows(ctx.db, [&](const store::KnowsTie& t) {
    double s = core::KnowsStrength(t.source, t.count, t.strength);
    edges.push_back({node(t.a), node(t.b), static_cast<float>(s)});
  }));
  w->graph_ = std::make_unique<core::PeopleGraph>(core::PeopleGraph::Build(edges));
  w->finder_ = std::make_unique<core::PathFinder>(*w->graph_);
  return w;
}

Result<PathResult> WarmPaths::Find(Context& ctx, const PathQuery& query) {
  PathResult result;
  auto targets = Targets(ctx, query);
  if (!targets) return targets.status();
  result.targets = std::move(*targets);
  std::vector<uint32_t> indices;
  for (const auto& t : result.targets) {
    if (t.id == me_) return Status::Invalid("that is you");
    if (auto i = graph_->IndexOf(t.id)) indices.push_back(*i);
  }
  auto you = graph_->IndexOf(kYou);
  if (!you || indices.empty()) return result;
  for (const auto& p : finder_->Best(*you, indices, query.k)) {
    auto explained = Explain(ctx, p);
    if (!explained) return explained.status();
    result.paths.push_back(std::move(*explained));
  }
  return result;
}

Result<WarmPath> WarmPaths::Explain(Context& ctx, const core::GraphPath& path) const {
  WarmPath out;
  out.strength = path.Strength();
  for (int i = 1; i <= path.hops; ++i) {
    const uint32_t from = path.nodes[static_cast<size_t>(i - 1)];
    const uint32_t to = path.nodes[static_cast<size_t>(i)];
    const int64_t to_id = graph_->IdOf(to);
    auto person = store::GetPerson(ctx.db, to_id);
    if (!person) return person.status();
    auto why = Why(ctx, graph_->IdOf(from), to_id);
    if (!why) return why.status();
    out.hops.push_back({{to_id, person->name},
                        std::exp(-static_cast<double>(*graph_->Weight(from, to))),
                        std::move(*why)});
  }
  return out;
}

// Your hop is explained by whichever tie made it: your interactions, or a
// knows row with your own person, the stronger of the two (as in the graph).
Result<std::string> WarmPaths::Why(Context& ctx, int64_t from, int64_t to) const {
  std::optional<store::KnowsTie> tie;
  if (from != kYou || me_) {
    auto got = store::GetKnows(ctx.db, from == kYou ? *me_ : from, to);
    if (!got) return got.status();
    tie = std::move(*got);
  }
  auto yours = from == kYou ? your_ties_.find(to) : your_ties_.end();
  if (yours == your_ties_.end()) {
    return tie ? KnowsWhy(*tie) : std::string("");
  }
  if (tie && core::KnowsStrength(tie->source, tie->count, tie->strength) > yours->second.strength) {
    return KnowsWhy(*tie);
  }
  return YourWhy(yours->second.stats, ctx.now);
}

Result<KnowsResult> RecordKnows(Context& ctx, std::string_view a, std::string_view b,
                                std::optional<std::string_view> how,
                                std::optional<double> strength) {
  std::optional<std::string> checked_how;
  if (how) {
    auto text = CheckOptionalText("how", *how, kMaxField);
    if (!text) return text.status();
    checked_how = std::move(*text);
  }
  if (strength && !(*strength >= 0 && *strength <= 1)) {
    return Status::Invalid("strength must be between 0 and 1");
  }
  auto x = ResolvePerson(ctx.db, a);
  if (!x) return x.status();
  auto y = ResolvePerson(ctx.db, b);
  if (!y) return y.status();
  if (x->id == y->id) {
    return Status::Invalid(
        fmt::format("both name {} (#{}); a tie needs two people", x->name, x->id));
  }
  auto tx = store::Transaction::Begin(ctx.db);
  if (!tx) return tx.status();
  auto is_new = store::StateKnows(ctx.db, x->id, y->id, checked_how, strength, ctx.now);
  if (!is_new) return is_new.status();
  KITH_RETURN_IF_ERROR(tx->Commit());
  return KnowsResult{*x, *y, *is_new};
}

}  // namespace kith::app
