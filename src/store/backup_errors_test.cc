// Every way a backup can be wrong, with the exact message, and that a failed
// restore leaves nothing behind once its transaction rolls back.
#include <gtest/gtest.h>

#include "store/backup.h"
#include "store/backup_test_db.h"
#include "store/migrations.h"

namespace kith::store {
namespace {

constexpr char kAna[] =
    R"({"id": 1, "name": "Ana", "name_folded": "ana", "created_at": 1, "updated_at": 1})";

std::string Doc(const std::string& tables, int version = 4) {
  return fmt::format(R"({{"kith_backup": 1, "schema_version": {}, "tables": {{{}}}}})", version,
                     tables);
}

std::string People(const std::string& row) { return fmt::format(R"("person": [{}])", row); }

struct Case {
  const char* what;
  std::string text;
  std::string message;
};

class BackupErrorsTest : public BackupTest {
 protected:
  void Expect(const std::vector<Case>& cases) {
    for (const auto& c : cases) {
      Status s = Restore(c.text);
      EXPECT_EQ(s.code(), Code::kInvalid) << c.what;
      EXPECT_EQ(s.message(), c.message) << c.what;
      EXPECT_EQ(restored_->sql().execAndGet("SELECT count(*) FROM person").getInt(), 0) << c.what;
    }
  }
};

TEST_F(BackupErrorsTest, JsonSyntaxNamesLineAndColumn) {
  Expect({
      {"bad literal", "{\n  \"kith_backup\": 1,\n  oops\n}",
       "b.json:3:3: syntax error while parsing object key - invalid literal; expected string "
       "literal"},
      {"empty", "",
       "b.json:1:1: syntax error while parsing value - unexpected end of input; "
       "expected '[', '{', or a literal"},
      {"trailing", Doc("") + " x",
       "b.json:1:55: syntax error while parsing value - invalid literal; expected end of input"},
      {"bad utf-8", "{\"kith_backup\": \"\xff\"}",
       "b.json:1:18: syntax error while parsing value - invalid string: ill-formed UTF-8 byte"},
      {"true-ish", "{\"kith_backup\": tru}",
       "b.json:1:20: syntax error while parsing value - invalid literal"},
  });
}

TEST_F(BackupErrorsTest, NotAKithBackup) {
  Expect({
      {"array", "[1, 2]", "b.json: not a kith backup (expected a JSON object)"},
      {"scalar", "42", "b.json: not a kith backup (expected a JSON object)"},
      {"empty object", "{}", "b.json: not a kith backup (no \"kith_backup\")"},
      {"tables first", R"({"tables": {}, "kith_backup": 1})",
       "b.json: not a kith backup (no \"kith_backup\" before \"tables\")"},
      {"no version", R"({"kith_backup": 1, "tables": {}})",
       "b.json: /schema_version: missing (it must come before \"tables\")"},
      {"no tables", R"({"kith_backup": 1, "schema_version": 4})", "b.json: /tables: missing"},
      {"unknown key", R"({"kith_backup": 1, "people": []})",
       "b.json: /people: unknown key (a backup has kith_backup, schema_version, exported_at and "
       "tables)"},
      {"twice", R"({"kith_backup": 1, "kith_backup": 1})", "b.json: /kith_backup: appears twice"},
      {"format string", R"({"kith_backup": "1"})", "b.json: /kith_backup: expected 1"},
      {"exported_at", R"({"kith_backup": 1, "exported_at": 5})",
       "b.json: /exported_at: expected a string"},
      {"tables array", R"({"kith_backup": 1, "schema_version": 4, "tables": []})",
       "b.json: /tables: expected an object of tables"},
  });
}

TEST_F(BackupErrorsTest, NewerThanThisKith) {
  Expect({
      {"format", R"({"kith_backup": 2})",
       "b.json: /kith_backup: backup format 2 is newer than this kith understands (1); upgrade "
       "kith"},
      {"schema", Doc("", 99),
       fmt::format("b.json: /schema_version: schema version 99 is newer than this kith "
                   "understands ({}); upgrade kith",
                   LatestSchemaVersion())},
      {"schema zero", Doc("", 0),
       "b.json: /schema_version: expected a schema version (an integer from 1)"},
  });
}

TEST_F(BackupErrorsTest, TablesAndRowsOfTheWrongShape) {
  Expect({
      {"unknown table", Doc(R"("people": [])"), "b.json: /tables/people: unknown table"},
      {"derived table", Doc(R"("person_stats": [])"),
       "b.json: /tables/person_stats: unknown table"},
      {"table twice", Doc(R"("tag": [], "tag": [])"), "b.json: /tables/tag: appears twice"},
      {"not an array", Doc(R"("tag": {})"), "b.json: /tables/tag: expected an array of rows"},
      {"row not object", Doc(R"("tag": [[]])"), "b.json: /tables/tag/0: expected an object"},
      {"row scalar", Doc(R"("tag": [1])"), "b.json: /tables/tag/0: expected an object"},
  });
}

TEST_F(BackupErrorsTest, ColumnsOfTheWrongType) {
  std::string ana = kAna;
  auto with = [&](const std::string& extra) {
    return Doc(People(ana.substr(0, ana.size() - 1) + ", " + extra + "}"));
  };
  Expect({
      {"unknown", with(R"("nickname": "A")"), "b.json: /tables/person/0/nickname: unknown column"},
      {"escaped", with(R"("a/b~c": 1)"), "b.json: /tables/person/0/a~1b~0c: unknown column"},
      {"twice", with(R"("name": "B")"), "b.json: /tables/person/0/name: appears twice"},
      {"number for text", Doc(People(R"({"id": 1, "name": 5})")),
       "b.json: /tables/person/0/name: expected a string"},
      {"null for text", Doc(People(R"({"id": 1, "name": null})")),
       "b.json: /tables/person/0/name: expected a string"},
      {"text for nullable", with(R"("met_on": "yesterday")"),
       "b.json: /tables/person/0/met_on: expected an integer or null"},
      {"real for integer", with(R"("is_me": 1.0)"),
       "b.json: /tables/person/0/is_me: expected an integer"},
      {"bool for integer", with(R"("is_me": true)"),
       "b.json: /tables/person/0/is_me: expected an integer"},
      {"too large", with(R"("met_on": 9223372036854775808)"),
       "b.json: /tables/person/0/met_on: expected an integer or null"},
      {"object", with(R"("company": {"name": "Acme"})"),
       "b.json: /tables/person/0/company: expected a string"},
      {"null id", Doc(People(R"({"id": null})")),
       "b.json: /tables/person/0/id: expected an integer"},
      {"missing", Doc(People(R"({"id": 1, "name_folded": "a", "created_at": 1})")),
       "b.json: /tables/person/0: missing name"},
      {"real", Doc(R"("knows": [{"a": 1, "b": 2, "strength": "high"}])"),
       "b.json: /tables/knows/0/strength: expected a number or null"},
  });
}

TEST_F(BackupErrorsTest, RowsTheSchemaRefuses) {
  std::string zoe = R"({"id": 2, "name": "Zoe", "name_folded": "zoe", "created_at": 1,
                        "updated_at": 1})";
  Expect({
      {"check", Doc(People(R"({"id": 1, "name": "", "name_folded": "", "created_at": 1,
                               "updated_at": 1})")),
       "b.json: /tables/person/0: CHECK constraint failed: length(name) BETWEEN 1 AND 1000"},
      {"same id", Doc(fmt::format(R"("person": [{}, {}])", kAna, kAna)),
       "b.json: /tables/person/1: UNIQUE constraint failed: person.id"},
      {"dangling", Doc(People(kAna) + R"(, "contact_point": [{"id": 1, "person_id": 99,
          "kind": "email", "value": "x@y", "normalized": "x@y", "created_at": 1}])"),
       "b.json: /tables/contact_point: person_id 99 names no person in the backup"},
      {"dangling pair",
       Doc(fmt::format(R"("person": [{}, {}], "knows": [{{"a": 1, "b": 3,
          "source": "stated", "created_at": 1, "updated_at": 1}}])",
                       kAna, zoe)),
       "b.json: /tables/knows: b 3 names no person in the backup"},
      {"participant time",
       Doc(People(kAna) + R"(, "interaction": [{"id": 1, "kind": "call", "at": 100,
          "direction": "out", "created_at": 1}], "interaction_participant": [
          {"person_id": 1, "at": 99, "interaction_id": 1}])"),
       "b.json: /tables/interaction_participant: at differs from interaction 1's at"},
  });
}

