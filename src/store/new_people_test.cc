// New people written in batches come out as the same rows, with the same
// ids, as writing each person and their details one statement at a time.
#include "store/new_people.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <string>

#include "core/person.h"
#include "store/details.h"
#include "store/people.h"
#include "store/test_db.h"
#include "util/text.h"

namespace kith::store {
namespace {

class NewPeopleTest : public StoreTest {
 protected:
  // Person i: 0-3 contact points, a birthday given twice for some, tags
  // with folded repeats, a note for some.
  static NewPerson Person(int i) {
    NewPerson p;
    p.name = fmt::format("Person {}", i);
    p.name_folded = Fold(p.name);
    p.company = i % 3 == 0 ? "Acme" : "";
    p.title = i % 5 == 0 ? "CTO" : "";
    for (int c = 0; c < i % 4; ++c) {
      std::string email = fmt::format("p{}.{}@example.com", i, c);
      p.contacts.push_back({core::ContactKind::kEmail, email, email, c == 0 ? "work" : ""});
    }
    if (i % 2 == 0)
      p.contacts.push_back({core::ContactKind::kPhone, "+44 20 7946 0958", "+442079460958", ""});
    if (i % 7 == 0) p.dates.emplace_back("birthday", Date{1980, 1, 2});
    if (i % 7 == 0) p.dates.emplace_back("birthday", Date{0, 3, 4});  // the later one wins
    if (i % 11 == 0) p.dates.emplace_back("anniversary", Date{2001, 5, 6});
    if (i % 3 == 0) p.tags = {"Investor", "investor", fmt::format("Batch {}", i % 4)};
    if (i % 4 == 0) p.note = fmt::format("Met at event {}", i);
    return p;
  }

  // The same person written the unbatched way.
  static void WriteOneByOne(Db& db, const NewPerson& n) {
    core::Person p;
    p.name = n.name;
    p.company = n.company;
    p.title = n.title;
    auto id = InsertPerson(db, p, kNow);
    ASSERT_TRUE(id);
    for (const auto& c : n.contacts) {
      ASSERT_TRUE(AddContact(db, *id, {c.kind, c.value, c.normalized}, c.label, kNow));
    }
    for (const auto& [kind, date] : n.dates)
      ASSERT_TRUE(SetImportantDate(db, *id, kind, date).ok());
    for (const auto& tag : n.tags) ASSERT_TRUE(AddTag(db, *id, tag));
    if (!n.note.empty()) {
      ASSERT_TRUE(AddNote(db, *id, n.note, kNow));
    }
  }

  static std::string Rows(Db& db, const std::string& sql) {
    SQLite::Statement q(db.sql(), sql);
    std::string out;
    while (q.executeStep()) {
      for (int c = 0; c < q.getColumnCount(); ++c) out += q.getColumn(c).getString() + "|";
      out += "\n";
    }
    return out;
  }
};

TEST_F(NewPeopleTest, WritesTheSameRowsAsOneAtATime) {
  TempDir other_dir;
  auto other = Db::Open(other_dir.File("kith.db"));
  ASSERT_TRUE(other);
  // One person and a tag already there on both sides.
  for (Db* db : {db_.get(), other->get()}) {
    NewPerson first = Person(1);
    first.tags = {"INVESTOR"};
    WriteOneByOne(*db, first);
  }
  NewPeople batch(*db_);
  for (int i = 2; i < 300; ++i) {  // more than one batch of 64 rows, and a remainder
    auto id = batch.Add(Person(i), kNow);
    ASSERT_TRUE(id);
    EXPECT_EQ(*id, i);
    WriteOneByOne(**other, Person(i));
  }
  EXPECT_EQ(Count("SELECT count(*) FROM person"), 1);  // nothing written before Flush
  ASSERT_TRUE(batch.Flush().ok());
  EXPECT_TRUE(batch.empty());
  for (const char* sql :
       {"SELECT * FROM person ORDER BY id", "SELECT * FROM contact_point ORDER BY id",
        "SELECT rowid, * FROM important_date ORDER BY rowid", "SELECT * FROM tag ORDER BY id",
        "SELECT * FROM person_tag ORDER BY person_id, tag_id", "SELECT * FROM note ORDER BY id"}) {
    EXPECT_EQ(Rows(*db_, sql), Rows(**other, sql)) << sql;
  }
  EXPECT_EQ(Count("SELECT count(*) FROM tag"), 5);  // INVESTOR (as first spelled) and Batch 0-3
  EXPECT_EQ(Count("SELECT count(*) FROM important_date WHERE kind = 'birthday' AND year IS NULL"),
            Count("SELECT count(*) FROM person WHERE id % 7 = 0"));
}

TEST_F(NewPeopleTest, NumbersAfterWhatIsStoredAtEachFlush) {
  NewPeople batch(*db_);
  EXPECT_EQ(*batch.Add(Person(0), kNow), 1);
  ASSERT_TRUE(batch.Flush().ok());
  core::Person zoe;
  zoe.name = "Zoë";
  ASSERT_EQ(*InsertPerson(*db_, zoe, kNow), 2);  // written between flushes
  EXPECT_EQ(*batch.Add(Person(3), kNow), 3);
  ASSERT_TRUE(batch.Flush().ok());
  EXPECT_EQ(Count("SELECT count(*) FROM person"), 3);
}

TEST_F(NewPeopleTest, AFailedFlushTellsWhyAndEmptiesTheQueue) {
  db_->sql().exec(
      "CREATE TRIGGER boom BEFORE INSERT ON contact_point WHEN NEW.normalized = "
      "'p70.0@example.com' "
      "BEGIN SELECT RAISE(ABORT, 'no room for p70'); END");
  NewPeople batch(*db_);
  for (int i = 0; i < 100; ++i) ASSERT_TRUE(batch.Add(Person(i), kNow));
  Status s = batch.Flush();
  EXPECT_NE(s.message().find("writing new people: no room for p70"), std::string::npos)
      << s.message();
  EXPECT_TRUE(batch.empty());
}

}  // namespace
}  // namespace kith::store
