#include "app/intro_ideas.h"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

#include "app/tie_snapshot.h"
#include "core/intro_pairs.h"
#include "core/path_strength.h"
#include "core/term_index.h"
#include "store/knows.h"
#include "store/matching.h"

namespace kith::app {
namespace {

uint64_t PairKey(uint32_t a, uint32_t b) {
  return (uint64_t{std::min(a, b)} << 32) | std::max(a, b);
}

struct Texts {
  std::vector<std::string> needs, offers, interests;  // as stored, parallel to PairInput
};

struct Loaded {
  std::vector<core::PersonRef> refs;
  std::vector<core::PairInput> inputs;
  std::vector<Texts> texts;
  std::unordered_map<int64_t, uint32_t> index;  // person id → position
};

Result<Loaded> LoadPeople(Context& ctx, const TieSnapshot& ties) {
  Loaded l;
  for (const auto& c : ties.candidates) {
    l.index[c.id] = static_cast<uint32_t>(l.refs.size());
    l.refs.push_back({c.id, c.name});
    core::PairInput in;
    const auto* a = ties.Find(c.id);
    in.tie = c.stats.count > 0 && a ? core::YourTieStrength(a->strength) : 0;
    l.inputs.push_back(std::move(in));
  }
  l.texts.resize(l.refs.size());
  auto asks = store::OpenAsks(ctx.db);
  if (!asks) return asks.status();
  for (const auto& a : *asks) {
    auto it = l.index.find(a.person_id);
    if (it == l.index.end()) continue;                // you
    if (l.inputs[it->second].tie < kVouch) continue;  // never suggested: skip the text work
    auto& in = l.inputs[it->second];
    auto& t = l.texts[it->second];
    if (a.side == core::Side::kNeed) {
      in.needs.push_back(core::ContentTerms(a.text));
      t.needs.push_back(a.text);
    } else {
      in.offers.push_back(core::ContentTerms(a.text));
      t.offers.push_back(a.text);
    }
  }
  auto interests = store::Interests(ctx.db);
  if (!interests) return interests.status();
  for (const auto& i : *interests) {
    auto it = l.index.find(i.person_id);
    if (it == l.index.end()) continue;
    auto& in = l.inputs[it->second];
    if (in.tie < kVouch) continue;
    for (auto& term : core::ContentTerms(i.text)) {
      if (std::find(in.interests.begin(), in.interests.end(), term) == in.interests.end())
        in.interests.push_back(std::move(term));
    }
    l.texts[it->second].interests.push_back(i.text);
  }
  return l;
}

// The first of `texts` holding `term`, for showing what two people share.
std::string Holding(const std::vector<std::string>& texts, const std::string& term) {
  for (const auto& t : texts) {
    auto terms = core::ContentTerms(t);
    if (std::find(terms.begin(), terms.end(), term) != terms.end()) return t;
  }
  return "";
}

std::string Reason(const IntroIdea& i) {
  std::string common = i.mutual == 0 ? "" : fmt::format(" ({} in common)", i.mutual);
  if (!i.need.empty()) {
    return fmt::format("{} needs \"{}\"; {} offers \"{}\"{}", i.a.name, i.need, i.b.name, i.offer,
                       common);
  }
  return fmt::format("both into it: {} \"{}\", {} \"{}\"{}", i.a.name, i.a_interest, i.b.name,
                     i.b_interest, common);
}

}  // namespace

Result<std::vector<IntroIdea>> SuggestIntros(Context& ctx, int limit) {
  auto ties = LoadTies(ctx);
  if (!ties) return ties.status();
  auto loaded = LoadPeople(ctx, **ties);
  if (!loaded) return loaded.status();
  Loaded& l = *loaded;
  std::vector<std::vector<uint32_t>> adjacency(l.refs.size());
  std::vector<uint64_t> excluded;  // pair keys, sorted
  KITH_RETURN_IF_ERROR(store::ForEachKnows(ctx.db, [&](const store::KnowsTie& t) {
    auto a = l.index.find(t.a), b = l.index.find(t.b);
    if (a == l.index.end() || b == l.index.end()) return;
    adjacency[a->second].push_back(b->second);
    adjacency[b->second].push_back(a->second);
    excluded.push_back(PairKey(a->second, b->second));
  }));
  for (auto& list : adjacency) std::sort(list.begin(), list.end());
  auto intros = store::IntroPairs(ctx.db);
  if (!intros) return intros.status();
  for (const auto& [x, y] : *intros) {
    auto a = l.index.find(x), b = l.index.find(y);
    if (a != l.index.end() && b != l.index.end()) excluded.push_back(PairKey(a->second, b->second));
  }
  std::sort(excluded.begin(), excluded.end());
  auto ideas = core::SuggestPairs(l.inputs, adjacency,
                                  [&](uint32_t a, uint32_t b) {
                                    return std::binary_search(excluded.begin(), excluded.end(),
                                                              PairKey(a, b));
                                  },
                                  {.vouch = kVouch, .limit = static_cast<size_t>(limit)});
  std::vector<IntroIdea> out;
  for (const auto& idea : ideas) {
    IntroIdea i;
    i.a = l.refs[idea.a];
    i.b = l.refs[idea.b];
    if (idea.match) {
      i.need = l.texts[idea.a].needs[idea.match->need];
      i.offer = l.texts[idea.b].offers[idea.match->offer];
    } else if (!idea.shared.empty()) {
      i.a_interest = Holding(l.texts[idea.a].interests, idea.shared.front());
      i.b_interest = Holding(l.texts[idea.b].interests, idea.shared.front());
    }
    i.mutual = idea.mutual;
    i.score = idea.score;
    i.reason = Reason(i);
    out.push_back(std::move(i));
  }
  return out;
}

}  // namespace kith::app
