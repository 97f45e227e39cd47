#include "store/backup.h"

#include <gtest/gtest.h>

#include <set>

#include "store/backup_test_db.h"
#include "store/migrations.h"

namespace kith::store {
namespace {

TEST_F(BackupTest, EveryTableIsBackedUpOrDerived) {
  std::set<std::string> backed_up(detail::BackupTableNames().begin(),
                                  detail::BackupTableNames().end());
  SQLite::Statement q(db_->sql(),
                      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                      "'sqlite_%'");
  int tables = 0;
  while (q.executeStep()) {
    std::string name = q.getColumn(0).getString();
    EXPECT_TRUE(backed_up.count(name) || detail::IsDerivedTable(name))
        << name << ": add it to the backup (store/backup_tables.cc) or call it derived";
    ++tables;
  }
  EXPECT_GT(tables, 20);
}

TEST_F(BackupTest, RoundTripKeepsEveryRowValueAndType) {
  FillEveryTable();
  std::string text = Write(*db_);
  ASSERT_TRUE(Restore(text).ok()) << Restore(text).message();
  EXPECT_EQ(counts_.people, 2);
  EXPECT_EQ(counts_.contact_points, 1);
  EXPECT_EQ(counts_.rows, 25);
  EXPECT_EQ(Dump(*restored_), Dump(*db_));
  EXPECT_EQ(Write(*restored_), text);
}

TEST_F(BackupTest, SearchIndexIsRebuiltWhateverTheTableOrder) {
  FillEveryTable();
  // Tags after the rows that use them, as a tool that sorts keys would write.
  std::string text = Write(*db_);
  auto tag = text.find("    \"tag\": [");
  auto tag_end = text.find("    \"person_tag\": [");
  std::string tag_block = text.substr(tag, tag_end - tag);
  text.erase(tag, tag_end - tag);
  text.insert(text.find("    \"important_date\": ["), tag_block);
  ASSERT_GT(text.find("\"tag\""), text.find("\"person_tag\""));
  ASSERT_TRUE(Restore(text).ok()) << Restore(text).message();
  EXPECT_EQ(Dump(*restored_), Dump(*db_));
  EXPECT_EQ(restored_->sql().execAndGet("SELECT tags FROM person_fts WHERE rowid = 2").getString(),
            "Runner");
}

TEST_F(BackupTest, WritesOneRowPerLineInKeyOrder) {
  db_->sql().exec(
      "INSERT INTO tag VALUES (2, 'Zed', 'zed'), (1, 'Ünïcode \"q\"', 'unicode \"q\"');"
      "INSERT INTO grp VALUES (1, 'Run club', 'run club', 14);");
  std::string text = Write(*db_, 1795176000);
  std::string tables;
  for (const char* t : detail::BackupTableNames()) {
    std::string name = t;
    if (name == "tag") {
      tables +=
          ",\n    \"tag\": [\n      {\"id\":1,\"name\":\"Ünïcode \\\"q\\\"\",\"name_folded\":"
          "\"unicode \\\"q\\\"\"},\n      {\"id\":2,\"name\":\"Zed\",\"name_folded\":\"zed\"}\n    "
          "]";
    } else if (name == "grp") {
      tables +=
          ",\n    \"grp\": [\n      {\"id\":1,\"name\":\"Run club\",\"name_folded\":\"run club\","
          "\"created_at\":14}\n    ]";
    } else {
      tables += fmt::format("{}\n    \"{}\": []", tables.empty() ? "" : ",", name);
    }
  }
  EXPECT_EQ(text, fmt::format("{{\n  \"kith_backup\": 1,\n  \"schema_version\": {},\n"
                              "  \"exported_at\": \"2026-11-20T12:00:00Z\",\n  \"tables\": {{{}"
                              "\n  }}\n}}\n",
                              LatestSchemaVersion(), tables));
}

TEST_F(BackupTest, EscapesControlCharactersAndKeepsRealsReal) {
  FillEveryTable();
  std::string text = Write(*db_);
  EXPECT_NE(text.find("\"body\":\"bell \\u0007 and backslash \\\\ and /\""), std::string::npos);
  EXPECT_NE(text.find("\"text\":\"Biscuit, a beagle\\nand a cat\\t(tab)\""), std::string::npos);
  EXPECT_NE(text.find("\"strength\":0.1,"), std::string::npos);
  EXPECT_NE(text.find("\"created_at\":9223372036854775807,"), std::string::npos);
  EXPECT_NE(text.find("\"updated_at\":-9223372036854775808,"), std::string::npos);
  db_->sql().exec("UPDATE knows SET strength = 1");
  EXPECT_NE(Write(*db_).find("\"strength\":1.0,"), std::string::npos);
}

TEST_F(BackupTest, AnOlderBackupWithoutLaterColumnsTakesTheirDefaults) {
  // Version 2 had no snoozed_until; a backup then would not name it.
  ASSERT_TRUE(Restore(R"({"kith_backup": 1, "schema_version": 2, "tables": {"person": [
    {"id": 7, "name": "Ana", "name_folded": "ana", "created_at": 1, "updated_at": 2}]}})")
                  .ok());
  EXPECT_EQ(restored_->sql()
                .execAndGet("SELECT quote(snoozed_until) || company || is_me FROM person "
                            "WHERE id = 7")
                .getString(),
            "NULL0");
  EXPECT_EQ(restored_->sql().execAndGet("SELECT name FROM person_fts WHERE rowid = 7").getString(),
            "Ana");
}

TEST_F(BackupTest, ARealColumnTakesAnInteger) {
  ASSERT_TRUE(Restore(R"({"kith_backup": 1, "schema_version": 4, "tables": {"person": [
    {"id": 1, "name": "A", "name_folded": "a", "created_at": 1, "updated_at": 1},
    {"id": 2, "name": "B", "name_folded": "b", "created_at": 1, "updated_at": 1}],
    "knows": [{"a": 1, "b": 2, "source": "stated", "strength": 1, "created_at": 1,
               "updated_at": 1}]}})")
                  .ok());
  EXPECT_EQ(restored_->sql().execAndGet("SELECT typeof(strength) FROM knows").getString(), "real");
}

}  // namespace
}  // namespace kith::store
