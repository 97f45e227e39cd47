#include "store/merge.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "store/test_db.h"

namespace kith::store {
namespace {

// Ben (1), Ana Maria Lima (2, OTHER), Carla (3), Dan (4, met through 2),
// Ana Lima (5, KEEP, met through 2), Eve (6): every table holds rows of
// OTHER, some the same as KEEP's.
constexpr const char* kNetwork = R"sql(
INSERT INTO person (id, name, name_folded, company, title, location, met_through, circle,
                    created_at, updated_at) VALUES
  (1, 'Ben', 'ben', '', '', '', NULL, NULL, 1, 1),
  (2, 'Ana Maria Lima', 'ana maria lima', '', 'CTO', 'Lisbon', 1, 'close', 2, 2),
  (3, 'Carla', 'carla', '', '', '', NULL, NULL, 3, 3),
  (4, 'Dan', 'dan', '', '', '', 2, NULL, 4, 4),
  (5, 'Ana Lima', 'ana lima', 'Acme', '', '', 2, NULL, 5, 5),
  (6, 'Eve', 'eve', '', '', '', NULL, NULL, 6, 6);
INSERT INTO contact_point (id, person_id, kind, value, normalized, created_at) VALUES
  (1, 5, 'email', 'ana@acme.com', 'ana@acme.com', 1),
  (2, 2, 'email', 'Ana@Acme.com', 'ana@acme.com', 2),
  (3, 2, 'phone', '+351 912 345 678', '+351912345678', 3);
INSERT INTO fact (id, person_id, kind, text, created_at) VALUES
  (1, 5, 'like', 'jazz', 1), (2, 2, 'like', 'jazz', 2), (3, 2, 'pet', 'dog Biscuit', 3);
INSERT INTO note (id, person_id, body, created_at) VALUES (1, 2, 'Moving to Porto', 1);
INSERT INTO tag (id, name, name_folded) VALUES (1, 'runner', 'runner'), (2, 'baker', 'baker');
INSERT INTO person_tag (person_id, tag_id) VALUES (5, 1), (2, 1), (2, 2);
INSERT INTO important_date (id, person_id, kind, year, month, day) VALUES
  (1, 5, 'birthday', 1990, 4, 12), (2, 2, 'birthday', 1991, 4, 12),
  (3, 2, 'anniversary', NULL, 6, 1);
INSERT INTO need_offer (id, person_id, side, text, created_at) VALUES
  (1, 2, 'need', 'a designer', 1), (2, 5, 'offer', 'mentoring', 2),
  (3, 2, 'offer', 'mentoring', 3);
INSERT INTO interaction (id, kind, at, direction, created_at) VALUES
  (1, 'coffee', 100, 'mutual', 1), (2, 'call', 200, 'in', 1);
INSERT INTO interaction_participant (person_id, at, interaction_id, kind, direction) VALUES
  (5, 100, 1, 'coffee', 'mutual'), (2, 100, 1, 'coffee', 'mutual'), (2, 200, 2, 'call', 'in'),
  (1, 200, 2, 'call', 'in');
INSERT INTO knows (a, b, how, source, count, strength, created_at, updated_at) VALUES
  (2, 5, '', 'stated', 1, NULL, 1, 1),
  (1, 2, 'school', 'stated', 2, 0.25, 1, 3),
  (1, 5, '', 'inferred', 3, 0.5, 2, 2),
  (2, 3, '', 'inferred', 1, NULL, 1, 1),
  (2, 6, '', 'intro', 1, 0.1, 1, 1);
INSERT INTO event (id, name, name_folded, created_at) VALUES (1, 'Summit', 'summit', 1),
  (2, 'Meetup', 'meetup', 1);
INSERT INTO event_attendee (event_id, person_id, met) VALUES (1, 5, 0), (1, 2, 1), (2, 2, 1);
INSERT INTO grp (id, name, name_folded, created_at) VALUES (1, 'Run club', 'run club', 1),
  (2, 'Cohort', 'cohort', 1);
INSERT INTO grp_member (grp_id, person_id) VALUES (1, 5), (1, 2), (2, 2);
INSERT INTO intro (id, a, b, created_at, updated_at) VALUES (1, 2, 5, 1, 1), (2, 3, 2, 1, 1),
  (3, 2, 4, 1, 1);
INSERT INTO opportunity (id, title, created_at, updated_at) VALUES (1, 'Seed round', 1, 1),
  (2, 'Design job', 1, 1);
INSERT INTO opportunity_person (opportunity_id, person_id, role) VALUES (1, 5, 'lead'),
  (1, 2, 'lead'), (2, 2, 'referrer');
INSERT INTO person_stats (person_id, interactions, gaps, median_gap_days) VALUES
  (2, 2, 1, 1.5), (5, 1, 0, 0);
)sql";

class MergeTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    db_->sql().exec(kNetwork);
  }

  // Every row of every table but merge_log (and FTS internals), sorted.
  std::string Snapshot() {
    std::string out;
    SQLite::Statement tables(db_->sql(),
                             "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                             "LIKE 'sqlite_%' AND name NOT LIKE 'person_fts_%' AND name <> "
                             "'merge_log' ORDER BY name");
    while (tables.executeStep()) {
      std::string name = tables.getColumn(0).getString();
      std::vector<std::string> rows;
      SQLite::Statement q(db_->sql(), "SELECT * FROM \"" + name + "\"");
      while (q.executeStep()) {
        std::string row;
        for (int i = 0; i < q.getColumnCount(); ++i) {
          row += q.getColumn(i).isNull() ? "NULL" : q.getColumn(i).getString();
          row += '|';
        }
        rows.push_back(row);
      }
      std::sort(rows.begin(), rows.end());
      out += "table " + name + "\n";
      for (const auto& r : rows) out += r + "\n";
    }
    return out;
  }

  int64_t RowsOf(int64_t id) {
    std::string sql = fmt::format(
        "SELECT (SELECT count(*) FROM contact_point WHERE person_id = {0}) + "
        "(SELECT count(*) FROM fact WHERE person_id = {0}) + "
        "(SELECT count(*) FROM note WHERE person_id = {0}) + "
        "(SELECT count(*) FROM person_tag WHERE person_id = {0}) + "
        "(SELECT count(*) FROM important_date WHERE person_id = {0}) + "
        "(SELECT count(*) FROM need_offer WHERE person_id = {0}) + "
        "(SELECT count(*) FROM interaction_participant WHERE person_id = {0}) + "
        "(SELECT count(*) FROM knows WHERE a = {0} OR b = {0}) + "
        "(SELECT count(*) FROM event_attendee WHERE person_id = {0}) + "
        "(SELECT count(*) FROM grp_member WHERE person_id = {0}) + "
        "(SELECT count(*) FROM intro WHERE a = {0} OR b = {0}) + "
        "(SELECT count(*) FROM opportunity_person WHERE person_id = {0}) + "
        "(SELECT count(*) FROM person WHERE met_through = {0}) + "
        "(SELECT count(*) FROM person_stats WHERE person_id = {0})",
        id);
    return Count(sql);
  }

  MergeSummary Merge(int64_t keep, int64_t other) {
    auto merged = MergePeople(*db_, keep, other, kNow);
    EXPECT_TRUE(merged) << merged.status().message();
    return merged ? *merged : MergeSummary{};
  }
};

