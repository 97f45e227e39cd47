#include "store/tie_stats.h"

#include <SQLiteCpp/Statement.h>

#include <cmath>

#include "store/row.h"

namespace kith::store {
namespace {

core::Touch ReadTouch(SQLite::Statement& q, int first_column) {
  core::Touch t;
  t.at = q.getColumn(first_column).getInt64();
  t.kind = core::ParseInteractionKind(q.getColumn(first_column + 1).getText())
               .value_or(core::InteractionKind::kOther);
  t.direction = core::ParseDirection(q.getColumn(first_column + 2).getText())
                    .value_or(core::Direction::kMutual);
  return t;
}

}  // namespace

Status ForEachPersonTouches(Db& db, const TouchVisitor& visit) {
  return Guard("reading interactions", [&]() -> Status {
    SQLite::Statement q(db.sql(),
                        "SELECT person_id, at, kind, direction FROM interaction_participant "
                        "ORDER BY person_id, at, interaction_id");
    std::vector<core::Touch> touches;
    int64_t current = 0;
    while (q.executeStep()) {
      int64_t person = q.getColumn(0).getInt64();
      if (person != current && !touches.empty()) {
        KITH_RETURN_IF_ERROR(visit(current, touches));
        touches.clear();
      }
      current = person;
      touches.push_back(ReadTouch(q, 1));
    }
    if (!touches.empty()) return visit(current, touches);
    return Status::Ok();
  });
}

Result<std::vector<core::Touch>> TouchesOf(Db& db, int64_t person_id) {
  return Guard("reading interactions", [&]() -> Result<std::vector<core::Touch>> {
    SQLite::Statement& q = db.Cached(
        "SELECT at, kind, direction FROM interaction_participant "
        "WHERE person_id = ? ORDER BY at, interaction_id");
    q.bind(1, person_id);
    std::vector<core::Touch> out;
    while (q.executeStep()) out.push_back(ReadTouch(q, 0));
    return out;
  });
}

struct StatsWriter::Impl {
  explicit Impl(Db& db)
      : put(db.sql(),
            "INSERT OR REPLACE INTO person_stats (person_id, interactions, first_at, last_at, "
            "last_kind, last_direction, gaps, median_gap_days, strength_log) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        drop(db.sql(), "DELETE FROM person_stats WHERE person_id = ?") {}
  SQLite::Statement put;
  SQLite::Statement drop;
};

StatsWriter::StatsWriter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
StatsWriter::~StatsWriter() = default;

Result<std::unique_ptr<StatsWriter>> StatsWriter::Prepare(Db& db) {
  return Guard("preparing to write stats", [&]() -> Result<std::unique_ptr<StatsWriter>> {
    return std::unique_ptr<StatsWriter>(new StatsWriter(std::make_unique<Impl>(db)));
  });
}

Status StatsWriter::Put(int64_t person_id, const core::TieStats& s) {
  return Guard("writing stats", [&]() -> Status {
    if (s.count == 0) {
      impl_->drop.bind(1, person_id);
      impl_->drop.exec();
      impl_->drop.reset();
      return Status::Ok();
    }
    auto& q = impl_->put;
    q.bind(1, person_id);
    q.bind(2, s.count);
    BindOptional(q, 3, s.first_at);
    BindOptional(q, 4, s.last_at);
    // Names are string literals, so they outlive the statement's use of them.
    q.bindNoCopy(5, core::Name(s.last_kind).data());
    q.bindNoCopy(6, core::Name(s.last_direction).data());
    q.bind(7, s.gaps);
    q.bind(8, s.median_gap_days);
    if (std::isfinite(s.strength_log)) {
      q.bind(9, s.strength_log);
    } else {
      q.bind(9);
    }
    q.exec();
    q.reset();
    return Status::Ok();
  });
}

Status DeleteAllStats(Db& db) {
  return Guard("clearing stats", [&]() -> Status {
    db.sql().exec("DELETE FROM person_stats");
    return Status::Ok();
  });
}

Status DeleteStats(Db& db, int64_t person_id) {
  return Guard("clearing stats", [&]() -> Status {
    SQLite::Statement q(db.sql(), "DELETE FROM person_stats WHERE person_id = ?");
    q.bind(1, person_id);
    q.exec();
    return Status::Ok();
  });
}

Result<std::optional<std::string>> GetState(Db& db, const std::string& key) {
  return Guard("reading kith state", [&]() -> Result<std::optional<std::string>> {
    SQLite::Statement q(db.sql(), "SELECT value FROM kith_state WHERE key = ?");
    q.bind(1, key);
    if (!q.executeStep()) return std::optional<std::string>();
    return std::optional<std::string>(q.getColumn(0).getString());
  });
}

Status PutState(Db& db, const std::string& key, const std::string& value) {
  return Guard("writing kith state", [&]() -> Status {
    SQLite::Statement q(db.sql(), "INSERT OR REPLACE INTO kith_state (key, value) VALUES (?, ?)");
    q.bind(1, key);
    q.bind(2, value);
    q.exec();
    return Status::Ok();
  });
}

}  // namespace kith::store
