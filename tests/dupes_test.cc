// `kith dupes`, `kith merge`, `kith unmerge`, `kith merges` through the real
// binary: a merge moves everything, an unmerge gives back the database as it
// was, and refusals change nothing.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "kith_test.h"

namespace kith::test {
namespace {

using ::testing::HasSubstr;

// The snapshot without merge_log, which keeps its rows after an unmerge.
std::string WithoutMergeLog(const std::string& snapshot) {
  auto begin = snapshot.find("table merge_log\n");
  if (begin == std::string::npos) return snapshot;
  auto end = snapshot.find("table ", begin + 1);
  return snapshot.substr(0, begin) + snapshot.substr(end);
}

class DupesCliTest : public KithTest {
 protected:
  void Twice() {
    Ok({"add", "Ana Lima", "--email", "ana@acme.com", "--company", "Acme", "--tag", "baker"});
    Ok({"add", "Ana Maria Lima", "--email", "a.lima@acme.com", "--phone", "+44 20 7946 0958",
        "--title", "CTO", "--location", "Lisbon", "--tag", "baker", "--tag", "runner"});
    Ok({"add", "Ben Okafor", "--via", "maria"});
    Ok({"fact", "maria", "pet", "dog Biscuit"});
    Ok({"note", "maria", "Moving to Porto"});
    Ok({"need", "maria", "a designer"});
    Ok({"date", "maria", "birthday", "1990-04-12"});
    Ok({"log", "ana lima", "coffee", "--date", "2026-11-01", "--with", "maria"});
    Ok({"log", "maria", "call", "--date", "2026-11-20"});
  }
};

TEST_F(DupesCliTest, DupesExplainsEachPairAndHowToMergeIt) {
  Twice();
  EXPECT_EQ(Ok({"dupes"}).out,
            "#1 Ana Lima (Acme) · #2 Ana Maria Lima\n"
            "  similar names, both with email at acme.com\n"
            "  kith merge 1 2\n"
            "\n"
            "1 likely duplicate\n");
  Output json = Ok({"dupes", "--json"});
  EXPECT_THAT(json.out, HasSubstr("\"command\": \"kith merge 1 2\""));
  EXPECT_THAT(json.out, HasSubstr("\"score\": 50"));
}

TEST_F(DupesCliTest, MergeThenUnmergeGivesBackTheDatabase) {
  Twice();
  std::string before = kith_.Snapshot();
  EXPECT_EQ(Ok({"merge", "ana lima", "maria"}).out,
            "Merged Ana Maria Lima (#2) into Ana Lima (#1): merge #1\n"
            "  moved     2 contact points, 1 fact, 1 note, 1 tag, 1 date, 1 need or offer, "
            "1 interaction, 1 person met through them\n"
            "  dropped   1 tag, 1 interaction\n"
            "  filled    location, title\n"
            "  (dropped: Ana Lima had the same already)\n"
            "Undo: kith unmerge 1\n");
  Output show = Ok({"show", "#1"});
  EXPECT_THAT(show.out, HasSubstr("CTO at Acme"));
  EXPECT_THAT(show.out, HasSubstr("dog Biscuit"));
  EXPECT_THAT(show.out, HasSubstr("History   2 interactions"));
  EXPECT_EQ(kith_.Run({"show", "#2"}).exit_code, 3);
  EXPECT_THAT(Ok({"find", "porto"}).out, HasSubstr("#1     Ana Lima"));
  EXPECT_EQ(Ok({"merges"}).out, "#1     2026-11-22  Ana Maria Lima (#2) into Ana Lima (#1)\n");
  EXPECT_EQ(Ok({"dupes"}).out, "No likely duplicates.\n");

  EXPECT_EQ(Ok({"unmerge", "#1"}).out,
            "Undid merge #1: Ana Maria Lima (#2) is back, apart from Ana Lima (#1)\n");
  EXPECT_EQ(WithoutMergeLog(kith_.Snapshot()), WithoutMergeLog(before));
  EXPECT_EQ(Ok({"merges"}).out,
            "#1     2026-11-22  Ana Maria Lima (#2) into Ana Lima (#1)  undone 2026-11-22\n");
  EXPECT_EQ(Ok({"dupes"}).out, "No likely duplicates.\n");
}

TEST_F(DupesCliTest, DryRunShowsTheMergeAndWritesNothing) {
  Twice();
  std::string before = kith_.Snapshot();
  Output o = Ok({"merge", "1", "2", "--dry-run"});
  EXPECT_THAT(o.out, HasSubstr("Would merge Ana Maria Lima (#2) into Ana Lima (#1) (dry run: "
                               "nothing written)\n"));
  EXPECT_THAT(o.out, Not(HasSubstr("Undo")));
  EXPECT_EQ(kith_.Snapshot(), before);
}

// Refusals after a merge: the database stays exactly as it was.
TEST_F(DupesCliTest, RefusedUnmergesChangeNothing) {
  Twice();
  Ok({"merge", "1", "2"});
  Ok({"merge", "3", "1"});
  std::string before = kith_.Snapshot();
  Output later = kith_.Run({"unmerge", "1"});
  EXPECT_EQ(later.exit_code, 5);
  EXPECT_THAT(later.err, HasSubstr("merge #2 came later"));
  EXPECT_THAT(later.err, HasSubstr("undo it first: kith unmerge 2"));
  EXPECT_EQ(kith_.Snapshot(), before);
  Ok({"unmerge", "2"});
  before = kith_.Snapshot();
  Output twice = kith_.Run({"unmerge", "2"});
  EXPECT_EQ(twice.exit_code, 5);
  EXPECT_EQ(twice.err, "kith: merge #2 was already undone\n");
  EXPECT_EQ(twice.out, "");
  EXPECT_EQ(kith_.Snapshot(), before);
}

TEST_F(DupesCliTest, HelpExplainsWhatMoves) {
  Output o = kith_.Run({"merge", "--help"});
  EXPECT_EQ(o.exit_code, 0);
  EXPECT_THAT(o.out, HasSubstr("kith unmerge MERGE_ID"));
}

}  // namespace
}  // namespace kith::test
