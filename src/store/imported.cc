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

// "HEAD (tuple), (tuple), ... TAIL" with `n` tuples. Callers keep the result
// in a static: the statement cache keys on the text's address.
std::string RowsSql(std::string_view head, std::string_view tuple, size_t n,
                    std::string_view tail) {
  std::string s(head);
  for (size_t i = 0; i < n; ++i) {
    s += i == 0 ? "" : ", ";
    s += tuple;
  }
  return s.append(tail);
}

// Writes `rows` kRowsPerStatement to a statement (`many`), the rest one by
// one (`one`); bind(q, j, row) binds a row as the statement's j-th tuple.
template <typename Row, typename Bind>
void WriteRows(Db& db, const std::string& many, const std::string& one,
               const std::vector<Row>& rows, Bind bind) {
  size_t i = 0;
  SQLite::Statement& q = db.Cached(many.c_str());
  for (; i + kRowsPerStatement <= rows.size(); i += kRowsPerStatement) {
    for (size_t j = 0; j < kRowsPerStatement; ++j) bind(q, j, rows[i + j]);
    q.exec();
    q.reset();
  }
  SQLite::Statement& single = db.Cached(one.c_str());
  for (; i < rows.size(); ++i) {
    bind(single, 0, rows[i]);
    single.exec();
    single.reset();
  }
}

const char* InteractionInsert() {
  static const std::string sql = RowsSql(
      "INSERT INTO interaction (id, kind, at, direction, summary, source, source_key, "
      "created_at) VALUES ",
      "(?, ?, ?, ?, ?, ?, ?, ?)", kInteractionsPerStatement,
      " ON CONFLICT (source, source_key) DO NOTHING");
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
  static const std::string kHead =
      "INSERT INTO interaction_participant (person_id, at, interaction_id, kind, direction) "
      "VALUES ";
  static const std::string kMany =
      RowsSql(kHead, "(?, ?, ?, ?, ?)", kRowsPerStatement, " ON CONFLICT DO NOTHING");
  static const std::string kOne = RowsSql(kHead, "(?, ?, ?, ?, ?)", 1, " ON CONFLICT DO NOTHING");
  std::sort(rows.begin(), rows.end());
  return Guard("adding participants", [&]() -> Status {
    WriteRows(db, kMany, kOne, rows, [](SQLite::Statement& q, size_t j, const ParticipantRow& r) {
      int base = static_cast<int>(5 * j);
      q.bind(base + 1, r.person_id);
      q.bind(base + 2, r.at);
      q.bind(base + 3, r.interaction_id);
      q.bindNoCopy(base + 4, core::Name(r.kind).data());
      q.bindNoCopy(base + 5, core::Name(r.direction).data());
    });
    return Status::Ok();
  });
}

Status CountInferredKnows(Db& db, std::vector<EdgeSighting>& edges, int64_t now) {
  static const std::string kHead =
      "INSERT INTO knows (a, b, source, count, created_at, updated_at) VALUES ";
  static const std::string kUpsert =
      " ON CONFLICT (a, b) DO UPDATE SET count = count + excluded.count, "
      "updated_at = excluded.updated_at";
  static const std::string kMany =
      RowsSql(kHead, "(?, ?, 'inferred', ?, ?, ?)", kRowsPerStatement, kUpsert);
  static const std::string kOne = RowsSql(kHead, "(?, ?, 'inferred', ?, ?, ?)", 1, kUpsert);
  std::sort(edges.begin(), edges.end());
  for (const EdgeSighting& e : edges) {
    if (e.a >= e.b || e.count < 1) return Status::Internal("a knows edge needs a < b, count > 0");
  }
  return Guard("counting knows edges", [&]() -> Status {
    WriteRows(db, kMany, kOne, edges, [now](SQLite::Statement& q, size_t j, const EdgeSighting& e) {
      int base = static_cast<int>(5 * j);
      q.bind(base + 1, e.a);
      q.bind(base + 2, e.b);
      q.bind(base + 3, e.count);
      q.bind(base + 4, now);
      q.bind(base + 5, now);
    });
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
