#include "store/imported.h"

#include <algorithm>

#include "store/row.h"

namespace kith::store {

Result<bool> AddImportedInteraction(Db& db, const ImportedInteraction& in,
                                    std::span<const int64_t> participants, int64_t now) {
  return Guard("adding an imported interaction", [&]() -> Result<bool> {
    SQLite::Statement& q = db.Cached(
        "INSERT INTO interaction (kind, at, direction, summary, source, source_key, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source, source_key) DO NOTHING");
    BindText(q, 1, core::Name(in.kind));
    q.bind(2, in.at);
    BindText(q, 3, core::Name(in.direction));
    BindText(q, 4, in.summary);
    BindText(q, 5, in.source);
    BindText(q, 6, in.source_key);
    q.bind(7, now);
    if (q.exec() == 0) return false;
    int64_t id = db.sql().getLastInsertRowid();
    SQLite::Statement& p = db.Cached(
        "INSERT INTO interaction_participant (person_id, at, interaction_id) VALUES (?, ?, ?) "
        "ON CONFLICT DO NOTHING");
    for (int64_t person : participants) {
      p.bind(1, person);
      p.bind(2, in.at);
      p.bind(3, id);
      p.exec();
      p.reset();
    }
    return true;
  });
}

Status CountInferredKnows(Db& db, int64_t a, int64_t b, int64_t now) {
  if (a == b) return Status::Internal("a person cannot know themself");
  return Guard("counting a knows edge",
               [&]() -> Result<bool> {
                 SQLite::Statement& q = db.Cached(
                     "INSERT INTO knows (a, b, source, count, created_at, updated_at) "
                     "VALUES (?, ?, 'inferred', 1, ?, ?) "
                     "ON CONFLICT (a, b) DO UPDATE SET count = count + 1, updated_at = "
                     "excluded.updated_at");
                 q.bind(1, std::min(a, b));
                 q.bind(2, std::max(a, b));
                 q.bind(3, now);
                 q.bind(4, now);
                 q.exec();
                 return true;
               })
      .status();
}

Result<std::vector<std::string>> OwnEmails(Db& db) {
  return Guard("reading your own addresses", [&]() -> Result<std::vector<std::string>> {
    SQLite::Statement& q = db.Cached(
        "SELECT c.normalized FROM contact_point c JOIN person p ON p.id = c.person_id "
        "WHERE p.is_me = 1 AND c.kind = 'email' ORDER BY c.id");
    std::vector<std::string> out;
    while (q.executeStep()) out.push_back(q.getColumn(0).getString());
    return out;
  });
}

}  // namespace kith::store
