#include "store/search.h"

#include <SQLiteCpp/Statement.h>

#include "util/text.h"

namespace kith::store {
namespace {

// A word is a run of anything but spaces and punctuation FTS5's tokenizer
// splits on; quotes inside are doubled so the word stays one string.
std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::string current;
  auto flush = [&] {
    if (!current.empty()) words.push_back(std::move(current));
    current.clear();
  };
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    bool separator = u < 0x80 && !std::isalnum(u) && c != '_';
    if (separator) {
      flush();
    } else {
      current.push_back(c);
    }
  }
  flush();
  return words;
}

}  // namespace

std::string ShowMatches(std::string_view snippet, std::string_view open, std::string_view close) {
  std::string out;
  for (char c : snippet) {
    if (c == kMatchOpen[0]) {
      out += open;
    } else if (c == kMatchClose[0]) {
      out += close;
    } else if (static_cast<unsigned char>(c) >= 0x20 || c == '\t') {
      out += c;
    } else {
      out += ' ';
    }
  }
  return out;
}

std::string FtsQuery(std::string_view text) {
  std::string query;
  for (const auto& word : Words(text)) {
    if (!query.empty()) query += " AND ";
    query += '"' + word + "\"*";  // words hold no '"': it is a separator above
  }
  return query;
}

namespace {

Result<std::vector<SearchHit>> Search(Db& db, const std::string& query, int limit) {
  return Guard("searching", [&]() -> Result<std::vector<SearchHit>> {
    // Column weights: name, org, facts, notes, asks, tags. You are not a result.
    SQLite::Statement& q = db.Cached(
        "SELECT p.id, p.name, p.company, p.title, "
        "snippet(person_fts, -1, char(2), char(3), '…', 10), "
        "bm25(person_fts, 10.0, 4.0, 3.0, 2.0, 3.0, 5.0) AS rank "
        "FROM person_fts JOIN person p ON p.id = person_fts.rowid "
        "WHERE person_fts MATCH ? AND p.archived_at IS NULL AND p.is_me = 0 "
        "ORDER BY rank, p.id LIMIT ?");
    q.bind(1, query);
    q.bind(2, limit);
    std::vector<SearchHit> out;
    while (q.executeStep()) {
      out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(),
                     q.getColumn(2).getString(), q.getColumn(3).getString(),
                     q.getColumn(4).getString(), q.getColumn(5).getDouble()});
    }
    return out;
  });
}

}  // namespace

Result<std::vector<SearchHit>> SearchPeople(Db& db, std::string_view text, int limit) {
  std::string query = FtsQuery(text);
  if (query.empty()) return std::vector<SearchHit>();
  return Search(db, query, limit);
}

Result<std::vector<SearchHit>> SearchAnyTerm(Db& db, const std::vector<std::string>& terms,
                                             int limit) {
  std::string query;
  for (const auto& term : terms) {
    for (const auto& word : Words(term)) {
      if (!query.empty()) query += " OR ";
      query += '"' + word + "\"*";
    }
  }
  if (query.empty()) return std::vector<SearchHit>();
  return Search(db, query, limit);
}

}  // namespace kith::store
