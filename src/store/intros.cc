#include "store/intros.h"

namespace kith::store {
namespace {

// The columns ReadIntro reads, in order.
#define KITH_INTRO_COLUMNS                                                         \
  "i.id, i.a, pa.name, i.b, pb.name, i.reason, i.state, i.outcome, i.created_at, " \
  "i.updated_at FROM intro i JOIN person pa ON pa.id = i.a JOIN person pb ON pb.id = i.b "

// A state the schema's CHECK allows always parses; anything else is a bug.
core::IntroState StateOf(const std::string& name) {
  auto state = core::ParseIntroState(name);
  if (!state) throw SQLite::Exception("unknown intro state '" + name + "'");
  return *state;
}

Intro ReadIntro(SQLite::Statement& q) {
  Intro in;
  in.id = q.getColumn(0).getInt64();
  in.a = {q.getColumn(1).getInt64(), q.getColumn(2).getString()};
  in.b = {q.getColumn(3).getInt64(), q.getColumn(4).getString()};
  in.reason = q.getColumn(5).getString();
  in.state = StateOf(q.getColumn(6).getString());
  in.outcome = q.getColumn(7).getString();
  in.created_at = q.getColumn(8).getInt64();
  in.updated_at = q.getColumn(9).getInt64();
  return in;
}

}  // namespace

Result<int64_t> InsertIntro(Db& db, int64_t a, int64_t b, std::string_view reason,
                            core::IntroState state, int64_t now) {
  return Guard("adding an intro", [&]() -> Result<int64_t> {
    SQLite::Statement& q = db.Cached(
        "INSERT INTO intro (a, b, reason, state, created_at, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?5)");
    q.bind(1, a);
    q.bind(2, b);
    q.bind(3, std::string(reason));
    q.bind(4, std::string(core::Name(state)));
    q.bind(5, now);
    q.exec();
    return db.sql().getLastInsertRowid();
  });
}

Result<std::optional<Intro>> GetIntro(Db& db, int64_t id) {
  return Guard("reading an intro", [&]() -> Result<std::optional<Intro>> {
    SQLite::Statement& q = db.Cached("SELECT " KITH_INTRO_COLUMNS "WHERE i.id = ?");
    q.bind(1, id);
    std::optional<Intro> out;
    if (q.executeStep()) out = ReadIntro(q);
    q.reset();
    return out;
  });
}

Result<std::vector<Intro>> ListIntros(Db& db, const IntroFilter& filter) {
  return Guard("listing intros", [&]() -> Result<std::vector<Intro>> {
    SQLite::Statement& q =
        db.Cached("SELECT " KITH_INTRO_COLUMNS
                  "WHERE (?1 = 0 OR i.state NOT IN ('declined', 'closed')) "
                  "AND (?2 = 0 OR i.a = ?2 OR i.b = ?2) ORDER BY i.updated_at DESC, i.id DESC");
    q.bind(1, filter.open_only ? 1 : 0);
    q.bind(2, filter.person_id);
    std::vector<Intro> out;
    while (q.executeStep()) out.push_back(ReadIntro(q));
    return out;
  });
}

Result<bool> UpdateIntro(Db& db, int64_t id, core::IntroState state, std::string_view outcome,
                         int64_t now) {
  return Guard("changing an intro", [&]() -> Result<bool> {
    SQLite::Statement& q =
        db.Cached("UPDATE intro SET state = ?, outcome = ?, updated_at = ? WHERE id = ?");
    q.bind(1, std::string(core::Name(state)));
    q.bind(2, std::string(outcome));
    q.bind(3, now);
    q.bind(4, id);
    return q.exec() > 0;
  });
}

Result<bool> IntroducedBefore(Db& db, int64_t x, int64_t y) {
  return Guard("looking up intros", [&]() -> Result<bool> {
    SQLite::Statement& q =
        db.Cached("SELECT 1 FROM intro WHERE (a = ?1 AND b = ?2) OR (a = ?2 AND b = ?1) LIMIT 1");
    q.bind(1, x);
    q.bind(2, y);
    const bool found = q.executeStep();
    q.reset();
    return found;
  });
}

Result<std::optional<int64_t>> OpenIntroBetween(Db& db, int64_t x, int64_t y) {
  return Guard("looking up intros", [&]() -> Result<std::optional<int64_t>> {
    SQLite::Statement& q = db.Cached(
        "SELECT id FROM intro WHERE ((a = ?1 AND b = ?2) OR (a = ?2 AND b = ?1)) "
        "AND state NOT IN ('declined', 'closed') ORDER BY id LIMIT 1");
    q.bind(1, x);
    q.bind(2, y);
    std::optional<int64_t> id;
    if (q.executeStep()) id = q.getColumn(0).getInt64();
    q.reset();
    return id;
  });
}

}  // namespace kith::store
