#include "app/merge.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "app/keep_in_touch.h"
#include "app/test_context.h"
#include "store/interactions.h"
#include "store/people.h"

namespace kith::app {
namespace {

class AppMergeTest : public AppTest {
 protected:
  int64_t Add(const std::string& name) {
    core::Person p;
    p.name = name;
    return *store::InsertPerson(*db_, p, kNow);
  }
  void Log(int64_t id, int64_t at) {
    core::Interaction in;
    in.kind = core::InteractionKind::kCoffee;
    in.at = at;
    in.source = "manual";
    ASSERT_TRUE(store::AddInteraction(*db_, in, {id}, kNow));
    ASSERT_TRUE(RefreshStats(ctx(), {id}));
  }
  std::string Stats() {
    SQLite::Statement q(db_->sql(),
                        "SELECT person_id, interactions, last_at, gaps FROM person_stats "
                        "ORDER BY person_id");
    std::string out;
    while (q.executeStep()) {
      out += fmt::format("{}:{}:{}:{} ", q.getColumn(0).getInt64(), q.getColumn(1).getInt64(),
                         q.getColumn(2).getInt64(), q.getColumn(3).getInt64());
    }
    return out;
  }
};

TEST_F(AppMergeTest, StatsFollowTheMergeAndTheUnmerge) {
  int64_t ana = Add("Ana Lima");
  int64_t other = Add("Ana Maria Lima");
  Log(ana, kNow - 20 * 86400);
  Log(other, kNow - 10 * 86400);
  std::string before = Stats();
  EXPECT_EQ(before, fmt::format("1:1:{}:0 2:1:{}:0 ", kNow - 20 * 86400, kNow - 10 * 86400));
  auto merged = Merge(ctx(), "ana lima", "maria", false);
  ASSERT_TRUE(merged) << merged.status().message();
  EXPECT_EQ(Stats(), fmt::format("1:2:{}:1 ", kNow - 10 * 86400));
  ASSERT_TRUE(Unmerge(ctx(), merged->merge_id));
  EXPECT_EQ(Stats(), before);
}

TEST_F(AppMergeTest, DryRunWritesNothing) {
  Add("Ana Lima");
  Add("Ana Maria Lima");
  auto merged = Merge(ctx(), "#1", "#2", true);
  ASSERT_TRUE(merged) << merged.status().message();
  EXPECT_EQ(merged->merge_id, 0);
  EXPECT_EQ(Count("SELECT count(*) FROM person"), 2);
  EXPECT_EQ(Count("SELECT count(*) FROM merge_log"), 0);
}

TEST_F(AppMergeTest, ReferencesResolveAsElsewhere) {
  Add("Ana Lima");
  Add("Ana Souza");
  auto ambiguous = Merge(ctx(), "ana", "#2", false);
  ASSERT_FALSE(ambiguous);
  EXPECT_EQ(ambiguous.status().code(), Code::kAmbiguous);
  EXPECT_EQ(ambiguous.status().message().rfind("person to keep: 'ana' matches 2 people", 0), 0u);
  auto missing = Merge(ctx(), "#1", "nobody", false);
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.status().message(), "person to merge: no person matches 'nobody'");
}

}  // namespace
}  // namespace kith::app
