// Terms and an inverted index over them: how kith matches one person's need
// to another's offer, or two people's interests, without scoring every pair.
//
//   TermIndex offers;
//   offers.Add(0, "intro to seed investors");       // document 0
//   offers.Add(1, "help with kubernetes hiring");   // document 1
//   auto found = offers.Match(ContentTerms("hiring a kubernetes engineer"), 10);
//   // found[0]: document 1, shared terms {"kubernet", "hir"}, score Σ idf
//
// ContentTerms folds case and accents (util/text.h Fold), splits on anything
// that is not a letter or digit, drops short words and common English
// stopwords, and strips a few suffixes ("hiring", "hired", "hires" → "hir";
// "engineers" → "engineer") so forms of one word meet. A term's weight is its
// inverse document frequency, log(1 + N / df): a word many documents share
// says little. Match skips terms in more than `max_df` documents, which keeps
// the work proportional to the rare terms' postings. Pure; not thread-safe
// while adding.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kith::core {

// The distinct content terms of `text`, in order of first appearance.
std::vector<std::string> ContentTerms(std::string_view text);

struct TermMatch {
  uint32_t doc = 0;
  double score = 0;                // the sum of the shared terms' idf
  std::vector<std::string> terms;  // the shared terms, rarest first
};

class TermIndex {
 public:
  // Indexes `text` under `doc`; a document may be added to more than once.
  void Add(uint32_t doc, std::string_view text);
  void AddTerms(uint32_t doc, std::span<const std::string> terms);

  // Documents sharing at least one of `terms`, best first, at most `limit`
  // (0: all). Terms found in more than `max_df` documents are ignored.
  std::vector<TermMatch> Match(std::span<const std::string> terms, size_t limit,
                               size_t max_df = 1000) const;

  // The documents holding `term` (ascending, distinct); empty if none.
  std::span<const uint32_t> Postings(std::string_view term) const;
  double Idf(std::string_view term) const;
  size_t documents() const { return documents_; }

 private:
  std::unordered_map<std::string, std::vector<uint32_t>> postings_;
  size_t documents_ = 0;
  uint32_t last_doc_ = UINT32_MAX;
};

}  // namespace kith::core
