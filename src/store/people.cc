#include "store/people.h"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <unordered_map>

#include "store/row.h"
#include "util/text.h"

namespace kith::store {
namespace {

constexpr const char* kPersonColumns =
    "p.id, p.name, p.company, p.title, p.location, p.met_where, p.met_how, p.met_on, "
    "p.met_through, m.name, p.archived_at, p.created_at, p.updated_at";

core::Person ReadPerson(SQLite::Statement& q) {
  core::Person p;
  p.id = q.getColumn(0).getInt64();
  p.name = q.getColumn(1).getString();
  p.company = q.getColumn(2).getString();
  p.title = q.getColumn(3).getString();
  p.location = q.getColumn(4).getString();
  p.met_where = q.getColumn(5).getString();
  p.met_how = q.getColumn(6).getString();
  p.met_on = OptionalInt(q, 7);
  if (auto through = OptionalInt(q, 8))
    p.met_through = core::PersonRef{*through, q.getColumn(9).getString()};
  p.archived_at = OptionalInt(q, 10);
  p.created_at = q.getColumn(11).getInt64();
  p.updated_at = q.getColumn(12).getInt64();
  return p;
}

// Binds the editable fields shared by INSERT and UPDATE as parameters 1..9.
void BindEditable(SQLite::Statement& q, const core::Person& p) {
  q.bind(1, p.name);
  q.bind(2, Fold(p.name));
  q.bind(3, p.company);
  q.bind(4, p.title);
  q.bind(5, p.location);
  q.bind(6, p.met_where);
  q.bind(7, p.met_how);
  BindOptional(q, 8, p.met_on);
  BindOptional(q, 9, p.met_through ? std::optional<int64_t>(p.met_through->id) : std::nullopt);
}

std::vector<PersonMatch> ReadMatches(SQLite::Statement& q) {
  std::vector<PersonMatch> out;
  while (q.executeStep()) {
    out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(),
                   q.getColumn(2).getString(), q.getColumn(3).getString(),
                   !q.getColumn(4).isNull()});
  }
  return out;
}

}  // namespace

