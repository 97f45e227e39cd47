#include "util/text.h"

#include <gtest/gtest.h>

namespace kith {
namespace {

TEST(FoldTest, DropsCaseAndAccents) {
  EXPECT_EQ(Fold("Zoë"), "zoe");
  EXPECT_EQ(Fold("JOSÉ Núñez"), "jose nunez");
  EXPECT_EQ(Fold("Ana Silva"), "ana silva");
}

TEST(FoldTest, SpellsLettersWithoutDecompositionInAscii) {
  EXPECT_EQ(Fold("Łukasz"), "lukasz");
  EXPECT_EQ(Fold("Søren Kierkegaard"), "soren kierkegaard");
  EXPECT_EQ(Fold("Straße"), "strasse");
  EXPECT_EQ(Fold("Æsa"), "aesa");
}

TEST(FoldTest, KeepsScriptsWithoutCase) { EXPECT_EQ(Fold("李娜"), "李娜"); }

TEST(FoldTest, CollapsesWhitespaceAndTrims) { EXPECT_EQ(Fold("  Ben \t  Okafor\n"), "ben okafor"); }

TEST(FoldTest, DropsInvalidBytes) { EXPECT_EQ(Fold("Be\xffn"), "ben"); }

TEST(FoldTest, WideFormsFoldToAscii) { EXPECT_EQ(Fold("ＡＢＣ"), "abc"); }

TEST(TextTest, Utf8Validity) {
  EXPECT_TRUE(IsValidUtf8("Zoë 李娜"));
  EXPECT_FALSE(IsValidUtf8("\xc3"));
  EXPECT_FALSE(IsValidUtf8("a\xff"));
}

TEST(TextTest, TrimAndSplit) {
  EXPECT_EQ(Trim("  a b \n"), "a b");
  EXPECT_EQ(Trim("   "), "");
  EXPECT_EQ(SplitTrimmed(" a ; ;b;c ", ';'), (std::vector<std::string>{"a", "b", "c"}));
}

TEST(TextTest, Utf8LengthCountsCodePoints) { EXPECT_EQ(Utf8Length("Zoë李"), 4u); }

}  // namespace
}  // namespace kith
