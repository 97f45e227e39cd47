// Every bad input fails with a clear message on stderr, a non-zero exit, and
// the database exactly as it was.
#include <gtest/gtest.h>

#include <fstream>

#include "kith_runner.h"

namespace kith::test {
namespace {

struct BadCase {
  const char* what;
  std::vector<std::string> args;
  int exit_code;
  const char* message;  // a substring of stderr
};

void PrintTo(const BadCase& c, std::ostream* os) { *os << c.what; }

class BadInputTest : public ::testing::TestWithParam<BadCase> {};

const BadCase kCases[] = {
    {"unknown person", {"note", "nobody", "hi"}, 3, "kith: no person matches 'nobody'"},
    {"ambiguous person", {"note", "ana", "hi"}, 4, "'ana' matches 2 people; use an id:\n  #1 "},
    {"unknown id", {"show", "#99"}, 3, "kith: no person #99"},
    {"invalid date", {"date", "ben", "birthday", "1990-02-30"}, 2, "invalid date '1990-02-30'"},
    {"invalid log date",
     {"log", "ben", "coffee", "--date", "last tuesday"},
     2,
     "invalid date 'last tuesday'"},
    {"future log date", {"log", "ben", "coffee", "--date", "2030-01-01"}, 2, "is in the future"},
    {"malformed email",
     {"add", "Carla", "--email", "carla@nowhere"},
     2,
     "invalid email 'carla@nowhere'"},
    {"malformed phone", {"add", "Carla", "--phone", "+44 12"}, 2, "invalid phone number '+44 12'"},
    {"email taken",
     {"add", "Carla", "--email", "ANA@example.com"},
     5,
     "already belongs to Ana Silva"},
    {"unknown option", {"add", "Carla", "--colour", "red"}, 2, "--colour"},
    {"unknown command", {"frobnicate"}, 2, "unknown command 'frobnicate'"},
    {"missing argument", {"fact", "ben", "pet"}, 2, "text is required"},
    {"unknown fact kind", {"fact", "ben", "dog", "Biscuit"}, 2, "unknown fact kind 'dog'"},
    {"unknown interaction", {"log", "ben", "lunch"}, 2, "unknown interaction kind 'lunch'"},
    {"empty note", {"note", "ben", "   "}, 2, "note is empty"},
    {"meet without name",
     {"meet", "ben@acme.example"},
     2,
     "the first clause must be the person's name"},
    {"meet bad date", {"meet", "Carla; birthday 1990-02-30"}, 2, "clause 2"},
    {"edit nothing", {"edit", "ben"}, 2, "nothing to change"},
    {"edit empty name", {"edit", "ben", "--name", ""}, 2, "name is empty"},
    {"two directions", {"log", "ben", "call", "--mutual", "--they-initiated"}, 2, "choose one of"},
    {"huge name", {"add", std::string(2000, 'x')}, 2, "name is too long"},
    {"unknown export format",
     {"export", "--format", "xlsx"},
     2,
     "unknown export format 'xlsx': use ics, vcard"},
    {"bad snooze", {"snooze", "ben", "forever"}, 2, "invalid duration 'forever'"},
    {"find nothing", {"find", "  ", "--"}, 2, "nothing to search for"},
    {"bad circle", {"circle", "ben", "bestie"}, 2, "unknown circle 'bestie'"},
    {"bad config value",
     {"config", "half_life_days", "-3"},
     2,
     "half_life_days must be a number from 1 to 3650"},
    {"merge with themself",
     {"merge", "ben", "#3"},
     2,
     "cannot merge Ben Okafor (#3) with themself"},
    {"merge unknown", {"merge", "ben", "nobody"}, 3, "person to merge: no person matches 'nobody'"},
    {"merge ambiguous", {"merge", "ana", "ben"}, 4, "person to keep: 'ana' matches 2 people"},
    {"merge one person", {"merge", "ben"}, 2, "other is required"},
    {"unmerge unknown", {"unmerge", "7"}, 3, "kith: no merge #7"},
    {"unmerge not an id", {"unmerge", "last"}, 2, "'last' is not a merge id (see kith merges)"},
};

TEST_P(BadInputTest, FailsClearlyAndChangesNothing) {
  const BadCase& c = GetParam();
  KithRunner kith;
  ASSERT_EQ(kith.Run({"add", "Ana Silva", "--email", "ana@example.com"}).exit_code, 0);
  ASSERT_EQ(kith.Run({"add", "Ana Souza"}).exit_code, 0);
  ASSERT_EQ(kith.Run({"add", "Ben Okafor"}).exit_code, 0);
  std::string before = kith.Snapshot();
  Output o = kith.Run(c.args);
  EXPECT_EQ(o.exit_code, c.exit_code) << o.err;
  EXPECT_NE(o.err.find(c.message), std::string::npos) << "stderr was: " << o.err;
  EXPECT_EQ(o.out, "");
  EXPECT_EQ(kith.Snapshot(), before);
}

INSTANTIATE_TEST_SUITE_P(Cli, BadInputTest, ::testing::ValuesIn(kCases), [](const auto& info) {
  std::string name = info.param.what;
  for (char& ch : name) {
    if (!isalnum(static_cast<unsigned char>(ch))) ch = '_';
  }
  return name;
});

TEST(BadDatabaseTest, UnwritableLocationIsAnIoError) {
  KithRunner kith;
  Output o = kith.RunRaw({"--db", "/proc/kith/kith.db", "list"}, {});
  EXPECT_EQ(o.exit_code, 6);
  EXPECT_NE(o.err.find("cannot create /proc/kith"), std::string::npos) << o.err;
}

TEST(BadDatabaseTest, NotADatabaseIsRefusedAndLeftAlone) {
  KithRunner kith;
  std::string path = (kith.dir() / "notes.txt").string();
  { std::ofstream(path) << "my precious notes\n"; }
  Output o = kith.RunRaw({"--db", path, "list"}, {});
  EXPECT_EQ(o.exit_code, 6);
  EXPECT_NE(o.err.find("file is not a database"), std::string::npos) << o.err;
  std::ifstream in(path);
  std::string content((std::istreambuf_iterator<char>(in)), {});
  EXPECT_EQ(content, "my precious notes\n");
}

}  // namespace
}  // namespace kith::test
