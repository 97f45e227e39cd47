#include "store/details.h"

#include <gtest/gtest.h>

#include "store/people.h"
#include "store/test_db.h"

namespace kith::store {
namespace {

class DetailsTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    core::Person p;
    p.name = "Ben Okafor";
    p.company = "Acme";
    id_ = *InsertPerson(*db_, p, kNow);
  }
  std::vector<int64_t> Search(const std::string& query) {
    SQLite::Statement q(db_->sql(), "SELECT rowid FROM person_fts WHERE person_fts MATCH ?");
    q.bind(1, query);
    std::vector<int64_t> out;
    while (q.executeStep()) out.push_back(q.getColumn(0).getInt64());
    return out;
  }
  int64_t id_ = 0;
};

TEST_F(DetailsTest, ContactPointsAreUniquePerNormalizedValue) {
  core::ContactValue email{core::ContactKind::kEmail, "Ben@Acme.example", "ben@acme.example"};
  EXPECT_TRUE(*AddContact(*db_, id_, email, "work", kNow));
  EXPECT_FALSE(*AddContact(*db_, id_, email, "", kNow));
  auto contacts = ContactsOf(*db_, id_);
  ASSERT_EQ(contacts->size(), 1u);
  EXPECT_EQ((*contacts)[0].label, "work");
}

TEST_F(DetailsTest, FactsNotesAndAsksAreSearchable) {
  ASSERT_TRUE(AddFact(*db_, id_, core::FactKind::kPet, "Biscuit, a beagle", kNow));
  ASSERT_TRUE(AddNote(*db_, id_, "Moving to Lisbon in spring", kNow));
  ASSERT_TRUE(AddNeedOffer(*db_, id_, core::Side::kNeed, "intro to a seed investor", kNow));
  EXPECT_EQ(Search("beagle"), std::vector<int64_t>{id_});
  EXPECT_EQ(Search("lisbon"), std::vector<int64_t>{id_});
  EXPECT_EQ(Search("investor"), std::vector<int64_t>{id_});
  EXPECT_EQ(Search("acme"), std::vector<int64_t>{id_});
  EXPECT_TRUE(Search("sourdough").empty());
}

TEST_F(DetailsTest, SearchIgnoresDiacritics) {
  ASSERT_TRUE(AddNote(*db_, id_, "Loves Café Zoë", kNow));
  EXPECT_EQ(Search("cafe zoe"), std::vector<int64_t>{id_});
}

TEST_F(DetailsTest, TagsFoldAndIndex) {
  EXPECT_TRUE(*AddTag(*db_, id_, "Runner"));
  EXPECT_FALSE(*AddTag(*db_, id_, "runner"));
  EXPECT_EQ(*TagsOf(*db_, id_), std::vector<std::string>{"Runner"});
  EXPECT_EQ(Search("tags:runner"), std::vector<int64_t>{id_});
  db_->sql().exec("UPDATE tag SET name = 'Marathoner'");
  EXPECT_EQ(Search("marathoner"), std::vector<int64_t>{id_});
}

TEST_F(DetailsTest, DeletingAFactUpdatesTheIndex) {
  ASSERT_TRUE(AddFact(*db_, id_, core::FactKind::kPet, "Biscuit", kNow));
  db_->sql().exec("DELETE FROM fact");
  EXPECT_TRUE(Search("biscuit").empty());
}

TEST_F(DetailsTest, ImportantDateReplacesSameKind) {
  ASSERT_TRUE(SetImportantDate(*db_, id_, "birthday", {1990, 4, 12}));
  ASSERT_TRUE(SetImportantDate(*db_, id_, "birthday", {0, 4, 13}));
  auto dates = DatesOf(*db_, id_);
  ASSERT_EQ(dates->size(), 1u);
  EXPECT_EQ((*dates)[0].date, (Date{0, 4, 13}));
}

TEST_F(DetailsTest, NotesNewestFirst) {
  ASSERT_TRUE(AddNote(*db_, id_, "first", kNow));
  ASSERT_TRUE(AddNote(*db_, id_, "second", kNow + 1));
  auto notes = NotesOf(*db_, id_, 10);
  ASSERT_EQ(notes->size(), 2u);
  EXPECT_EQ((*notes)[0].body, "second");
}

TEST_F(DetailsTest, DetailsOfMissingPersonFailForeignKey) {
  auto fact = AddFact(*db_, 999, core::FactKind::kPet, "x", kNow);
  ASSERT_FALSE(fact);
  EXPECT_EQ(fact.status().code(), Code::kIo);
}

}  // namespace
}  // namespace kith::store
