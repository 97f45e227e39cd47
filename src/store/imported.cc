#include "store/imported.h"

#include <algorithm>

#include "store/row.h"

namespace kith::store {

Result<std::optional<int64_t>> AddImportedInteraction(Db& db, const ImportedInteraction& in,
                                                      int64_t now) {
  return Guard("adding an imported interaction", [&]() -> Result<std::optional<int64_t>> {
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
    if (q.exec() == 0) return std::optional<int64_t>();
    return std::optional<int64_t>(db.sql().getLastInsertRowid());
  });
}

namespace {

constexpr size_t kRowsPerStatement = 64;
constexpr size_t kInteractionsPerStatement = 32;

const char* InteractionInsert() {
  static const std::string sql = [] {
    std::string s =
        "INSERT INTO interaction (id, kind, at, direction, summary, source, source_key, "
        "created_at) VALUES ";
    for (size_t i = 0; i < kInteractionsPerStatement; ++i) {
      s += i == 0 ? "(?, ?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?, ?)";
    }
    return s + " ON CONFLICT (source, source_key) DO NOTHING";
  }();
  return sql.c_str();
}

// Writes one full batch with ids first..first+n-1; returns which went in.
// The ids are fresh (above every existing one), so a row with such an id
// exists afterwards exactly when that interaction was new.
Result<std::vector<std::optional<int64_t>>> InsertBatch(Db& db,
                                                        std::span<const ImportedInteraction> batch,
                                                        int64_t first, int64_t now) {
  SQLite::Statement& q = db.Cached(InteractionInsert());
  for (size_t i = 0; i < batch.size(); ++i) {
    const ImportedInteraction& in = batch[i];
    int b = static_cast<int>(8 * i);
    q.bind(b + 1, first + static_cast<int64_t>(i));
    BindText(q, b + 2, core::Name(in.kind));
    q.bind(b + 3, in.at);
    BindText(q, b + 4, core::Name(in.direction));
    BindText(q, b + 5, in.summary);
    BindText(q, b + 6, in.source);
    BindText(q, b + 7, in.source_key);
    q.bind(b + 8, now);
  }
  int changed = q.exec();
  std::vector<std::optional<int64_t>> ids(batch.size());
  for (size_t i = 0; i < batch.size(); ++i) ids[i] = first + static_cast<int64_t>(i);
  if (static_cast<size_t>(changed) == batch.size()) return ids;
  SQLite::Statement& exists = db.Cached("SELECT 1 FROM interaction WHERE id = ?");
  for (auto& id : ids) {
    exists.bind(1, *id);
    if (!exists.executeStep()) id.reset();
    exists.reset();
  }
  return ids;
}

// "INSERT ... VALUES (?, ?, ?), (?, ?, ?), ..." with `rows` tuples; built
// once per size, so the cache key (a literal's address) stays fixed.
const char* ParticipantInsert() {
  static const std::string sql = [] {
    std::string s = "INSERT INTO interaction_participant (person_id, at, interaction_id) VALUES ";
    for (size_t i = 0; i < kRowsPerStatement; ++i) s += i == 0 ? "(?, ?, ?)" : ", (?, ?, ?)";
    return s + " ON CONFLICT DO NOTHING";
  }();
  return sql.c_str();
}

}  // namespace

Result<std::vector<std::optional<int64_t>>> AddImportedInteractions(
    Db& db, std::span<const ImportedInteraction> interactions, int64_t now) {
  return Guard(
      "adding imported interactions", [&]() -> Result<std::vector<std::optional<int64_t>>> {
        std::vector<std::optional<int64_t>> out;
        out.reserve(interactions.size());
        size_t i = 0;
        for (; i + kInteractionsPerStatement <= interactions.size();
             i += kInteractionsPerStatement) {
          SQLite::Statement& next = db.Cached("SELECT coalesce(max(id), 0) + 1 FROM interaction");
          next.executeStep();
          int64_t first = next.getColumn(0).getInt64();
          next.reset();
          auto ids =
              InsertBatch(db, interactions.subspan(i, kInteractionsPerStatement), first, now);
          if (!ids) return ids.status();
          out.insert(out.end(), ids->begin(), ids->end());
        }
        for (; i < interactions.size(); ++i) {
          auto id = AddImportedInteraction(db, interactions[i], now);
          if (!id) return id.status();
          out.push_back(*id);
        }
        return out;
      });
}

Status AddParticipants(Db& db, std::vector<ParticipantRow>& rows) {
  std::sort(rows.begin(), rows.end());
  return Guard("adding participants", [&]() -> Status {
    size_t i = 0;
    SQLite::Statement& many = db.Cached(ParticipantInsert());
    for (; i + kRowsPerStatement <= rows.size(); i += kRowsPerStatement) {
      for (size_t j = 0; j < kRowsPerStatement; ++j) {
        const ParticipantRow& r = rows[i + j];
        int base = static_cast<int>(3 * j);
        many.bind(base + 1, r.person_id);
        many.bind(base + 2, r.at);
        many.bind(base + 3, r.interaction_id);
      }
      many.exec();
      many.reset();
    }
    SQLite::Statement& one = db.Cached(
        "INSERT INTO interaction_participant (person_id, at, interaction_id) VALUES (?, ?, ?) "
        "ON CONFLICT DO NOTHING");
    for (; i < rows.size(); ++i) {
      one.bind(1, rows[i].person_id);
      one.bind(2, rows[i].at);
      one.bind(3, rows[i].interaction_id);
      one.exec();
      one.reset();
    }
    return Status::Ok();
  });
}

namespace {

constexpr size_t kEdgesPerStatement = 64;
constexpr char kKnowsUpsert[] =
    " ON CONFLICT (a, b) DO UPDATE SET count = count + excluded.count, "
    "updated_at = excluded.updated_at";

const char* KnowsInsert() {
  static const std::string sql = [] {
    std::string s = "INSERT INTO knows (a, b, source, count, created_at, updated_at) VALUES ";
    for (size_t i = 0; i < kEdgesPerStatement; ++i) {
      s += i == 0 ? "(?, ?, 'inferred', ?, ?, ?)" : ", (?, ?, 'inferred', ?, ?, ?)";
    }
    return s + kKnowsUpsert;
  }();
  return sql.c_str();
}

void BindEdge(SQLite::Statement& q, int base, const EdgeSighting& e, int64_t now) {
  q.bind(base + 1, e.a);
  q.bind(base + 2, e.b);
  q.bind(base + 3, e.count);
  q.bind(base + 4, now);
  q.bind(base + 5, now);
}

}  // namespace

Status CountInferredKnows(Db& db, std::vector<EdgeSighting>& edges, int64_t now) {
  std::sort(edges.begin(), edges.end());
  for (const EdgeSighting& e : edges) {
    if (e.a >= e.b || e.count < 1) return Status::Internal("a knows edge needs a < b, count > 0");
  }
  return Guard("counting knows edges", [&]() -> Status {
    size_t i = 0;
    SQLite::Statement& many = db.Cached(KnowsInsert());
    for (; i + kEdgesPerStatement <= edges.size(); i += kEdgesPerStatement) {
      for (size_t j = 0; j < kEdgesPerStatement; ++j) {
        BindEdge(many, static_cast<int>(5 * j), edges[i + j], now);
      }
      many.exec();
      many.reset();
    }
    SQLite::Statement& one = db.Cached(
        "INSERT INTO knows (a, b, source, count, created_at, updated_at) "
        "VALUES (?, ?, 'inferred', ?, ?, ?) ON CONFLICT (a, b) DO UPDATE SET count = count + "
        "excluded.count, updated_at = excluded.updated_at");
    for (; i < edges.size(); ++i) {
      BindEdge(one, 0, edges[i], now);
      one.exec();
      one.reset();
    }
    return Status::Ok();
  });
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
