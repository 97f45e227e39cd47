#include "store/events.h"

#include "util/text.h"

namespace kith::store {
namespace {

Event ReadEvent(SQLite::Statement& q) {
  Event e;
  e.id = q.getColumn(0).getInt64();
  e.name = q.getColumn(1).getString();
  e.place = q.getColumn(2).getString();
  if (!q.getColumn(3).isNull()) e.starts_at = q.getColumn(3).getInt64();
  e.met = q.getColumn(4).getInt64();
  return e;
}

constexpr char kEventColumns[] =
    "SELECT e.id, e.name, e.place, e.starts_at, "
    "(SELECT count(*) FROM event_attendee a WHERE a.event_id = e.id AND a.met = 1) FROM event e ";

}  // namespace

Result<int64_t> InsertEvent(Db& db, const std::string& name, const std::string& place,
                            std::optional<int64_t> starts_at, int64_t now) {
  return Guard("adding an event", [&]() -> Result<int64_t> {
    SQLite::Statement q(db.sql(),
                        "INSERT INTO event (name, name_folded, place, starts_at, created_at) "
                        "VALUES (?, ?, ?, ?, ?)");
    q.bind(1, name);
    q.bind(2, Fold(name));
    q.bind(3, place);
    if (starts_at) q.bind(4, *starts_at);
    q.bind(5, now);
    q.exec();
    return db.sql().getLastInsertRowid();
  });
}

Result<std::vector<Event>> FindEvents(Db& db, const std::string& folded, int limit) {
  return Guard("finding events", [&]() -> Result<std::vector<Event>> {
    SQLite::Statement q(db.sql(), std::string(kEventColumns) +
                                      "WHERE instr(e.name_folded, ?) > 0 "
                                      "ORDER BY coalesce(e.starts_at, e.created_at) DESC, e.id "
                                      "DESC LIMIT ?");
    q.bind(1, folded);
    q.bind(2, limit);
    std::vector<Event> out;
    while (q.executeStep()) out.push_back(ReadEvent(q));
    return out;
  });
}

Result<std::optional<Event>> GetEvent(Db& db, int64_t id) {
  return Guard("reading an event", [&]() -> Result<std::optional<Event>> {
    SQLite::Statement q(db.sql(), std::string(kEventColumns) + "WHERE e.id = ?");
    q.bind(1, id);
    if (!q.executeStep()) return std::optional<Event>();
    return std::optional<Event>(ReadEvent(q));
  });
}

Result<bool> AddMet(Db& db, int64_t event_id, int64_t person_id) {
  return Guard("recording who you met", [&]() -> Result<bool> {
    SQLite::Statement q(db.sql(),
                        "INSERT INTO event_attendee (event_id, person_id, met) VALUES (?, ?, 1) "
                        "ON CONFLICT (event_id, person_id) DO UPDATE SET met = 1 WHERE met = 0");
    q.bind(1, event_id);
    q.bind(2, person_id);
    return q.exec() > 0;
  });
}

Result<std::vector<MetAtEvent>> MetSince(Db& db, int64_t since) {
  return Guard("reading follow-ups", [&]() -> Result<std::vector<MetAtEvent>> {
    SQLite::Statement q(
        db.sql(),
        "SELECT p.id, p.name, e.id, e.name, e.place, e.starts_at, 0, "
        "  (SELECT min(ip.at) FROM interaction_participant ip JOIN interaction i "
        "     ON i.id = ip.interaction_id "
        "   WHERE ip.person_id = p.id AND ip.at > e.starts_at AND i.source <> 'event') "
        "FROM event_attendee a JOIN event e ON e.id = a.event_id "
        "JOIN person p ON p.id = a.person_id "
        "WHERE a.met = 1 AND e.starts_at >= ? AND p.archived_at IS NULL "
        "ORDER BY e.starts_at, e.id, p.name_folded");
    q.bind(1, since);
    std::vector<MetAtEvent> out;
    while (q.executeStep()) {
      MetAtEvent m;
      m.person = {q.getColumn(0).getInt64(), q.getColumn(1).getString()};
      m.event.id = q.getColumn(2).getInt64();
      m.event.name = q.getColumn(3).getString();
      m.event.place = q.getColumn(4).getString();
      m.event.starts_at = q.getColumn(5).getInt64();
      if (!q.getColumn(7).isNull()) m.followed_up_at = q.getColumn(7).getInt64();
      out.push_back(std::move(m));
    }
    return out;
  });
}

Result<std::vector<Event>> EventsOf(Db& db, int64_t person_id) {
  return Guard("reading events", [&]() -> Result<std::vector<Event>> {
    static const std::string kSql = std::string(kEventColumns) +
                                    "JOIN event_attendee a ON a.event_id = e.id "
                                    "WHERE a.person_id = ? AND a.met = 1 "
                                    "ORDER BY coalesce(e.starts_at, e.created_at) DESC";
    SQLite::Statement& q = db.Cached(kSql.c_str());
    q.bind(1, person_id);
    std::vector<Event> out;
    while (q.executeStep()) out.push_back(ReadEvent(q));
    return out;
  });
}

Result<int64_t> EnsureGroup(Db& db, const std::string& name, int64_t now) {
  return Guard("adding a group", [&]() -> Result<int64_t> {
    SQLite::Statement q(db.sql(),
                        "INSERT INTO grp (name, name_folded, created_at) VALUES (?, ?, ?) "
                        "ON CONFLICT (name_folded) DO UPDATE SET name = name RETURNING id");
    q.bind(1, name);
    q.bind(2, Fold(name));
    q.bind(3, now);
    q.executeStep();
    return q.getColumn(0).getInt64();
  });
}

Result<bool> AddGroupMember(Db& db, int64_t group_id, int64_t person_id) {
  return Guard("joining a group", [&]() -> Result<bool> {
    SQLite::Statement q(db.sql(),
                        "INSERT OR IGNORE INTO grp_member (grp_id, person_id) VALUES (?, ?)");
    q.bind(1, group_id);
    q.bind(2, person_id);
    return q.exec() > 0;
  });
}

Result<std::vector<std::string>> GroupsOf(Db& db, int64_t person_id) {
  return Guard("reading groups", [&]() -> Result<std::vector<std::string>> {
    SQLite::Statement& q = db.Cached(
        "SELECT g.name FROM grp g JOIN grp_member m ON m.grp_id = g.id "
        "WHERE m.person_id = ? ORDER BY g.name_folded");
    q.bind(1, person_id);
    std::vector<std::string> out;
    while (q.executeStep()) out.push_back(q.getColumn(0).getString());
    return out;
  });
}

Result<std::vector<Group>> ListGroups(Db& db, const std::string& folded) {
  return Guard("listing groups", [&]() -> Result<std::vector<Group>> {
    SQLite::Statement q(db.sql(),
                        "SELECT g.id, g.name, p.id, p.name FROM grp g "
                        "LEFT JOIN grp_member m ON m.grp_id = g.id "
                        "LEFT JOIN person p ON p.id = m.person_id AND p.archived_at IS NULL "
                        "WHERE ? = '' OR g.name_folded = ? "
                        "ORDER BY g.name_folded, g.id, p.name_folded");
    q.bind(1, folded);
    q.bind(2, folded);
    std::vector<Group> out;
    while (q.executeStep()) {
      int64_t id = q.getColumn(0).getInt64();
      if (out.empty() || out.back().id != id) out.push_back({id, q.getColumn(1).getString(), {}});
      if (!q.getColumn(2).isNull()) {
        out.back().members.push_back({q.getColumn(2).getInt64(), q.getColumn(3).getString()});
      }
    }
    return out;
  });
}

}  // namespace kith::store
