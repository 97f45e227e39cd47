#include "app/ask.h"

#include <fmt/format.h>

#include <algorithm>

#include "app/paths.h"
#include "app/tie_snapshot.h"
#include "core/path_strength.h"
#include "core/term_index.h"
#include "store/knows.h"
#include "store/people.h"
#include "store/search.h"

namespace kith::app {
namespace {

// How many full-text hits are weighed; the rest match too little to matter.
constexpr int kCandidates = 200;
// How many of the best-matching hits are looked at for a two-hop way in.
constexpr size_t kViaCandidates = 60;

double DirectReach(const TieSnapshot& ties, int64_t id) {
  const auto* a = ties.Find(id);
  const auto* c = ties.Candidate(id);
  if (!a || !c || c->stats.count == 0) return core::kMinHopStrength;
  return core::YourTieStrength(a->strength);
}

struct Via {
  int64_t id = 0;
  double reach = 0;
  std::string how;
};

// The best person you know who knows `id`: your tie to them × theirs to `id`.
Result<std::optional<Via>> BestVia(Context& ctx, const TieSnapshot& ties, int64_t id,
                                   std::optional<int64_t> me) {
  auto knows = store::KnowsOf(ctx.db, id);
  if (!knows) return knows.status();
  std::optional<Via> best;
  for (const auto& k : *knows) {
    int64_t other = k.a == id ? k.b : k.a;
    if (me && other == *me) continue;  // your own knows tie is a direct one
    double r = DirectReach(ties, other) * core::KnowsStrength(k.source, k.count, k.strength);
    if (!best || r > best->reach) best = Via{other, r, DescribeKnows(k.how, k.source, k.count)};
  }
  return best;
}

std::string Reason(const AskAnswer& a) {
  int tie = static_cast<int>(std::lround(a.reach * 100));
  if (a.via) {
    return fmt::format("Ask {} — they know {} ({})", a.via->name, a.person.name, a.via_how);
  }
  return fmt::format("Ask {} directly (reach {}/100)", a.person.name, tie);
}

}  // namespace

Result<std::vector<AskAnswer>> Ask(Context& ctx, std::string_view question, int limit) {
  auto terms = core::ContentTerms(question);
  if (terms.empty()) {
    return Status::Invalid(
        "nothing to look for: ask with a few words (a skill, a company, a place)");
  }
  auto hits = store::SearchAnyTerm(ctx.db, terms, kCandidates);
  if (!hits) return hits.status();
  std::vector<AskAnswer> out;
  if (hits->empty()) return out;
  auto ties = LoadTies(ctx);
  if (!ties) return ties.status();
  auto me = store::MyPersonId(ctx.db);
  if (!me) return me.status();
  const double best_rank = hits->front().rank;  // BM25: negative, lower is better
  for (size_t i = 0; i < hits->size(); ++i) {
    const auto& h = (*hits)[i];
    AskAnswer a;
    a.person = {h.id, h.name};
    a.company = h.company;
    a.title = h.title;
    a.snippet = h.snippet;
    a.relevance = best_rank < 0 ? std::clamp(h.rank / best_rank, 0.0, 1.0) : 1.0;
    a.reach = DirectReach(**ties, h.id);
    if (i < kViaCandidates) {
      auto via = BestVia(ctx, **ties, h.id, *me);
      if (!via) return via.status();
      if (*via && (*via)->reach > a.reach) {
        auto person = store::GetPerson(ctx.db, (*via)->id);
        if (!person) return person.status();
        a.via = core::PersonRef{person->id, person->name};
        a.via_how = std::move((*via)->how);
        a.reach = (*via)->reach;
      }
    }
    a.score = a.relevance * a.reach;
    out.push_back(std::move(a));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const AskAnswer& x, const AskAnswer& y) { return x.score > y.score; });
  if (out.size() > static_cast<size_t>(limit)) out.resize(static_cast<size_t>(limit));
  for (auto& a : out) a.reason = Reason(a);
  return out;
}

}  // namespace kith::app
