#include "store/knows.h"

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <unordered_set>

#include "util/text.h"

namespace kith::store {
namespace {

std::optional<double> OptionalReal(SQLite::Statement& q, int column) {
  auto c = q.getColumn(column);
  if (c.isNull()) return std::nullopt;
  return c.getDouble();
}

}  // namespace

Status ForEachKnows(Db& db, const std::function<void(const KnowsTie&)>& visit) {
  return Guard("reading who knows whom", [&]() -> Status {
    // The archived are few: skipping them here keeps the scan of knows in
    // key order, with no look-up of person per row.
    std::unordered_set<int64_t> archived;
    SQLite::Statement arch(db.sql(), "SELECT id FROM person WHERE archived_at IS NOT NULL");
    while (arch.executeStep()) archived.insert(arch.getColumn(0).getInt64());
    SQLite::Statement q(db.sql(), "SELECT a, b, source, count, strength FROM knows");
    KnowsTie tie;
    while (q.executeStep()) {
      tie.a = q.getColumn(0).getInt64();
      tie.b = q.getColumn(1).getInt64();
      if (archived.contains(tie.a) || archived.contains(tie.b)) continue;
      tie.source = q.getColumn(2).getText();
      tie.count = q.getColumn(3).getInt64();
      tie.strength = OptionalReal(q, 4);
      visit(tie);
    }
    return Status::Ok();
  });
}

Result<std::optional<KnowsTie>> GetKnows(Db& db, int64_t x, int64_t y) {
  return Guard("reading a tie", [&]() -> Result<std::optional<KnowsTie>> {
    SQLite::Statement q(db.sql(),
                        "SELECT how, source, count, strength FROM knows WHERE a = ? AND b = ?");
    q.bind(1, std::min(x, y));
    q.bind(2, std::max(x, y));
    if (!q.executeStep()) return std::optional<KnowsTie>();
    return std::optional<KnowsTie>(KnowsTie{std::min(x, y), std::max(x, y),
                                            q.getColumn(0).getString(), q.getColumn(1).getString(),
                                            q.getColumn(2).getInt64(), OptionalReal(q, 3)});
  });
}

Result<bool> StateKnows(Db& db, int64_t x, int64_t y, std::optional<std::string_view> how,
                        std::optional<double> strength, int64_t now) {
  return Guard("recording a tie", [&]() -> Result<bool> {
    SQLite::Statement exists(db.sql(), "SELECT 1 FROM knows WHERE a = ? AND b = ?");
    exists.bind(1, std::min(x, y));
    exists.bind(2, std::max(x, y));
    const bool is_new = !exists.executeStep();
    SQLite::Statement q(db.sql(),
                        "INSERT INTO knows (a, b, how, source, count, strength, created_at, "
                        "updated_at) VALUES (?1, ?2, coalesce(?3, ''), 'stated', 1, ?4, ?5, ?5) "
                        "ON CONFLICT (a, b) DO UPDATE SET source = 'stated', "
                        "how = coalesce(?3, how), strength = coalesce(?4, strength), "
                        "updated_at = ?5");
    q.bind(1, std::min(x, y));
    q.bind(2, std::max(x, y));
    if (how) {
      q.bind(3, std::string(*how));
    } else {
      q.bind(3);
    }
    if (strength) {
      q.bind(4, *strength);
    } else {
      q.bind(4);
    }
    q.bind(5, now);
    q.exec();
    return is_new;
  });
}

Result<std::vector<KnowsTie>> KnowsOf(Db& db, int64_t x) {
  return Guard("reading who someone knows", [&]() -> Result<std::vector<KnowsTie>> {
    SQLite::Statement& q = db.Cached(
        "SELECT k.a, k.b, k.how, k.source, k.count, k.strength FROM knows k "
        "JOIN person p ON p.id = (CASE WHEN k.a = ?1 THEN k.b ELSE k.a END) "
        "WHERE (k.a = ?1 OR k.b = ?1) AND p.archived_at IS NULL");
    q.bind(1, x);
    std::vector<KnowsTie> out;
    while (q.executeStep()) {
      out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getInt64(),
                     q.getColumn(2).getString(), q.getColumn(3).getString(),
                     q.getColumn(4).getInt64(), OptionalReal(q, 5)});
    }
    return out;
  });
}

Result<bool> IntroKnows(Db& db, int64_t x, int64_t y, int64_t now) {
  return Guard("recording an introduction", [&]() -> Result<bool> {
    SQLite::Statement& exists = db.Cached("SELECT 1 FROM knows WHERE a = ? AND b = ?");
    exists.bind(1, std::min(x, y));
    exists.bind(2, std::max(x, y));
    const bool is_new = !exists.executeStep();
    exists.reset();
    SQLite::Statement& q = db.Cached(
        "INSERT INTO knows (a, b, how, source, count, strength, created_at, updated_at) "
        "VALUES (?1, ?2, '', 'intro', 1, NULL, ?3, ?3) "
        "ON CONFLICT (a, b) DO UPDATE SET updated_at = ?3, "
        "source = CASE source WHEN 'inferred' THEN 'intro' ELSE source END");
    q.bind(1, std::min(x, y));
    q.bind(2, std::max(x, y));
    q.bind(3, now);
    q.exec();
    return is_new;
  });
}

Result<std::optional<int64_t>> MyPersonId(Db& db) {
  return Guard("finding you", [&]() -> Result<std::optional<int64_t>> {
    SQLite::Statement q(db.sql(), "SELECT id FROM person WHERE is_me = 1");
    if (!q.executeStep()) return std::optional<int64_t>();
    return std::optional<int64_t>(q.getColumn(0).getInt64());
  });
}

Result<std::vector<int64_t>> PeopleAtCompany(Db& db, std::string_view folded_company) {
  return Guard("finding a company's people", [&]() -> Result<std::vector<int64_t>> {
    SQLite::Statement q(db.sql(),
                        "SELECT id, company FROM person WHERE company <> '' AND "
                        "archived_at IS NULL AND is_me = 0 ORDER BY id");
    std::vector<int64_t> ids;
    while (q.executeStep()) {
      if (Fold(q.getColumn(1).getText()) == folded_company)
        ids.push_back(q.getColumn(0).getInt64());
    }
    return ids;
  });
}

}  // namespace kith::store
