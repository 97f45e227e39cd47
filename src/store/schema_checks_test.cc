#include "store/schema_checks.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "store/db.h"
#include "store/migrations.h"
#include "store/test_db.h"

namespace kith::store {
namespace {

using detail::InListsAsComparisons;

TEST(InListsAsComparisonsTest, ThreeOrMoreNamesBecomeComparisons) {
  EXPECT_EQ(InListsAsComparisons("kind TEXT CHECK (kind IN ('a', 'b', 'c')),"),
            "kind TEXT CHECK ((kind = 'a' OR kind = 'b' OR kind = 'c')),");
}

TEST(InListsAsComparisonsTest, ListsOverSeveralLinesAndSeveralListsInOneTable) {
  EXPECT_EQ(InListsAsComparisons("k CHECK (k IN ('x',\n    'y', 'z')),\n"
                                 "d CHECK (d IN ('in', 'out', 'mutual'))"),
            "k CHECK ((k = 'x' OR k = 'y' OR k = 'z')),\n"
            "d CHECK ((d = 'in' OR d = 'out' OR d = 'mutual'))");
}

TEST(InListsAsComparisonsTest, TwoNamesNumbersAndOtherTextStayAsTheyAre) {
  for (const char* sql :
       {"side CHECK (side IN ('need', 'offer'))", "m CHECK (m IN (0, 1))",
        "id IN (SELECT id FROM t)", "CREATE TABLE t (a TEXT)", "x IN ('a', 'it''s', 'c')",
        "x IN ('a', 'b', 'c'", " IN ('a', 'b', 'c')", "x IN ('a', 'b', 3)"}) {
    EXPECT_EQ(InListsAsComparisons(sql), sql);
  }
}

class SchemaChecksTest : public StoreTest {
 protected:
  // Whether `sql` runs without breaking a constraint.
  bool Accepted(const std::string& sql) {
    try {
      db_->sql().exec(sql);
      return true;
    } catch (const SQLite::Exception&) {
      return false;
    }
  }
};

TEST_F(SchemaChecksTest, NoTableKeepsAnInListOfThreeNames) {
  SQLite::Statement tables(db_->sql(), "SELECT name, sql FROM sqlite_schema WHERE type = 'table'");
  int rewritten = 0;
  while (tables.executeStep()) {
    std::string sql = tables.getColumn(1).getString();
    EXPECT_EQ(InListsAsComparisons(sql), sql) << tables.getColumn(0).getString();
    if (sql.find("kind = 'email' OR kind = 'phone'") != std::string::npos) ++rewritten;
  }
  EXPECT_EQ(rewritten, 1);  // contact_point
  EXPECT_EQ(db_->sql().execAndGet("PRAGMA integrity_check").getString(), "ok");
}

TEST_F(SchemaChecksTest, ConstraintsStillRefuseWhatTheyRefusedAndAcceptNull) {
  EXPECT_TRUE(
      Accepted("INSERT INTO person (id, name, name_folded, circle, created_at, updated_at) "
               "VALUES (1, 'Ada', 'ada', 'inner', 1, 1), (2, 'Ben', 'ben', NULL, 1, 1)"));
  EXPECT_FALSE(
      Accepted("INSERT INTO person (name, name_folded, circle, created_at, updated_at) "
               "VALUES ('Cy', 'cy', 'bogus', 1, 1)"));
  EXPECT_FALSE(Accepted("UPDATE person SET circle = 'Inner' WHERE id = 1"));
  EXPECT_TRUE(
      Accepted("INSERT INTO contact_point (person_id, kind, value, normalized, created_at) "
               "VALUES (1, 'address', 'x', 'x', 1)"));
  EXPECT_FALSE(
      Accepted("INSERT INTO contact_point (person_id, kind, value, normalized, "
               "created_at) VALUES (1, 'fax', 'x', 'x', 1)"));
  EXPECT_FALSE(
      Accepted("INSERT INTO interaction (kind, at, direction, created_at) "
               "VALUES ('call', 1, 'sideways', 1)"));
  EXPECT_EQ(db_->sql().execAndGet("SELECT count(*) FROM person").getInt(), 2);
}

// A connection in defensive mode may not edit sqlite_schema; the migration
// lifts it for the edit and puts it back.
TEST(SchemaChecksMigrationTest, RunsOnADefensiveConnectionAndLeavesItDefensive) {
  TempDir dir;
  {
    auto old = Db::OpenAtVersion(dir.File("a.db"), 6);
    ASSERT_TRUE(old) << old.status().message();
  }
  SQLite::Database db(dir.File("a.db"), SQLite::OPEN_READWRITE);
  sqlite3_db_config(db.getHandle(), SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
  db.exec("BEGIN IMMEDIATE");
  detail::RewriteInListChecksV7(db);
  db.exec("COMMIT");
  int defensive = 0;
  sqlite3_db_config(db.getHandle(), SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive);
  EXPECT_EQ(defensive, 1);
  std::string sql =
      db.execAndGet("SELECT sql FROM sqlite_schema WHERE name = 'contact_point'").getString();
  EXPECT_EQ(InListsAsComparisons(sql), sql);
  EXPECT_NE(sql.find("kind = 'address'"), std::string::npos);
}

TEST_F(SchemaChecksTest, AnotherConnectionSeesTheNewDefinitions) {
  db_.reset();
  auto again = Db::Open(dir_.File("kith.db"));
  ASSERT_TRUE(again);
  db_ = std::move(*again);
  EXPECT_EQ(db_->SchemaVersion(), LatestSchemaVersion());
  EXPECT_FALSE(
      Accepted("INSERT INTO fact (person_id, kind, text, created_at) "
               "VALUES (1, 'colour', 'blue', 1)"));
  EXPECT_EQ(db_->sql().execAndGet("PRAGMA writable_schema").getInt(), 0);
}

}  // namespace
}  // namespace kith::store
