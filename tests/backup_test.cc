// kith export --format json and importing it back, end to end: a demo
// network goes through a backup and comes back byte for byte, and a backup
// that cannot be restored changes nothing.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "kith_runner.h"

namespace kith::test {
namespace {

using ::testing::HasSubstr;

std::string Slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

class BackupE2eTest : public ::testing::Test {
 protected:
  Output Ok(const KithRunner& kith, const std::vector<std::string>& args) {
    Output o = kith.Run(args);
    EXPECT_EQ(o.exit_code, 0) << ::testing::PrintToString(args) << "\n" << o.err;
    return o;
  }
  // A small demo network plus a person typed by hand, in kith_.
  void MakeNetwork() {
    Ok(kith_, {"demo", "--people", "40", "--interactions", "600", "--knows", "80"});
    Ok(kith_, {"meet", "Zoë \"Z\" Adler; zoe@example.com; birthday --02-29; met at Café Łódź"});
    Ok(kith_, {"note", "zoe", "Line one\nline two\ttabbed \\ backslash"});
    Ok(kith_, {"snooze", "zoe", "10"});
  }
  std::string Export(const KithRunner& kith, const std::string& name) {
    std::string path = (kith.dir() / name).string();
    Ok(kith, {"export", "--format", "json", "-o", path});
    return path;
  }
  KithRunner kith_;
};

TEST_F(BackupE2eTest, DemoExportImportExportIsByteIdentical) {
  MakeNetwork();
  std::string first = Export(kith_, "first.json");
  KithRunner fresh;
  Output o = Ok(fresh, {"import", first});
  EXPECT_EQ(o.out,
            "41 created, 0 merged into people you had, 0 unchanged, 0 skipped; 57 contact "
            "points added\n");
  std::string second = Export(fresh, "second.json");
  EXPECT_EQ(Slurp(second), Slurp(first));
  // Everything, derived tables too: search index, stats and their weights.
  EXPECT_EQ(fresh.Snapshot(), kith_.Snapshot());
  EXPECT_EQ(Ok(fresh, {"find", "lodz"}).out, Ok(kith_, {"find", "lodz"}).out);
  EXPECT_EQ(Ok(fresh, {"today"}).out, Ok(kith_, {"today"}).out);
}

TEST_F(BackupE2eTest, StandardOutputGetsTheSameDocumentAsAFile) {
  MakeNetwork();
  std::string file = Export(kith_, "backup.json");
  Output o = Ok(kith_, {"export", "--format", "json"});
  EXPECT_EQ(o.out, Slurp(file));
  EXPECT_THAT(o.out, HasSubstr("  \"exported_at\": \"2026-11-22T12:00:00Z\",\n"));
}

TEST_F(BackupE2eTest, OnlyIntoAnEmptyDatabaseAndNothingChanges) {
  MakeNetwork();
  std::string file = Export(kith_, "backup.json");
  KithRunner other;
  Ok(other, {"add", "Ben Okafor"});
  std::string before = other.Snapshot();
  Output o = other.Run({"import", file});
  EXPECT_EQ(o.exit_code, 5);
  EXPECT_THAT(o.err, HasSubstr(file +
                               ": this database already holds 1 person; restore a backup "
                               "into an empty database: kith --db new.db import " +
                               file));
  EXPECT_EQ(other.Snapshot(), before);
}

TEST_F(BackupE2eTest, DryRunCountsAndWritesNothing) {
  MakeNetwork();
  std::string file = Export(kith_, "backup.json");
  KithRunner fresh;
  Ok(fresh, {"list"});
  std::string before = fresh.Snapshot();
  EXPECT_THAT(Ok(fresh, {"import", "--dry-run", file}).out,
              HasSubstr("Dry run (nothing written): 41 created"));
  EXPECT_EQ(fresh.Snapshot(), before);
}

TEST_F(BackupE2eTest, ABadBackupNamesThePlaceAndLeavesTheDatabaseAsItWas) {
  MakeNetwork();
  std::string text = Slurp(Export(kith_, "backup.json"));
  KithRunner fresh;
  Ok(fresh, {"list"});
  std::string before = fresh.Snapshot();
  auto write = [&](const std::string& name, const std::string& content) {
    std::string path = (fresh.dir() / name).string();
    std::ofstream(path, std::ios::binary) << content;
    return path;
  };
  // The 3rd person's name (rows count from 0) made a number, deep in the file.
  std::string bad = text;
  size_t row = bad.find("{\"id\":3,\"name\":\"");
  ASSERT_NE(row, std::string::npos);
  bad.replace(row, 15, "{\"id\":3,\"name\":42,\"x\":\"");
  std::string path = write("typed.json", bad);
  Output o = fresh.Run({"import", path});
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_THAT(o.err, HasSubstr(path + ": /tables/person/2/name: expected a string"));
  EXPECT_EQ(fresh.Snapshot(), before);

  path = write("cut.json", text.substr(0, text.size() / 2) + "\n}");
  o = fresh.Run({"import", path});
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_THAT(o.err, HasSubstr(path + ":"));
  EXPECT_THAT(o.err, HasSubstr(": syntax error while parsing"));
  EXPECT_EQ(fresh.Snapshot(), before);

  path = write("other.json", "{\"people\": []}\n");
  o = fresh.Run({"import", path});
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_THAT(o.err, HasSubstr(path + ": /people: unknown key"));
  EXPECT_EQ(fresh.Snapshot(), before);
}

}  // namespace
}  // namespace kith::test
