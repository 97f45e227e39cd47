// Full-text search over people (person_fts: names, company/title/location,
// facts, notes, needs/offers, tags), ranked by BM25 with names and tags
// weighing most, each hit with a snippet showing why it matched.
//
//   auto hits = SearchPeople(db, "sourdough lisbon", 20);
//
// The user's words are matched as prefixes ("sour" finds "sourdough"), all of
// them required, case- and accent-insensitively; FTS5 syntax in the input is
// treated as plain text, never as operators.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "store/db.h"

namespace kith::store {

struct SearchHit {
  int64_t id = 0;
  std::string name;
  std::string company;
  std::string title;
  std::string snippet;  // matched words marked with kMatchOpen / kMatchClose
  double rank = 0;      // BM25 (lower is better)
};

inline constexpr char kMatchOpen[] = "\x02";
inline constexpr char kMatchClose[] = "\x03";

// `snippet` with its match markers shown as `open`/`close`; any control
// characters that came from the data are dropped, so nothing reaches a
// terminal as an escape sequence.
std::string ShowMatches(std::string_view snippet, std::string_view open, std::string_view close);

// The FTS5 query for what a user typed: each word quoted, as a prefix, ANDed.
// Empty when the text has no words.
std::string FtsQuery(std::string_view text);

Result<std::vector<SearchHit>> SearchPeople(Db& db, std::string_view text, int limit);

// People matching any of `terms` (each a prefix), ranked by BM25, so more and
// rarer matched terms rank higher: `kith ask`, where a question's words are
// not all expected to match.
Result<std::vector<SearchHit>> SearchAnyTerm(Db& db, const std::vector<std::string>& terms,
                                             int limit);

}  // namespace kith::store
