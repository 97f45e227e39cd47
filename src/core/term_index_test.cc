#include "core/term_index.h"

#include <gtest/gtest.h>

namespace kith::core {
namespace {

using Terms = std::vector<std::string>;
using Docs = std::vector<uint32_t>;

Docs Of(std::span<const uint32_t> s) { return Docs(s.begin(), s.end()); }

TEST(ContentTermsTest, FoldsDropsStopwordsAndStems) {
  EXPECT_EQ(ContentTerms("Who could help me HIRE a Kubernetes engineer?"),
            (Terms{"hir", "kubernet", "engineer"}));
  EXPECT_EQ(ContentTerms("hiring engineers, hired"), (Terms{"hir", "engineer"}));
  EXPECT_EQ(ContentTerms("Café in Lisbon; cafes"), (Terms{"caf", "lisbon"}));
  EXPECT_EQ(ContentTerms("companies company"), (Terms{"company"}));
  EXPECT_TRUE(ContentTerms("a an to of is").empty());
  EXPECT_TRUE(ContentTerms("").empty());
}

TEST(ContentTermsTest, KeepsDigitsAndNonAscii) {
  EXPECT_EQ(ContentTerms("web3 και 東京"), (Terms{"web3", "και", "東京"}));
}

TEST(TermIndexTest, MatchesByRareSharedTermsFirst) {
  TermIndex index;
  index.Add(0, "intro to seed investors");
  index.Add(1, "help with kubernetes hiring");
  index.Add(2, "hiring designers");
  index.Add(3, "hiring sales people");
  auto found = index.Match(ContentTerms("hiring a kubernetes engineer"), 10);
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].doc, 1u);
  EXPECT_EQ(found[0].terms, (Terms{"kubernet", "hir"}));
  EXPECT_GT(found[0].score, found[1].score);
  EXPECT_EQ(found[1].doc, 2u);  // ties broken by document order
  EXPECT_EQ(found[2].doc, 3u);
}

TEST(TermIndexTest, LimitAndMaxDfBoundTheWork) {
  TermIndex index;
  for (uint32_t d = 0; d < 50; ++d) index.Add(d, d == 7 ? "rust compilers" : "rust");
  EXPECT_EQ(index.Match(ContentTerms("rust compilers"), 5).size(), 5u);
  auto rare_only = index.Match(ContentTerms("rust compilers"), 0, 10);
  ASSERT_EQ(rare_only.size(), 1u);
  EXPECT_EQ(rare_only[0].doc, 7u);
  EXPECT_EQ(rare_only[0].terms, (Terms{"compiler"}));
}

TEST(TermIndexTest, DocumentsCountOnceAcrossAdds) {
  TermIndex index;
  index.Add(4, "sourdough");
  index.Add(4, "sourdough baking");
  index.Add(9, "baking");
  EXPECT_EQ(index.documents(), 2u);
  EXPECT_EQ(Of(index.Postings("sourdough")), (Docs{4}));
  EXPECT_EQ(Of(index.Postings("bak")), (Docs{4, 9}));
  EXPECT_GT(index.Idf("sourdough"), index.Idf("bak"));
  EXPECT_EQ(index.Idf("missing"), 0);
}

}  // namespace
}  // namespace kith::core
