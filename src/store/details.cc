#include "store/details.h"

#include <SQLiteCpp/Statement.h>

#include "store/row.h"
#include "util/text.h"

namespace kith::store {
namespace {

// INSERT with (person_id, a, b, now) parameters; returns the new id.
int64_t InsertRow(Db& db, const char* sql, int64_t person_id, const std::string& a,
                  const std::string& b, int64_t now) {
  SQLite::Statement& q = db.Cached(sql);
  q.bind(1, person_id);
  q.bind(2, a);
  q.bind(3, b);
  q.bind(4, now);
  q.exec();
  return db.sql().getLastInsertRowid();
}

template <typename T, typename ReadRow>
Result<std::vector<T>> ReadAll(Db& db, const char* what, const char* sql, int64_t person_id,
                               ReadRow read) {
  return Guard(what, [&]() -> Result<std::vector<T>> {
    SQLite::Statement& q = db.Cached(sql);
    q.bind(1, person_id);
    std::vector<T> out;
    while (q.executeStep()) out.push_back(read(q));
    return out;
  });
}

}  // namespace

Result<bool> AddContact(Db& db, int64_t person_id, const core::ContactValue& contact,
                        const std::string& label, int64_t now) {
  return Guard("adding a contact point", [&]() -> Result<bool> {
    SQLite::Statement& q = db.Cached(
        "INSERT INTO contact_point (person_id, kind, value, normalized, label, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (person_id, kind, normalized) DO NOTHING");
    q.bind(1, person_id);
    q.bind(2, std::string(core::Name(contact.kind)));
    q.bind(3, contact.value);
    q.bind(4, contact.normalized);
    q.bind(5, label);
    q.bind(6, now);
    return q.exec() > 0;
  });
}

Result<int64_t> AddFact(Db& db, int64_t person_id, core::FactKind kind, const std::string& text,
                        int64_t now) {
  return Guard("adding a fact", [&]() -> Result<int64_t> {
    return InsertRow(db, "INSERT INTO fact (person_id, kind, text, created_at) VALUES (?, ?, ?, ?)",
                     person_id, std::string(core::Name(kind)), text, now);
  });
}

Result<int64_t> AddNote(Db& db, int64_t person_id, const std::string& body, int64_t now) {
  return Guard("adding a note", [&]() -> Result<int64_t> {
    SQLite::Statement& q =
        db.Cached("INSERT INTO note (person_id, body, created_at) VALUES (?, ?, ?)");
    q.bind(1, person_id);
    q.bind(2, body);
    q.bind(3, now);
    q.exec();
    return db.sql().getLastInsertRowid();
  });
}

Result<int64_t> AddNeedOffer(Db& db, int64_t person_id, core::Side side, const std::string& text,
                             int64_t now) {
  return Guard("adding a need or offer", [&]() -> Result<int64_t> {
    return InsertRow(
        db, "INSERT INTO need_offer (person_id, side, text, created_at) VALUES (?, ?, ?, ?)",
        person_id, std::string(core::Name(side)), text, now);
  });
}

Status SetImportantDate(Db& db, int64_t person_id, const std::string& kind, const Date& date) {
  return Guard("setting a date", [&]() -> Status {
    SQLite::Statement& q = db.Cached(
        "INSERT INTO important_date (person_id, kind, year, month, day) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (person_id, kind) DO UPDATE SET "
        "year = excluded.year, month = excluded.month, day = excluded.day");
    q.bind(1, person_id);
    q.bind(2, kind);
    BindOptional(q, 3, date.year ? std::optional<int64_t>(date.year) : std::nullopt);
    q.bind(4, date.month);
    q.bind(5, date.day);
    q.exec();
    return Status::Ok();
  });
}

Result<bool> AddTag(Db& db, int64_t person_id, const std::string& tag) {
  return Guard("tagging a person", [&]() -> Result<bool> {
    SQLite::Statement& make = db.Cached(
        "INSERT INTO tag (name, name_folded) VALUES (?, ?) "
        "ON CONFLICT (name_folded) DO NOTHING");
    std::string folded = Fold(tag);
    make.bind(1, tag);
    make.bind(2, folded);
    make.exec();
    SQLite::Statement& link = db.Cached(
        "INSERT INTO person_tag (person_id, tag_id) SELECT ?, id FROM tag "
        "WHERE name_folded = ? ON CONFLICT DO NOTHING");
    link.bind(1, person_id);
    link.bind(2, folded);
    return link.exec() > 0;
  });
}

Result<std::vector<core::ContactPoint>> ContactsOf(Db& db, int64_t person_id) {
  return ReadAll<core::ContactPoint>(
      db, "reading contact points",
      "SELECT id, kind, value, normalized, label FROM contact_point WHERE person_id = ? "
      "ORDER BY CASE kind WHEN 'email' THEN 0 WHEN 'phone' THEN 1 WHEN 'url' THEN 2 "
      "WHEN 'handle' THEN 3 ELSE 4 END, id",
      person_id, [](SQLite::Statement& q) {
        return core::ContactPoint{
            q.getColumn(0).getInt64(),
            core::ParseContactKind(q.getColumn(1).getString()).value_or(core::ContactKind::kHandle),
            q.getColumn(2).getString(), q.getColumn(3).getString(), q.getColumn(4).getString()};
      });
}

Result<std::vector<std::string>> TagsOf(Db& db, int64_t person_id) {
  return ReadAll<std::string>(db, "reading tags",
                              "SELECT t.name FROM person_tag pt JOIN tag t ON t.id = pt.tag_id "
                              "WHERE pt.person_id = ? ORDER BY t.name_folded",
                              person_id,
                              [](SQLite::Statement& q) { return q.getColumn(0).getString(); });
}

Result<std::vector<core::Fact>> FactsOf(Db& db, int64_t person_id) {
  return ReadAll<core::Fact>(
      db, "reading facts",
      "SELECT id, kind, text, created_at FROM fact WHERE person_id = ? ORDER BY id", person_id,
      [](SQLite::Statement& q) {
        return core::Fact{
            q.getColumn(0).getInt64(),
            core::ParseFactKind(q.getColumn(1).getString()).value_or(core::FactKind::kOther),
            q.getColumn(2).getString(), q.getColumn(3).getInt64()};
      });
}

Result<std::vector<core::Note>> NotesOf(Db& db, int64_t person_id, int limit) {
  return Guard("reading notes", [&]() -> Result<std::vector<core::Note>> {
    SQLite::Statement& q = db.Cached(
        "SELECT id, body, created_at FROM note WHERE person_id = ? "
        "ORDER BY created_at DESC, id DESC LIMIT ?");
    q.bind(1, person_id);
    q.bind(2, limit);
    std::vector<core::Note> out;
    while (q.executeStep()) {
      out.push_back(
          {q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getInt64()});
    }
    return out;
  });
}

Result<std::vector<core::NeedOffer>> NeedsOffersOf(Db& db, int64_t person_id) {
  return ReadAll<core::NeedOffer>(
      db, "reading needs and offers",
      "SELECT id, side, text, status, created_at FROM need_offer WHERE person_id = ? "
      "ORDER BY status <> 'open', side, id",
      person_id, [](SQLite::Statement& q) {
        return core::NeedOffer{
            q.getColumn(0).getInt64(),
            q.getColumn(1).getString() == "need" ? core::Side::kNeed : core::Side::kOffer,
            q.getColumn(2).getString(), q.getColumn(3).getString() == "open",
            q.getColumn(4).getInt64()};
      });
}

Result<std::vector<core::ImportantDate>> DatesOf(Db& db, int64_t person_id) {
  return ReadAll<core::ImportantDate>(
      db, "reading dates",
      "SELECT id, kind, year, month, day FROM important_date WHERE person_id = ? "
      "ORDER BY month, day, id",
      person_id, [](SQLite::Statement& q) {
        auto year = OptionalInt(q, 2);
        return core::ImportantDate{q.getColumn(0).getInt64(), q.getColumn(1).getString(),
                                   Date{static_cast<int>(year.value_or(0)), q.getColumn(3).getInt(),
                                        q.getColumn(4).getInt()}};
      });
}

}  // namespace kith::store