MergeCount CountOf(const MergeSummary& s, const std::string& table) {
  for (const auto& c : s.counts) {
    if (c.table == table) return c;
  }
  return {table};
}

TEST_F(MergeTest, EverythingMovesOntoKeep) {
  MergeSummary s = Merge(5, 2);
  EXPECT_EQ(s.merge_id, 1);
  EXPECT_EQ(s.kept.name, "Ana Lima");
  EXPECT_EQ(s.other.name, "Ana Maria Lima");
  EXPECT_EQ(Count("SELECT count(*) FROM person WHERE id = 2"), 0);
  EXPECT_EQ(RowsOf(2), 0);
  EXPECT_EQ(Count("SELECT count(*) FROM contact_point WHERE person_id = 5"), 2);
  EXPECT_EQ(Count("SELECT count(*) FROM fact WHERE person_id = 5"), 2);
  EXPECT_EQ(Count("SELECT count(*) FROM note WHERE person_id = 5"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM person_tag WHERE person_id = 5"), 2);
  EXPECT_EQ(Count("SELECT year FROM important_date WHERE person_id = 5 AND kind = 'birthday'"),
            1990);
  EXPECT_EQ(Count("SELECT count(*) FROM important_date WHERE person_id = 5"), 2);
  EXPECT_EQ(Count("SELECT count(*) FROM need_offer WHERE person_id = 5"), 2);
  EXPECT_EQ(Count("SELECT count(*) FROM interaction_participant WHERE person_id = 5"), 2);
  EXPECT_EQ(Count("SELECT count(*) FROM event_attendee WHERE person_id = 5"), 2);
  EXPECT_EQ(Count("SELECT count(*) FROM grp_member WHERE person_id = 5"), 2);
  EXPECT_EQ(Count("SELECT count(*) FROM opportunity_person WHERE person_id = 5"), 2);
  EXPECT_EQ(db_->sql()
                .execAndGet("SELECT group_concat(id || ':' || a || '-' || b) FROM intro")
                .getString(),
            "2:3-5,3:5-4");
  EXPECT_EQ(Count("SELECT met_through FROM person WHERE id = 4"), 5);
  EXPECT_EQ(Count("SELECT count(*) FROM person_stats WHERE person_id = 5"), 1);
}

TEST_F(MergeTest, KnowsEdgesTurnAroundCombineOrGo) {
  MergeSummary s = Merge(5, 2);
  EXPECT_EQ(db_->sql()
                .execAndGet("SELECT group_concat(a || '-' || b || ':' || count || ':' || "
                            "coalesce(strength, '') || ':' || how || ':' || created_at || ':' || "
                            "updated_at, ' ') FROM (SELECT * FROM knows ORDER BY a, b)")
                .getString(),
            "1-5:5:0.5:school:1:3 3-5:1:::1:1 5-6:1:0.1::1:1");
  MergeCount knows = CountOf(s, "knows");
  EXPECT_EQ(knows.moved, 2);
  EXPECT_EQ(knows.combined, 1);
  EXPECT_EQ(knows.dropped, 1);  // the edge between the two
}

TEST_F(MergeTest, KeepsOwnFieldsAndFillsEmptyOnes) {
  MergeSummary s = Merge(5, 2);
  auto row = db_->sql().execAndGet(
      "SELECT name || '|' || company || '|' || title || '|' || location || '|' || "
      "coalesce(met_through, '') || '|' || coalesce(circle, '') || '|' || updated_at "
      "FROM person WHERE id = 5");
  EXPECT_EQ(row.getString(), fmt::format("Ana Lima|Acme|CTO|Lisbon|1|close|{}", kNow));
  EXPECT_EQ(s.filled, (std::vector<std::string>{"circle", "location", "met_through", "title"}));
}

TEST_F(MergeTest, SummaryCountsWhatMovedAndWhatWasAlreadyThere) {
  MergeSummary s = Merge(5, 2);
  std::string got;
  for (const auto& c : s.counts) {
    got += fmt::format("{} {}/{}/{}\n", c.table, c.moved, c.dropped, c.combined);
  }
  EXPECT_EQ(got,
            "contact_point 1/1/0\n"
            "fact 1/1/0\n"
            "note 1/0/0\n"
            "person_tag 1/1/0\n"
            "important_date 1/1/0\n"
            "need_offer 1/1/0\n"
            "interaction_participant 1/1/0\n"
            "event_attendee 1/1/0\n"
            "grp_member 1/1/0\n"
            "intro 2/1/0\n"
            "opportunity_person 1/1/0\n"
            "person 1/0/0\n"
            "knows 2/1/1\n");
}

TEST_F(MergeTest, SearchFindsKeepByOthersTextsAndNotOther) {
  Merge(5, 2);
  EXPECT_EQ(Count("SELECT rowid FROM person_fts WHERE person_fts MATCH 'biscuit'"), 5);
  EXPECT_EQ(Count("SELECT count(*) FROM person_fts WHERE rowid = 2"), 0);
}

TEST_F(MergeTest, UnmergeRestoresEveryTableExactly) {
  std::string before = Snapshot();
  MergeSummary s = Merge(5, 2);
  ASSERT_NE(Snapshot(), before);
  auto undone = UnmergePeople(*db_, s.merge_id, kNow + 60);
  ASSERT_TRUE(undone) << undone.status().message();
  EXPECT_EQ(undone->undone_at, kNow + 60);
  EXPECT_EQ(undone->other.name, "Ana Maria Lima");
  EXPECT_EQ(Snapshot(), before);
  EXPECT_EQ(Count("SELECT rowid FROM person_fts WHERE person_fts MATCH 'biscuit'"), 2);
}

TEST_F(MergeTest, KeepWithTheLowerIdRestoresToo) {
  std::string before = Snapshot();
  MergeSummary s = Merge(2, 5);
  ASSERT_TRUE(UnmergePeople(*db_, s.merge_id, kNow));
  EXPECT_EQ(Snapshot(), before);
}

TEST_F(MergeTest, ChainedMergesUndoInReverseOrderOnly) {
  std::string before = Snapshot();
  MergeSummary first = Merge(5, 2);
  MergeSummary second = Merge(1, 5);
  auto refused = UnmergePeople(*db_, first.merge_id, kNow);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.status().code(), Code::kConflict);
  EXPECT_EQ(refused.status().message(),
            "merge #2 came later and involves Ana Lima (#5) or Ana Maria Lima (#2); undo it "
            "first: kith unmerge 2");
  ASSERT_TRUE(UnmergePeople(*db_, second.merge_id, kNow));
  ASSERT_TRUE(UnmergePeople(*db_, first.merge_id, kNow));
  EXPECT_EQ(Snapshot(), before);
}

TEST_F(MergeTest, UnmergeTwiceIsAConflict) {
  MergeSummary s = Merge(5, 2);
  ASSERT_TRUE(UnmergePeople(*db_, s.merge_id, kNow));
  auto again = UnmergePeople(*db_, s.merge_id, kNow);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.status().code(), Code::kConflict);
  EXPECT_EQ(again.status().message(), "merge #1 was already undone");
}

