#include "core/term_index.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>

#include "util/text.h"

namespace kith::core {
namespace {

constexpr std::array<std::string_view, 64> kStopwords = {
    "the",   "and",   "for",   "with",    "who",  "could",   "would",  "can",   "help", "helps",
    "need",  "needs", "want",  "looking", "find", "someone", "anyone", "about", "from", "into",
    "that",  "this",  "their", "them",    "they", "his",     "her",    "you",   "your", "our",
    "are",   "was",   "were",  "has",     "have", "had",     "will",   "what",  "when", "where",
    "which", "how",   "why",   "all",     "any",  "some",    "more",   "most",  "out",  "over",
    "just",  "like",  "get",   "got",     "also", "not",     "but",    "its",   "one",  "new",
    "good",  "very",  "other", "people"};

bool IsStopword(std::string_view w) {
  return std::find(kStopwords.begin(), kStopwords.end(), w) != kStopwords.end();
}

bool EndsWith(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

// A light stemmer: enough to meet "hire"/"hiring"/"hired", "engineers" and
// "engineer", "companies" and "company". Never shortens a word below 3.
std::string Stem(std::string w) {
  if (EndsWith(w, "ies") && w.size() > 4) {
    w.resize(w.size() - 3);
    w += 'y';
  } else if (EndsWith(w, "s") && !EndsWith(w, "ss") && !EndsWith(w, "us") && w.size() > 3) {
    w.pop_back();
  }
  if (EndsWith(w, "ing") && w.size() >= 6) {
    w.resize(w.size() - 3);
  } else if (EndsWith(w, "ed") && w.size() >= 5) {
    w.resize(w.size() - 2);
  }
  if (EndsWith(w, "e") && w.size() > 3) w.pop_back();
  return w;
}

bool IsWordByte(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

// Plain ASCII needs only lower case (anything else splits words anyway);
// the rest goes through the full fold (accents, ß, Ł, width forms).
std::string FoldForTerms(std::string_view text) {
  bool ascii = std::all_of(text.begin(), text.end(),
                           [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (!ascii) return Fold(text);
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

std::vector<std::string> ContentTerms(std::string_view text) {
  std::string folded = FoldForTerms(text);
  std::vector<std::string> out;
  size_t i = 0;
  while (i < folded.size()) {
    while (i < folded.size() && !IsWordByte(static_cast<unsigned char>(folded[i]))) ++i;
    size_t start = i;
    while (i < folded.size() && IsWordByte(static_cast<unsigned char>(folded[i]))) ++i;
    std::string_view word(folded.data() + start, i - start);
    if (word.size() < 3 || IsStopword(word)) continue;
    std::string term = Stem(std::string(word));
    if (std::find(out.begin(), out.end(), term) == out.end()) out.push_back(std::move(term));
  }
  return out;
}

void TermIndex::Add(uint32_t doc, std::string_view text) {
  auto terms = ContentTerms(text);
  AddTerms(doc, terms);
}

void TermIndex::AddTerms(uint32_t doc, std::span<const std::string> terms) {
  if (doc != last_doc_) {
    ++documents_;
    last_doc_ = doc;
  }
  for (const auto& t : terms) {
    auto& list = postings_[t];
    if (list.empty() || list.back() != doc) {
      auto at = std::lower_bound(list.begin(), list.end(), doc);
      if (at == list.end() || *at != doc) list.insert(at, doc);
    }
  }
}

std::span<const uint32_t> TermIndex::Postings(std::string_view term) const {
  auto it = postings_.find(std::string(term));
  if (it == postings_.end()) return {};
  return it->second;
}

double TermIndex::Idf(std::string_view term) const {
  size_t df = Postings(term).size();
  if (df == 0) return 0;
  return std::log(1.0 + static_cast<double>(documents_) / static_cast<double>(df));
}

std::vector<TermMatch> TermIndex::Match(std::span<const std::string> terms, size_t limit,
                                        size_t max_df) const {
  // Rarest first, so each match lists its most telling terms first.
  struct Weighted {
    double idf;
    const std::string* term;
    std::span<const uint32_t> postings;
  };
  std::vector<Weighted> weighted;
  for (const auto& t : terms) {
    auto postings = Postings(t);
    if (postings.empty() || postings.size() > max_df) continue;
    weighted.push_back({Idf(t), &t, postings});
  }
  std::stable_sort(weighted.begin(), weighted.end(),
                   [](const Weighted& a, const Weighted& b) { return a.idf > b.idf; });
  // Scores first; the shared terms only for the matches kept.
  // A dense scratch row of scores, reset through the list of documents touched.
  thread_local std::vector<double> scores;
  thread_local std::vector<uint32_t> touched;
  touched.clear();
  for (const auto& w : weighted) {
    for (uint32_t doc : w.postings) {
      if (doc >= scores.size()) scores.resize(doc + 1, 0);
      if (scores[doc] == 0) touched.push_back(doc);
      scores[doc] += w.idf;
    }
  }
  std::vector<TermMatch> out;
  out.reserve(touched.size());
  for (uint32_t doc : touched) {
    out.push_back({doc, scores[doc], {}});
    scores[doc] = 0;
  }
  auto better = [](const TermMatch& a, const TermMatch& b) {
    return a.score != b.score ? a.score > b.score : a.doc < b.doc;
  };
  size_t keep = limit == 0 ? out.size() : std::min(limit, out.size());
  std::partial_sort(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(keep), out.end(),
                    better);
  out.resize(keep);
  for (auto& m : out) {
    for (const auto& w : weighted) {
      if (std::binary_search(w.postings.begin(), w.postings.end(), m.doc))
        m.terms.push_back(*w.term);
    }
  }
  return out;
}

}  // namespace kith::core