TEST_F(BackupErrorsTest, OnlyIntoAnEmptyDatabase) {
  restored_->sql().exec("INSERT INTO tag VALUES (1, 'x', 'x')");
  Status s = Restore(Doc(People(kAna)));
  EXPECT_EQ(s.code(), Code::kConflict);
  EXPECT_EQ(s.message(),
            "b.json: this database already holds rows in tag; restore a backup into an empty "
            "database: kith --db new.db import b.json");
  restored_->sql().exec(fmt::format("INSERT INTO person VALUES {}",
                                    "(1, 'A', 'a', '', '', '', '', '', NULL, NULL, NULL, NULL, "
                                    "NULL, 0, NULL, 1, 1, NULL)"));
  EXPECT_EQ(Restore(Doc("")).message(),
            "b.json: this database already holds 1 person; restore a backup into an empty "
            "database: kith --db new.db import b.json");
}

// No fuzzer for this parser (it needs the store, which fuzz builds lack):
// instead, every truncation and a few hundred byte flips of a real backup must
// come back as a Status, never a crash, and leave nothing behind.
TEST_F(BackupErrorsTest, DamagedBackupsFailCleanly) {
  FillEveryTable();
  const std::string text = Write(*db_);
  std::vector<std::string> damaged;
  for (size_t n = 0; n < text.size(); n += 7) damaged.push_back(text.substr(0, n));
  uint32_t seed = 12345;
  auto next = [&] { return seed = seed * 1664525u + 1013904223u; };
  const char kBytes[] = "{}[]\":,0-1e.9ntfx\\\x80\xff ";
  for (int i = 0; i < 400; ++i) {
    std::string t = text;
    t[next() % t.size()] = kBytes[next() % (sizeof kBytes - 1)];
    damaged.push_back(std::move(t));
  }
  int restored = 0;
  for (const auto& t : damaged) {
    auto tx = Transaction::Begin(*restored_);
    ASSERT_TRUE(tx);
    auto counts = RestoreBackup(*restored_, t, "b.json");
    if (counts) {
      ++restored;
    } else {
      EXPECT_TRUE(counts.status().message().starts_with("b.json")) << counts.status().message();
    }
  }  // each transaction rolls back
  EXPECT_LT(restored, 400);
  EXPECT_EQ(restored_->sql().execAndGet("SELECT count(*) FROM person").getInt(), 0);
}

}  // namespace
}  // namespace kith::store
