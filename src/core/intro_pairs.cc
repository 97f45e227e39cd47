#include "core/intro_pairs.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "core/term_index.h"

namespace kith::core {
namespace {

constexpr size_t kMatchesPerLookup = 12;  // candidates each need or person keeps
constexpr size_t kSharedInterests = 3;

uint64_t Key(uint32_t a, uint32_t b) { return (uint64_t{std::min(a, b)} << 32) | std::max(a, b); }

int Mutual(std::span<const std::vector<uint32_t>> adjacency, uint32_t a, uint32_t b) {
  if (a >= adjacency.size() || b >= adjacency.size()) return 0;
  const auto& x = adjacency[a];
  const auto& y = adjacency[b];
  int n = 0;
  for (size_t i = 0, j = 0; i < x.size() && j < y.size();) {
    if (x[i] < y[j]) {
      ++i;
    } else if (y[j] < x[i]) {
      ++j;
    } else {
      ++n, ++i, ++j;
    }
  }
  return n;
}

struct Candidate {
  PairIdea idea;
  double need_offer = 0;  // best need-offer match's weight
  double interests = 0;
  bool excluded = false;
};

}  // namespace

double Hump(int mutual) {
  auto f = [](double m) { return (m + 1) * std::exp(-m / 3); };
  return f(std::max(0, mutual)) / f(2);
}

std::vector<PairIdea> SuggestPairs(std::span<const PairInput> people,
                                   std::span<const std::vector<uint32_t>> adjacency,
                                   const std::function<bool(uint32_t, uint32_t)>& excluded,
                                   const PairRules& rules) {
  const auto n = static_cast<uint32_t>(people.size());
  auto vouched = [&](uint32_t i) { return people[i].tie >= rules.vouch; };
  // Offers: one document per offer; interests: one per person.
  TermIndex offers, interests;
  std::vector<std::pair<uint32_t, size_t>> offer_of;  // document → (person, offer)
  for (uint32_t i = 0; i < n; ++i) {
    if (!vouched(i)) continue;
    for (size_t k = 0; k < people[i].offers.size(); ++k) {
      offers.AddTerms(static_cast<uint32_t>(offer_of.size()), people[i].offers[k]);
      offer_of.push_back({i, k});
    }
    if (!people[i].interests.empty()) interests.AddTerms(i, people[i].interests);
  }
  const size_t offer_df = std::max<size_t>(20, offers.documents() / 10);
  const size_t interest_df = std::max<size_t>(10, interests.documents() / 50);

  std::unordered_map<uint64_t, Candidate> pairs;
  auto slot = [&](uint32_t a, uint32_t b) -> Candidate* {
    if (a == b) return nullptr;
    auto [it, fresh] = pairs.try_emplace(Key(a, b));
    if (fresh) {
      it->second.idea = {a, b, {}, {}, 0, 0};
      it->second.excluded = excluded(a, b);  // asked once per pair
    }
    return it->second.excluded ? nullptr : &it->second;
  };
  for (uint32_t i = 0; i < n; ++i) {
    if (!vouched(i)) continue;
    for (size_t k = 0; k < people[i].needs.size(); ++k) {
      for (auto& m : offers.Match(people[i].needs[k], kMatchesPerLookup, offer_df)) {
        auto [j, offer] = offer_of[m.doc];
        Candidate* c = slot(i, j);
        if (!c || 2 * m.score <= c->need_offer) continue;
        c->need_offer = 2 * m.score;
        c->idea.a = i;
        c->idea.b = j;
        c->idea.match = NeedOfferMatch{k, offer};
        c->idea.shared = std::move(m.terms);
      }
    }
    if (people[i].interests.empty()) continue;
    for (auto& m : interests.Match(people[i].interests, kMatchesPerLookup, interest_df)) {
      if (m.doc <= i) continue;  // each unordered pair once
      Candidate* c = slot(i, m.doc);
      if (!c) continue;
      if (m.terms.size() > kSharedInterests) m.terms.resize(kSharedInterests);
      double s = 0;
      for (const auto& t : m.terms) s += interests.Idf(t);
      c->interests = s;
      if (!c->idea.match) c->idea.shared = std::move(m.terms);
    }
  }

  std::vector<PairIdea> out;
  out.reserve(pairs.size());
  for (auto& [key, c] : pairs) {
    if (c.excluded) continue;
    c.idea.mutual = Mutual(adjacency, c.idea.a, c.idea.b);
    double vouch = std::sqrt(people[c.idea.a].tie * people[c.idea.b].tie);
    c.idea.score = (c.need_offer + c.interests) * vouch * Hump(c.idea.mutual);
    out.push_back(std::move(c.idea));
  }
  auto better = [](const PairIdea& x, const PairIdea& y) {
    if (x.score != y.score) return x.score > y.score;
    return Key(x.a, x.b) < Key(y.a, y.b);
  };
  size_t keep = std::min(rules.limit, out.size());
  std::partial_sort(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(keep), out.end(),
                    better);
  out.resize(keep);
  return out;
}

}  // namespace kith::core
