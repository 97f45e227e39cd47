#include "store/migrations.h"

#include <gtest/gtest.h>

#include "store/test_db.h"

namespace kith::store {
namespace {

TEST(MigrationsTest, EmptyDatabaseReachesLatest) {
  TempDir dir;
  auto db = Db::Open(dir.File("a.db"));
  ASSERT_TRUE(db) << db.status().message();
  EXPECT_EQ((*db)->SchemaVersion(), LatestSchemaVersion());
  EXPECT_EQ((*db)->sql().execAndGet("PRAGMA foreign_keys").getInt(), 1);
  EXPECT_EQ((*db)->sql().execAndGet("PRAGMA journal_mode").getString(), "wal");
}

TEST(MigrationsTest, ReopeningChangesNothing) {
  TempDir dir;
  { ASSERT_TRUE(Db::Open(dir.File("a.db"))); }
  auto db = Db::Open(dir.File("a.db"));
  ASSERT_TRUE(db);
  EXPECT_EQ((*db)->SchemaVersion(), LatestSchemaVersion());
}

// Each earlier version, holding data, migrates to the latest with its data
// intact and searchable.
TEST(MigrationsTest, EveryEarlierVersionUpgradesWithData) {
  for (int from = 1; from < LatestSchemaVersion(); ++from) {
    TempDir dir;
    {
      auto old = Db::OpenAtVersion(dir.File("a.db"), from);
      ASSERT_TRUE(old) << old.status().message();
      ASSERT_EQ((*old)->SchemaVersion(), from);
      (*old)->sql().exec(
          "INSERT INTO person (id, name, name_folded, company, created_at, updated_at) "
          "VALUES (7, 'Zoë Adler', 'zoe adler', 'Crumb & Co', 1, 1);"
          "INSERT INTO fact (person_id, kind, text, created_at) VALUES (7, 'pet', 'cat Miso', 1);"
          "INSERT INTO interaction (id, kind, at, direction, created_at) VALUES "
          "  (1, 'call', 100, 'in', 1), (2, 'coffee', 300, 'mutual', 1);");
      // From version 6 a participant row carries its interaction's kind and direction.
      (*old)->sql().exec(
          from < 6 ? "INSERT INTO interaction_participant (person_id, at, interaction_id) VALUES "
                     "  (7, 100, 1), (7, 300, 2);"
                   : "INSERT INTO interaction_participant "
                     "  (person_id, at, interaction_id, kind, direction) VALUES "
                     "  (7, 100, 1, 'call', 'in'), (7, 300, 2, 'coffee', 'mutual');");
    }
    auto db = Db::Open(dir.File("a.db"));
    ASSERT_TRUE(db) << db.status().message();
    EXPECT_EQ((*db)->SchemaVersion(), LatestSchemaVersion());
    EXPECT_EQ((*db)->sql().execAndGet("SELECT name FROM person WHERE id = 7").getString(),
              "Zoë Adler");
    EXPECT_EQ((*db)
                  ->sql()
                  .execAndGet("SELECT rowid FROM person_fts WHERE person_fts MATCH 'miso'")
                  .getInt64(),
              7);
    EXPECT_EQ((*db)->sql().execAndGet("SELECT facts FROM person_fts WHERE rowid = 7").getString(),
              "cat Miso");
    auto& sql = (*db)->sql();
    EXPECT_EQ(sql.execAndGet("SELECT count(*) FROM merge_log").getInt(), 0);
    EXPECT_EQ(sql.execAndGet("SELECT group_concat(kind || '/' || direction, ' ') FROM "
                             "(SELECT * FROM interaction_participant WHERE person_id = 7 "
                             "ORDER BY at)")
                  .getString(),
              "call/in coffee/mutual");
    if (from >= 3) continue;  // person_stats is filled by migration 3, then by the app
    EXPECT_EQ(sql.execAndGet("SELECT interactions FROM person_stats WHERE person_id = 7").getInt(),
              2);
    EXPECT_EQ(sql.execAndGet("SELECT last_at FROM person_stats WHERE person_id = 7").getInt(), 300);
    EXPECT_EQ(sql.execAndGet("SELECT last_kind FROM person_stats WHERE person_id = 7").getString(),
              "coffee");
  }
}

TEST(MigrationsTest, Version4SeparatesIndexedTextsOfExistingPeople) {
  TempDir dir;
  {
    auto old = Db::OpenAtVersion(dir.File("a.db"), 3);
    ASSERT_TRUE(old);
    (*old)->sql().exec(
        "INSERT INTO person (id, name, name_folded, created_at, updated_at) "
        "VALUES (1, 'Ben', 'ben', 1, 1);"
        "INSERT INTO fact (person_id, kind, text, created_at) VALUES (1, 'pet', 'dog Biscuit', 1),"
        "  (1, 'like', 'trail running', 2);");
    EXPECT_EQ((*old)->sql().execAndGet("SELECT facts FROM person_fts").getString(),
              "dog Biscuit trail running");
  }
  auto db = Db::Open(dir.File("a.db"));
  ASSERT_TRUE(db);
  EXPECT_EQ((*db)->sql().execAndGet("SELECT facts FROM person_fts").getString(),
            "dog Biscuit · trail running");
  (*db)->sql().exec(
      "INSERT INTO fact (person_id, kind, text, created_at) VALUES (1, 'goal', 'Berlin', 3)");
  EXPECT_EQ((*db)->sql().execAndGet("SELECT facts FROM person_fts").getString(),
            "dog Biscuit · trail running · Berlin");
}

TEST(MigrationsTest, Version5LogsMergesWithoutTyingThemToPeople) {
  TempDir dir;
  { ASSERT_TRUE(Db::OpenAtVersion(dir.File("a.db"), 4)); }
  auto db = Db::Open(dir.File("a.db"));
  ASSERT_TRUE(db);
  // The other person of a merge no longer exists, so no foreign key may
  // refuse the row.
  (*db)->sql().exec(
      "INSERT INTO merge_log (kept_id, other_id, merged_at, record) VALUES (1, 2, 3, '{}')");
  EXPECT_EQ((*db)->sql().execAndGet("SELECT other_id FROM merge_log").getInt(), 2);
}

TEST(MigrationsTest, NewerDatabaseIsRefused) {
  TempDir dir;
  {
    auto db = Db::Open(dir.File("a.db"));
    ASSERT_TRUE(db);
    (*db)->sql().exec("PRAGMA user_version = 999");
  }
  auto db = Db::Open(dir.File("a.db"));
  ASSERT_FALSE(db);
  EXPECT_EQ(db.status().code(), Code::kConflict);
  EXPECT_NE(db.status().message().find("newer than this kith"), std::string::npos);
}

TEST(MigrationsTest, UnwritablePathIsAnIoError) {
  auto db = Db::Open("/nonexistent-dir/kith.db");
  ASSERT_FALSE(db);
  EXPECT_EQ(db.status().code(), Code::kIo);
  EXPECT_NE(db.status().message().find("/nonexistent-dir/kith.db"), std::string::npos);
}

}  // namespace
}  // namespace kith::store
