#include "store/people.h"

#include <gtest/gtest.h>

#include "store/details.h"
#include "store/interactions.h"
#include "store/test_db.h"
#include "store/tie_stats.h"

namespace kith::store {
namespace {

class PeopleTest : public StoreTest {
 protected:
  int64_t Add(const std::string& name, const std::string& company = "") {
    core::Person p;
    p.name = name;
    p.company = company;
    auto id = InsertPerson(*db_, p, kNow);
    EXPECT_TRUE(id) << id.status().message();
    return *id;
  }
};

TEST_F(PeopleTest, InsertAndGetRoundTrip) {
  int64_t ana = Add("Ana Silva", "Crumb & Co");
  core::Person ben;
  ben.name = "Ben Okafor";
  ben.met_where = "Venture Cafe";
  ben.met_through = core::PersonRef{ana, ""};
  ben.met_on = kNow - 86400;
  auto id = InsertPerson(*db_, ben, kNow);
  ASSERT_TRUE(id);
  auto got = GetPerson(*db_, *id);
  ASSERT_TRUE(got);
  EXPECT_EQ(got->name, "Ben Okafor");
  EXPECT_EQ(got->met_where, "Venture Cafe");
  ASSERT_TRUE(got->met_through);
  EXPECT_EQ(got->met_through->id, ana);
  EXPECT_EQ(got->met_through->name, "Ana Silva");
  EXPECT_EQ(got->met_on, kNow - 86400);
  EXPECT_FALSE(got->archived_at);
}

TEST_F(PeopleTest, MissingPersonIsNotFound) {
  auto got = GetPerson(*db_, 42);
  ASSERT_FALSE(got);
  EXPECT_EQ(got.status().code(), Code::kNotFound);
}

TEST_F(PeopleTest, FindByNameIgnoresCaseAndAccents) {
  int64_t zoe = Add("Zoë Adler");
  Add("Ben Okafor");
  auto found = FindByName(*db_, "zoe", 10);
  ASSERT_TRUE(found);
  ASSERT_EQ(found->size(), 1u);
  EXPECT_EQ((*found)[0].id, zoe);
}

TEST_F(PeopleTest, UpdateRefoldsName) {
  int64_t id = Add("Jose");
  auto p = GetPerson(*db_, id);
  p->name = "José Núñez";
  p->title = "CEO";
  ASSERT_TRUE(UpdatePerson(*db_, *p, kNow));
  auto found = FindByName(*db_, "nunez", 10);
  ASSERT_EQ(found->size(), 1u);
  EXPECT_EQ(GetPerson(*db_, id)->title, "CEO");
}

TEST_F(PeopleTest, ArchivedPeopleLeaveTheList) {
  int64_t a = Add("Ana");
  Add("Ben");
  ASSERT_TRUE(SetArchived(*db_, a, kNow, kNow));
  auto list = ListPeople(*db_, {});
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ((*list)[0].name, "Ben");
  ListFilter all;
  all.include_archived = true;
  EXPECT_EQ(ListPeople(*db_, all)->size(), 2u);
}

TEST_F(PeopleTest, ListFiltersByFoldedTagAndShowsLastContact) {
  int64_t a = Add("Ana");
  int64_t b = Add("Ben");
  ASSERT_TRUE(AddTag(*db_, a, "Bäker"));
  ASSERT_TRUE(AddTag(*db_, b, "runner"));
  core::Interaction coffee;
  coffee.kind = core::InteractionKind::kCoffee;
  coffee.at = kNow - 100;
  ASSERT_TRUE(AddInteraction(*db_, coffee, {a}, kNow));
  auto writer = StatsWriter::Prepare(*db_);
  std::vector<core::Touch> touches = {{kNow - 100, core::InteractionKind::kCoffee}};
  ASSERT_TRUE((*writer)->Put(a, core::ComputeTieStats(touches, core::ModelConfig())));
  ListFilter f;
  f.tag = "baker";
  auto list = ListPeople(*db_, f);
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ((*list)[0].id, a);
  EXPECT_EQ((*list)[0].tags, std::vector<std::string>{"Bäker"});
  EXPECT_EQ((*list)[0].last_interaction_at, kNow - 100);
}

TEST_F(PeopleTest, FindByContactUsesNormalizedValue) {
  int64_t a = Add("Ana");
  ASSERT_TRUE(AddContact(*db_, a, {core::ContactKind::kEmail, "Ana@X.org", "ana@x.org"}, "", kNow));
  auto found = FindByContact(*db_, core::ContactKind::kEmail, "ana@x.org");
  ASSERT_EQ(found->size(), 1u);
  EXPECT_EQ((*found)[0].id, a);
}

TEST_F(PeopleTest, ChangesRollBackWithTheTransaction) {
  {
    auto tx = Transaction::Begin(*db_);
    ASSERT_TRUE(tx);
    Add("Ghost");
  }
  EXPECT_EQ(Count("SELECT count(*) FROM person"), 0);
  EXPECT_EQ(Count("SELECT count(*) FROM person_fts"), 0);
}

}  // namespace
}  // namespace kith::store
