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

// Pure ASCII takes a path of its own; a non-ASCII letter at the end sends the
// same text through utf8proc, and the two must agree on every byte.
TEST(FoldTest, AsciiPathAgreesWithUtf8procOnEveryByte) {
  for (int b = 0; b < 0x80; ++b) {
    std::string c(1, static_cast<char>(b));
    for (const std::string& text :
         {"Ab" + c + "Cd", c + "x", "x" + c + "y", c + c + " Q " + c + "z"}) {
      EXPECT_EQ(Fold(text + "\u00c9"), Fold(text) + "e") << "byte " << b;
    }
  }
  EXPECT_EQ(Fold("  Mary-Jane  O'Neil\t(Acme, Inc.)\r\n"), "mary-jane o'neil (acme, inc.)");
}

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