TEST_F(MergeTest, UnknownMergeIsNotFound) {
  auto missing = UnmergePeople(*db_, 42, kNow);
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.status().code(), Code::kNotFound);
  EXPECT_EQ(missing.status().message(), "no merge #42");
}

TEST_F(MergeTest, ReusedIdOfOtherIsAConflict) {
  MergeSummary s = Merge(5, 6);  // Eve had the highest id; SQLite hands it out again
  db_->sql().exec(
      "INSERT INTO person (name, name_folded, created_at, updated_at) "
      "VALUES ('Finn', 'finn', 9, 9)");
  ASSERT_EQ(Count("SELECT id FROM person WHERE name = 'Finn'"), 6);
  auto refused = UnmergePeople(*db_, s.merge_id, kNow);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.status().code(), Code::kConflict);
  EXPECT_EQ(refused.status().message(),
            "id #6 of Eve has been given to someone else since merge #1");
}

TEST_F(MergeTest, RowsAddedToKeepAfterTheMergeStayWithKeep) {
  MergeSummary s = Merge(5, 2);
  db_->sql().exec("INSERT INTO note (person_id, body, created_at) VALUES (5, 'later', 9)");
  ASSERT_TRUE(UnmergePeople(*db_, s.merge_id, kNow));
  EXPECT_EQ(Count("SELECT person_id FROM note WHERE body = 'later'"), 5);
  EXPECT_EQ(Count("SELECT person_id FROM note WHERE body = 'Moving to Porto'"), 2);
}