Result<int64_t> InsertPerson(Db& db, const core::Person& person, int64_t now) {
  return Guard("adding a person", [&]() -> Result<int64_t> {
    SQLite::Statement& q = db.Cached(
        "INSERT INTO person (name, name_folded, company, title, location, "
        "met_where, met_how, met_on, met_through, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    BindEditable(q, person);
    q.bind(10, now);
    q.bind(11, now);
    q.exec();
    return db.sql().getLastInsertRowid();
  });
}

Status MarkAsMe(Db& db, int64_t id) {
  return Guard("marking your profile", [&]() -> Status {
    SQLite::Statement& q = db.Cached("UPDATE person SET is_me = 1 WHERE id = ?");
    q.bind(1, id);
    q.exec();
    return Status::Ok();
  });
}

Status UpdatePerson(Db& db, const core::Person& person, int64_t now) {
  return Guard("updating a person", [&]() -> Status {
    SQLite::Statement& q = db.Cached(
        "UPDATE person SET name = ?, name_folded = ?, company = ?, title = ?, "
        "location = ?, met_where = ?, met_how = ?, met_on = ?, met_through = ?, "
        "updated_at = ? WHERE id = ?");
    BindEditable(q, person);
    q.bind(10, now);
    q.bind(11, person.id);
    if (q.exec() == 0) return Status::NotFound(fmt::format("no person #{}", person.id));
    return Status::Ok();
  });
}

Status SetArchived(Db& db, int64_t id, std::optional<int64_t> archived_at, int64_t now) {
  return Guard("archiving a person", [&]() -> Status {
    SQLite::Statement& q =
        db.Cached("UPDATE person SET archived_at = ?, updated_at = ? WHERE id = ?");
    BindOptional(q, 1, archived_at);
    q.bind(2, now);
    q.bind(3, id);
    if (q.exec() == 0) return Status::NotFound(fmt::format("no person #{}", id));
    return Status::Ok();
  });
}

Result<core::Person> GetPerson(Db& db, int64_t id) {
  return Guard("reading a person", [&]() -> Result<core::Person> {
    static const std::string kSql = fmt::format(
        "SELECT {} FROM person p LEFT JOIN person m ON m.id = p.met_through WHERE p.id = ?",
        kPersonColumns);
    SQLite::Statement& q = db.Cached(kSql.c_str());
    q.bind(1, id);
    if (!q.executeStep()) return Status::NotFound(fmt::format("no person #{}", id));
    return ReadPerson(q);
  });
}

Result<std::vector<PersonMatch>> FindByName(Db& db, const std::string& folded_fragment, int limit) {
  return Guard("finding people by name", [&]() -> Result<std::vector<PersonMatch>> {
    SQLite::Statement& q = db.Cached(
        "SELECT id, name, name_folded, company, archived_at FROM person "
        "WHERE instr(name_folded, :f) > 0 ORDER BY archived_at IS NOT NULL, "
        "name_folded = :f DESC, (substr(name_folded, 1, length(:f)) = :f OR "
        "instr(name_folded, ' ' || :f) > 0) DESC, name_folded, id LIMIT :limit");
    q.bind(":f", folded_fragment);
    q.bind(":limit", limit);
    return ReadMatches(q);
  });
}

Result<std::vector<PersonMatch>> FindByExactName(Db& db, const std::string& folded_name,
                                                 int limit) {
  return Guard("finding people by name", [&]() -> Result<std::vector<PersonMatch>> {
    SQLite::Statement& q = db.Cached(
        "SELECT id, name, name_folded, company, archived_at FROM person "
        "WHERE name_folded = ? ORDER BY id LIMIT ?");
    q.bind(1, folded_name);
    q.bind(2, limit);
    return ReadMatches(q);
  });
}

Result<std::vector<PersonMatch>> FindByContact(Db& db, core::ContactKind kind,
                                               const std::string& normalized) {
  return Guard("finding people by contact", [&]() -> Result<std::vector<PersonMatch>> {
    SQLite::Statement& q = db.Cached(
        "SELECT DISTINCT p.id, p.name, p.name_folded, p.company, p.archived_at "
        "FROM contact_point c JOIN person p ON p.id = c.person_id "
        "WHERE c.kind = ? AND c.normalized = ? ORDER BY p.id");
    q.bind(1, std::string(core::Name(kind)));
    q.bind(2, normalized);
    return ReadMatches(q);
  });
}

Status ForEachPersonName(Db& db, const std::function<void(int64_t id, std::string_view name_folded,
                                                          std::string_view company)>& visit) {
  return Guard("reading names", [&]() -> Status {
    SQLite::Statement q(db.sql(), "SELECT id, name_folded, company FROM person ORDER BY id");
    while (q.executeStep()) {
      visit(q.getColumn(0).getInt64(), ColumnText(q, 1), ColumnText(q, 2));
    }
    return Status::Ok();
  });
}

Status ForEachContactKey(Db& db, const std::function<void(int64_t person_id, core::ContactKind kind,
                                                          std::string_view normalized)>& visit) {
  return Guard("reading contact points", [&]() -> Status {
    SQLite::Statement q(db.sql(), "SELECT person_id, kind, normalized FROM contact_point");
    while (q.executeStep()) {
      auto kind = core::ParseContactKind(ColumnText(q, 1));
      if (kind) visit(q.getColumn(0).getInt64(), *kind, ColumnText(q, 2));
    }
    return Status::Ok();
  });
}

Result<std::vector<core::PersonSummary>> ListPeople(Db& db, const ListFilter& filter) {
  return Guard("listing people", [&]() -> Result<std::vector<core::PersonSummary>> {
    std::string sql =
        "SELECT p.id, p.name, p.company, p.title, p.archived_at, s.last_at, p.name_folded "
        "FROM person p "
        "LEFT JOIN person_stats s ON s.person_id = p.id";
    if (!filter.tag.empty()) {
      sql +=
          " JOIN person_tag ft ON ft.person_id = p.id "
          "JOIN tag f ON f.id = ft.tag_id AND f.name_folded = :tag";
    }
    sql += " WHERE p.is_me = 0";  // you are `kith me`, not one of your contacts
    if (!filter.include_archived) sql += " AND p.archived_at IS NULL";
    if (filter.by_name) sql += " ORDER BY p.name_folded, p.id";
    if (filter.limit > 0) sql += fmt::format(" LIMIT {}", filter.limit);
    SQLite::Statement q(db.sql(), sql);
    if (!filter.tag.empty()) q.bind(":tag", filter.tag);
    std::vector<core::PersonSummary> out;
    while (q.executeStep()) {
      core::PersonSummary s;
      s.id = q.getColumn(0).getInt64();
      s.name = q.getColumn(1).getString();
      s.company = q.getColumn(2).getString();
      s.title = q.getColumn(3).getString();
      s.archived = !q.getColumn(4).isNull();
      s.last_interaction_at = OptionalInt(q, 5);
      s.name_folded = q.getColumn(6).getString();
      out.push_back(std::move(s));
    }
    std::unordered_map<int64_t, size_t> index;  // person id → position in `out`
    index.reserve(out.size());
    for (size_t i = 0; i < out.size(); ++i) index.emplace(out[i].id, i);
    // Tags of the listed people in one pass, not one sub-query per person.
    SQLite::Statement& tags = db.Cached(
        "SELECT pt.person_id, t.name FROM tag t "
        "JOIN person_tag pt ON pt.tag_id = t.id ORDER BY t.name_folded");
    while (tags.executeStep()) {
      auto it = index.find(tags.getColumn(0).getInt64());
      if (it != index.end()) out[it->second].tags.push_back(tags.getColumn(1).getString());
    }
    return out;
  });
}

}  // namespace kith::store
