#include "core/names.h"

#include <gtest/gtest.h>

namespace kith::core {
namespace {

using Words = std::vector<std::string>;

TEST(NameWordsTest, SortedWithNicknamesAndEdgePunctuationDropped) {
  EXPECT_EQ(NameWords("smith bob"), (Words{"robert", "smith"}));
  EXPECT_EQ(NameWords("a. lima"), (Words{"a", "lima"}));
  EXPECT_EQ(NameWords("ana \"nana\" lima lima"), (Words{"ana", "lima", "nana"}));
  EXPECT_EQ(NameWords("o'neil"), (Words{"o'neil"}));  // inside a word it stays
  EXPECT_EQ(NameWords(". ,"), Words{});
}

TEST(NameWordsTest, OneWithinTheOther) {
  EXPECT_TRUE(OneWithinTheOther(NameWords("ana lima"), NameWords("ana bacu lima")));
  EXPECT_TRUE(OneWithinTheOther(NameWords("ana bacu lima"), NameWords("lima")));
  EXPECT_FALSE(OneWithinTheOther(NameWords("ana lima"), NameWords("ana silva")));
}

TEST(NamesAgreeTest, TheSameOrOneWithinTheOther) {
  EXPECT_TRUE(NamesAgree("ana lima", "ana lima"));
  EXPECT_TRUE(NamesAgree("ana", "ana bacu lima"));
  EXPECT_TRUE(NamesAgree("lima ana", "ana lima"));
  EXPECT_TRUE(NamesAgree("bob okafor", "robert okafor"));
}

TEST(NamesAgreeTest, InitialsStandForWords) {
  EXPECT_TRUE(NamesAgree("a. lima", "ana lima"));
  EXPECT_TRUE(NamesAgree("ana", "a. lima"));
  EXPECT_TRUE(NamesAgree("ana b. lima", "ana bacu lima"));
  EXPECT_FALSE(NamesAgree("b. lima", "ana lima"));
  EXPECT_FALSE(NamesAgree("a. lima", "ben lima"));
  // Each word takes a different one: "a" cannot stand for both "ana" and "alves".
  EXPECT_FALSE(NamesAgree("ana alves", "a. lima"));
}

TEST(NamesAgreeTest, DifferentPeopleDoNot) {
  EXPECT_FALSE(NamesAgree("ana bacu lima", "ben dofi patel"));
  EXPECT_FALSE(NamesAgree("ana bacu lima", "ana dofi lima"));
  EXPECT_FALSE(NamesAgree("jane smith", "john smith"));
}

TEST(NamesAgreeTest, NoNameAgreesWithAny) {
  EXPECT_TRUE(NamesAgree("", "ana lima"));
  EXPECT_TRUE(NamesAgree("ana lima", ""));
  EXPECT_TRUE(NamesAgree("...", "ana lima"));
}

}  // namespace
}  // namespace kith::core
