#include "store/search.h"

#include <gtest/gtest.h>

#include "store/details.h"
#include "store/people.h"
#include "store/test_db.h"

namespace kith::store {
namespace {

class SearchTest : public StoreTest {
 protected:
  int64_t Add(const std::string& name, const std::string& company = "") {
    core::Person p;
    p.name = name;
    p.company = company;
    return *InsertPerson(*db_, p, kNow);
  }
  std::vector<int64_t> Ids(std::string_view text) {
    auto hits = SearchPeople(*db_, text, 20);
    EXPECT_TRUE(hits) << hits.status().message();
    std::vector<int64_t> out;
    for (const auto& h : *hits) out.push_back(h.id);
    return out;
  }
};

TEST(FtsQueryTest, QuotesPrefixesAndAndsEveryWord) {
  EXPECT_EQ(FtsQuery("sourdough lisbon"), "\"sourdough\"* AND \"lisbon\"*");
  EXPECT_EQ(FtsQuery("  "), "");
  EXPECT_EQ(FtsQuery("NOT \"x\" OR y*"), "\"NOT\"* AND \"x\"* AND \"OR\"* AND \"y\"*");
  EXPECT_EQ(FtsQuery("Zoë's café"), "\"Zoë\"* AND \"s\"* AND \"café\"*");
}

TEST_F(SearchTest, FindsAcrossFieldsWithPrefixesAndAccents) {
  int64_t ana = Add("Ana Silva", "Crumb & Co");
  int64_t zoe = Add("Zoë Adler");
  ASSERT_TRUE(AddFact(*db_, ana, core::FactKind::kHobby, "bakes sourdough", kNow));
  ASSERT_TRUE(AddNote(*db_, ana, "Moving to Lisbon in spring", kNow));
  ASSERT_TRUE(AddTag(*db_, zoe, "climber"));
  EXPECT_EQ(Ids("sourdough lisbon"), std::vector<int64_t>{ana});
  EXPECT_EQ(Ids("sour"), std::vector<int64_t>{ana});
  EXPECT_EQ(Ids("ZOE"), std::vector<int64_t>{zoe});
  EXPECT_EQ(Ids("climb"), std::vector<int64_t>{zoe});
  EXPECT_EQ(Ids("crumb"), std::vector<int64_t>{ana});
  EXPECT_TRUE(Ids("sourdough climber").empty());
}

TEST_F(SearchTest, NamesOutrankNotes) {
  int64_t mentions = Add("Ben Okafor");
  ASSERT_TRUE(AddNote(*db_, mentions, "introduced me to Carla", kNow));
  int64_t carla = Add("Carla Diaz");
  EXPECT_EQ(Ids("carla"), (std::vector<int64_t>{carla, mentions}));
}

TEST_F(SearchTest, SnippetMarksTheMatch) {
  int64_t ana = Add("Ana Silva");
  ASSERT_TRUE(AddNote(*db_, ana, "Moving to Lisbon in spring", kNow));
  auto hits = SearchPeople(*db_, "lisb", 5);
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ((*hits)[0].snippet, "Moving to \x02Lisbon\x03 in spring");
}

TEST_F(SearchTest, OperatorsAndQuotesInInputAreText) {
  Add("Ana Silva");
  EXPECT_TRUE(Ids("ana NOT silva").empty());  // "NOT" is a word nobody has
  EXPECT_TRUE(Ids("\"ana").size() == 1);
  EXPECT_TRUE(Ids("ana)(*").size() == 1);
  EXPECT_TRUE(Ids("").empty());
}

// Whatever a user types must make a valid FTS5 query: no syntax errors from
// quotes, operators, column filters, carets or stray bytes.
TEST_F(SearchTest, AnyInputIsAValidQuery) {
  Add("Ana Silva");
  const char* nasty[] = {"\"",
                         "\"\"",
                         "*",
                         "^ana",
                         "name:ana",
                         "ana:",
                         "(",
                         ")",
                         "NEAR(a b)",
                         "a OR",
                         "AND",
                         "-ana",
                         "+",
                         "{name}: ana",
                         "\x01\x02",
                         "\xff\xfe",
                         "'; DROP TABLE person; --",
                         "ａｎａ",
                         "Zoë ‏RTL",
                         "a\"b*c"};
  for (const char* text : nasty) {
    auto hits = SearchPeople(*db_, text, 5);
    EXPECT_TRUE(hits) << text << ": " << hits.status().message();
  }
  uint64_t x = 42;
  for (int i = 0; i < 2000; ++i) {
    std::string text;
    for (int k = 0; k < 12; ++k) {
      x = x * 6364136223846793005ULL + 1442695040888963407ULL;
      text.push_back(static_cast<char>(x >> 56));
    }
    auto hits = SearchPeople(*db_, text, 5);
    ASSERT_TRUE(hits) << hits.status().message();
  }
  EXPECT_EQ(Count("SELECT count(*) FROM person"), 1);
}

TEST_F(SearchTest, ArchivedPeopleAreLeftOut) {
  int64_t ana = Add("Ana Silva");
  ASSERT_TRUE(SetArchived(*db_, ana, kNow, kNow));
  EXPECT_TRUE(Ids("ana").empty());
}

}  // namespace
}  // namespace kith::store
