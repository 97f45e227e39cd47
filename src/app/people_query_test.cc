#include "app/people_query.h"

#include <gtest/gtest.h>

#include "app/test_context.h"
#include "store/details.h"
#include "store/people.h"

namespace kith::app {
namespace {

class PeopleQueryTest : public AppTest {
 protected:
  int64_t Add(const std::string& name, std::vector<std::string> tags = {}) {
    core::Person p;
    p.name = name;
    auto id = store::InsertPerson(*db_, p, kNow);
    EXPECT_TRUE(id) << id.status().message();
    for (const auto& t : tags) EXPECT_TRUE(store::AddTag(*db_, *id, t));
    return *id;
  }
  std::vector<std::string> Names(const PeopleQuery& q) {
    auto page = QueryPeople(ctx(), q);
    EXPECT_TRUE(page) << page.status().message();
    std::vector<std::string> out;
    if (!page) return out;
    for (const auto& row : page->rows) out.push_back(row.summary.name);
    return out;
  }
};

TEST_F(PeopleQueryTest, SortsByFoldedNameAndFiltersByTagAndArchive) {
  Add("zoë Adler", {"Investor"});
  Add("Ben Okafor", {"climber", "investor"});
  int64_t ana = Add("Ana Lima", {"investor"});
  Add("Łukasz Nowak");
  ASSERT_TRUE(store::SetArchived(*db_, ana, kNow, kNow).ok());
  PeopleQuery q;
  EXPECT_EQ(Names(q), (std::vector<std::string>{"Ben Okafor", "Łukasz Nowak", "zoë Adler"}));
  q.tag = "#INVESTOR";
  EXPECT_EQ(Names(q), (std::vector<std::string>{"Ben Okafor", "zoë Adler"}));
  q.include_archived = true;
  EXPECT_EQ(Names(q), (std::vector<std::string>{"Ana Lima", "Ben Okafor", "zoë Adler"}));
  q.tag = "nobody";
  EXPECT_TRUE(Names(q).empty());
}

// A face that keeps the rows between calls (the server) must drop them when
// the data changes; until then they answer every query.
TEST_F(PeopleQueryTest, AKeptSnapshotAnswersUntilDropped) {
  PeopleCache kept;
  ctx().people = &kept;
  Add("Ana Lima");
  EXPECT_EQ(Names({}), (std::vector<std::string>{"Ana Lima"}));
  ASSERT_NE(kept.snapshot, nullptr);
  Add("Ben Okafor");
  EXPECT_EQ(Names({}), (std::vector<std::string>{"Ana Lima"}));
  kept.snapshot.reset();
  EXPECT_EQ(Names({}), (std::vector<std::string>{"Ana Lima", "Ben Okafor"}));
}

}  // namespace
}  // namespace kith::app