TEST_F(MergeTest, RefusesSelfAndYourOwnProfileAsOther) {
  auto self = MergePeople(*db_, 5, 5, kNow);
  ASSERT_FALSE(self);
  EXPECT_EQ(self.status().code(), Code::kInvalid);
  EXPECT_EQ(self.status().message(), "cannot merge Ana Lima (#5) with themself");
  db_->sql().exec("UPDATE person SET is_me = 1 WHERE id = 1");
  auto me = MergePeople(*db_, 5, 1, kNow);
  ASSERT_FALSE(me);
  EXPECT_EQ(me.status().code(), Code::kInvalid);
  EXPECT_EQ(me.status().message(),
            "Ben (#1) is you; your own profile can only be the person kept: kith merge 1 5");
  EXPECT_TRUE(MergePeople(*db_, 1, 5, kNow));
  auto missing = MergePeople(*db_, 1, 99, kNow);
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.status().code(), Code::kNotFound);
}

TEST_F(MergeTest, ListsMergesNewestFirst) {
  Merge(5, 2);
  MergeSummary second = Merge(1, 6);
  ASSERT_TRUE(UnmergePeople(*db_, second.merge_id, kNow + 5));
  auto merges = ListMerges(*db_, 0);
  ASSERT_TRUE(merges);
  ASSERT_EQ(merges->size(), 2u);
  EXPECT_EQ((*merges)[0].id, 2);
  EXPECT_EQ((*merges)[0].other.name, "Eve");
  EXPECT_EQ((*merges)[0].undone_at, kNow + 5);
  EXPECT_EQ((*merges)[1].kept.name, "Ana Lima");
  EXPECT_FALSE((*merges)[1].undone_at);
  EXPECT_EQ(*UndoneMergePairs(*db_), (std::vector<std::pair<int64_t, int64_t>>{{1, 6}}));
}

// A new table that refers to people must be taught to store/merge.cc, or a
// merge would lose its rows to ON DELETE CASCADE.
TEST_F(MergeTest, MergeKnowsEveryTableThatRefersToPeople) {
  std::set<std::string> referring;
  SQLite::Statement tables(db_->sql(), "SELECT name FROM sqlite_master WHERE type = 'table'");
  while (tables.executeStep()) {
    std::string name = tables.getColumn(0).getString();
    SQLite::Statement fks(db_->sql(), "SELECT \"table\" FROM pragma_foreign_key_list(?)");
    fks.bind(1, name);
    while (fks.executeStep()) {
      if (fks.getColumn(0).getString() == "person") referring.insert(name);
    }
  }
  EXPECT_EQ(referring,
            (std::set<std::string>{"contact_point", "event_attendee", "fact", "grp_member",
                                   "important_date", "interaction_participant", "intro", "knows",
                                   "need_offer", "note", "opportunity_person", "person",
                                   "person_stats", "person_tag"}));
}

}  // namespace
}  // namespace kith::store
