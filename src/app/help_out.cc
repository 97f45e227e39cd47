#include "app/help_out.h"

#include <fmt/format.h>

#include <algorithm>

#include "app/me.h"
#include "app/tie_snapshot.h"
#include "core/path_strength.h"
#include "core/term_index.h"
#include "store/details.h"
#include "store/matching.h"

namespace kith::app {
namespace {

constexpr size_t kOthers = 2;  // other people's offers shown per need

struct OfferDoc {
  core::PersonRef by;
  bool mine = false;
  std::string text;
};

std::string_view First(std::string_view name) { return name.substr(0, name.find(' ')); }

std::string Draft(const HelpNeed& n) {
  const HelpMatch& m = n.matches.front();
  if (m.mine) {
    return fmt::format(
        "Hi {}, you mentioned you're looking for {}. I can help — {}. Want to find a time "
        "this week?",
        First(n.person.name), n.need, m.offer);
  }
  return fmt::format(
      "Hi {}, you mentioned you're looking for {}. I know someone who could help: {} (\"{}\"). "
      "Would an introduction be welcome?",
      First(n.person.name), n.need, m.by.name, m.offer);
}

Result<std::vector<OfferDoc>> Offers(Context& ctx, const std::vector<store::OpenAsk>& asks,
                                     const std::optional<core::PersonRef>& me) {
  std::vector<OfferDoc> docs;
  for (const auto& a : asks) {
    if (a.side == core::Side::kOffer) docs.push_back({{a.person_id, a.person}, a.mine, a.text});
  }
  if (me) {
    auto facts = store::FactsOf(ctx.db, me->id);
    if (!facts) return facts.status();
    for (const auto& f : *facts) {
      if (f.kind == core::FactKind::kWork) docs.push_back({*me, true, f.text});
    }
  }
  return docs;
}

double Reach(const TieSnapshot& ties, int64_t id) {
  const auto* a = ties.Find(id);
  return a ? core::YourTieStrength(a->strength) : core::kMinHopStrength;
}

}  // namespace

Result<HelpOutList> HelpOut(Context& ctx, int limit) {
  auto asks = store::OpenAsks(ctx.db);
  if (!asks) return asks.status();
  auto me = FindMe(ctx);
  if (!me) return me.status();
  auto offers = Offers(ctx, *asks, *me);
  if (!offers) return offers.status();
  core::TermIndex index;
  for (size_t i = 0; i < offers->size(); ++i)
    index.Add(static_cast<uint32_t>(i), (*offers)[i].text);
  auto ties = LoadTies(ctx);
  if (!ties) return ties.status();

  HelpOutList out;
  out.have_profile = me->has_value();
  const size_t max_df = std::max<size_t>(20, index.documents() / 10);
  for (const auto& a : *asks) {
    if (a.side != core::Side::kNeed || a.mine) continue;
    ++out.open_needs;
    HelpNeed need{{a.person_id, a.person}, a.id, a.text, {}, {}, 0};
    std::optional<HelpMatch> mine;
    for (auto& m : index.Match(core::ContentTerms(a.text), 0, max_df)) {
      const OfferDoc& doc = (*offers)[m.doc];
      if (doc.by.id == a.person_id) continue;  // their own offer
      HelpMatch match{doc.by, doc.mine, doc.text, std::move(m.terms), m.score};
      if (doc.mine) {
        if (!mine) mine = std::move(match);
      } else if (need.matches.size() < kOthers) {
        need.matches.push_back(std::move(match));
      }
    }
    if (mine) need.matches.insert(need.matches.begin(), std::move(*mine));
    if (need.matches.empty()) continue;
    ++out.matched;
    need.score = need.matches.front().score * Reach(**ties, a.person_id);
    need.draft = Draft(need);
    out.needs.push_back(std::move(need));
  }
  std::stable_sort(out.needs.begin(), out.needs.end(), [](const HelpNeed& x, const HelpNeed& y) {
    bool xm = x.matches.front().mine, ym = y.matches.front().mine;
    return xm != ym ? xm : x.score > y.score;
  });
  if (out.needs.size() > static_cast<size_t>(limit)) out.needs.resize(static_cast<size_t>(limit));
  return out;
}

}  // namespace kith::app
