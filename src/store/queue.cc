#include "store/queue.h"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <cmath>
#include <limits>
#include <unordered_map>

#include "store/row.h"

namespace kith::store {
namespace {

core::TieStats ReadStats(SQLite::Statement& q, int c) {
  core::TieStats s;
  if (q.getColumn(c).isNull()) return s;
  s.count = q.getColumn(c).getInt64();
  s.first_at = OptionalInt(q, c + 1);
  s.last_at = OptionalInt(q, c + 2);
  s.last_kind = core::ParseInteractionKind(q.getColumn(c + 3).getText())
                    .value_or(core::InteractionKind::kOther);
  s.last_direction =
      core::ParseDirection(q.getColumn(c + 4).getText()).value_or(core::Direction::kMutual);
  s.gaps = q.getColumn(c + 5).getInt();
  s.median_gap_days = q.getColumn(c + 6).getDouble();
  s.strength_log = q.getColumn(c + 7).isNull() ? -std::numeric_limits<double>::infinity()
                                               : q.getColumn(c + 7).getDouble();
  return s;
}

Status UpdateColumn(Db& db, const char* what, const char* column, int64_t person_id,
                    std::optional<int64_t> value, int64_t now) {
  return Guard(what, [&]() -> Status {
    SQLite::Statement q(db.sql(), fmt::format("UPDATE person SET {} = ?, updated_at = ? "
                                              "WHERE id = ?",
                                              column));
    BindOptional(q, 1, value);
    q.bind(2, now);
    q.bind(3, person_id);
    if (q.exec() == 0) return Status::NotFound(fmt::format("no person #{}", person_id));
    return Status::Ok();
  });
}

}  // namespace

Result<std::vector<core::QueueCandidate>> LoadQueueCandidates(Db& db) {
  return Guard("reading the queue", [&]() -> Result<std::vector<core::QueueCandidate>> {
    SQLite::Statement q(db.sql(),
                        "SELECT p.id, p.name, p.circle, p.cadence_days, p.snoozed_until, "
                        "coalesce(p.met_on, p.created_at), s.interactions, s.first_at, s.last_at, "
                        "s.last_kind, s.last_direction, s.gaps, s.median_gap_days, s.strength_log "
                        "FROM person p LEFT JOIN person_stats s ON s.person_id = p.id "
                        "WHERE p.archived_at IS NULL AND p.is_me = 0 ORDER BY p.id");
    std::vector<core::QueueCandidate> out;
    std::unordered_map<int64_t, size_t> index;
    while (q.executeStep()) {
      core::QueueCandidate c;
      c.id = q.getColumn(0).getInt64();
      c.name = q.getColumn(1).getString();
      if (!q.getColumn(2).isNull()) c.circle = core::ParseCircle(q.getColumn(2).getText());
      if (auto cadence = OptionalInt(q, 3)) c.cadence_days = static_cast<int>(*cadence);
      c.snoozed_until = OptionalInt(q, 4);
      c.known_since = q.getColumn(5).getInt64();
      c.stats = ReadStats(q, 6);
      index.emplace(c.id, out.size());
      out.push_back(std::move(c));
    }
    SQLite::Statement dates(db.sql(),
                            "SELECT person_id, id, kind, year, month, day FROM important_date");
    while (dates.executeStep()) {
      auto it = index.find(dates.getColumn(0).getInt64());
      if (it == index.end()) continue;
      auto year = OptionalInt(dates, 3);
      out[it->second].dates.push_back(
          {dates.getColumn(1).getInt64(), dates.getColumn(2).getString(),
           Date{static_cast<int>(year.value_or(0)), dates.getColumn(4).getInt(),
                dates.getColumn(5).getInt()}});
    }
    return out;
  });
}

Status SetCircle(Db& db, int64_t person_id, std::optional<core::Circle> circle, int64_t now) {
  return Guard("setting the circle", [&]() -> Status {
    SQLite::Statement q(db.sql(), "UPDATE person SET circle = ?, updated_at = ? WHERE id = ?");
    if (circle) {
      q.bindNoCopy(1, core::Name(*circle).data());
    } else {
      q.bind(1);
    }
    q.bind(2, now);
    q.bind(3, person_id);
    if (q.exec() == 0) return Status::NotFound(fmt::format("no person #{}", person_id));
    return Status::Ok();
  });
}

Status SetCadence(Db& db, int64_t person_id, std::optional<int> days, int64_t now) {
  return UpdateColumn(db, "setting the cadence", "cadence_days", person_id,
                      days ? std::optional<int64_t>(*days) : std::nullopt, now);
}

Status SetSnooze(Db& db, int64_t person_id, std::optional<int64_t> until, int64_t now) {
  return UpdateColumn(db, "snoozing", "snoozed_until", person_id, until, now);
}

}  // namespace kith::store
