// Who to introduce to whom: pairs of people you know who don't know each
// other yet, where one's need meets the other's offer or their interests
// overlap, both ties strong enough for you to vouch, with a preference for
// moderately connected pairs.
//
//   std::vector<PairInput> people = ...;   // terms from core/term_index.h
//   auto ideas = SuggestPairs(people, adjacency, excluded, {.limit = 10});
//
// Scales by inverted indexes over terms (offers, interests): each person
// looks up their own terms, so the work is bounded by the rare terms'
// postings, never by scoring all pairs. A need met by an offer counts twice
// the sum of the shared terms' idf; shared interests count their idf, at
// most the three rarest. The score multiplies that by the geometric mean of
// your two ties and by Hump(mutual connections): a large randomized study of
// LinkedIn's "People You May Know" (Rajkumar et al., Science 2022) found
// moderately weak ties, by mutual connections and interaction, carried the
// most new jobs — strangers share too little, close clusters already know
// the same things. Pure; thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace kith::core {

struct PairInput {
  std::vector<std::vector<std::string>> needs;   // per open need: its terms
  std::vector<std::vector<std::string>> offers;  // per open offer: its terms
  std::vector<std::string> interests;            // terms of facts and tags
  double tie = 0;                                // your tie to them, [0, 1]
};

struct PairRules {
  double vouch = 0.2;  // both ties at least this
  size_t limit = 10;
};

struct NeedOfferMatch {
  size_t need = 0;   // index into people[a].needs
  size_t offer = 0;  // index into people[b].offers
};

struct PairIdea {
  uint32_t a = 0, b = 0;                // when a need meets an offer, a has the need
  std::optional<NeedOfferMatch> match;  // the need and the offer, if any
  std::vector<std::string> shared;      // the terms that made the pair, rarest first
  int mutual = 0;                       // people both know (adjacency)
  double score = 0;
};

// 1 at the preferred number of mutual connections (2), less for fewer or
// more: (m + 1) e^(-m/3), normalized.
double Hump(int mutual);

// `adjacency[i]`: the people i knows, ascending (for mutual connections).
// `excluded(i, j)`: true when the two know each other or were introduced
// before. Best first, at most rules.limit.
std::vector<PairIdea> SuggestPairs(std::span<const PairInput> people,
                                   std::span<const std::vector<uint32_t>> adjacency,
                                   const std::function<bool(uint32_t, uint32_t)>& excluded,
                                   const PairRules& rules);

}  // namespace kith::core
