// Warm paths end to end: kith knows records ties, kith path finds the
// strongest chains to a person or a company, with "now" fixed by KITH_NOW.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "kith_test.h"

namespace kith::test {
namespace {

using ::testing::HasSubstr;

class PathsTest : public KithTest {
 protected:
  void SetUp() override {
    Ok({"add", "Ana Silva"});
    Ok({"add", "Ben Ortiz"});
    Ok({"add", "Dana Reyes", "--company", "Acme"});
    Ok({"add", "Cy Lee", "--company", "ACME"});
    Ok({"add", "Eve Stone"});
    Ok({"log", "ben", "coffee", "--date", "2026-11-15"});
    Ok({"log", "ana", "call", "--date", "2026-10-01"});
    Ok({"knows", "ben", "dana", "--how", "co-founders", "--strength", "0.55"});
    Ok({"knows", "ana", "dana"});
    Ok({"knows", "ana", "cy", "--how", "climbing club"});
  }
};

TEST_F(PathsTest, KnowsSaysWhatItRecorded) {
  EXPECT_EQ(Ok({"knows", "eve", "ben", "--how", "neighbours"}).out,
            "Noted: Eve Stone (#5) and Ben Ortiz (#2) know each other (neighbours)\n");
  EXPECT_EQ(Ok({"knows", "ben", "eve"}).out,
            "Updated: Ben Ortiz (#2) and Eve Stone (#5) know each other\n");
}

TEST_F(PathsTest, PathToAPersonRanksByProductOfStrengths) {
  // Ben: one coffee 7 days ago (tie strength 14/100); Ana: a call 52 days ago.
  Output o = Ok({"path", "Dana Reyes"});
  EXPECT_EQ(o.out,
            "Warm paths to Dana Reyes (#3)\n"
            "1. you → Ben Ortiz (0.14, last: coffee 7 days ago) → Dana Reyes (0.55, co-founders)"
            "   strength 0.07\n"
            "2. you → Ana Silva (0.08, last: call 52 days ago) → Dana Reyes (0.60, you said they "
            "know each other)   strength 0.05\n");
}

TEST_F(PathsTest, PathToACompanyReachesAnyoneThere) {
  Output o = Ok({"path", "--company", "acme"});  // Acme and ACME fold equal
  EXPECT_THAT(o.out, HasSubstr("Warm paths to anyone at acme\n1. you → Ben Ortiz"));
  EXPECT_THAT(o.out, HasSubstr("3. you → Ana Silva (0.08, last: call 52 days ago) → Cy Lee (0.60, "
                               "climbing club)   strength 0.05\n"));
}

TEST_F(PathsTest, AHopThroughAnotherPersonExtendsThePath) {
  Ok({"knows", "eve", "dana", "--how", "neighbours", "--strength", "0.9"});
  EXPECT_THAT(Ok({"path", "eve"}).out,
              HasSubstr("1. you → Ben Ortiz (0.14, last: coffee 7 days ago) → Dana Reyes (0.55, "
                        "co-founders) → Eve Stone (0.90, neighbours)   strength 0.07\n"));
}

TEST_F(PathsTest, NobodyWithinThreeHopsIsSaidPlainly) {
  Output o = Ok({"path", "eve"});
  EXPECT_EQ(o.out,
            "No warm path to Eve Stone (#5): nobody you know is within 3 hops of them.\n"
            "Tell kith who knows whom: kith knows A B --how \"...\"\n");
}

TEST_F(PathsTest, JsonHasEachHop) {
  Output o = Ok({"path", "dana", "-n", "1", "--json"});
  EXPECT_THAT(o.out, HasSubstr("\"strength\": 0.55,\n          \"why\": \"co-founders\""));
  EXPECT_THAT(o.out, HasSubstr("\"strength\": 0.075\n"));
  EXPECT_EQ(o.out.find("Ana Silva"), std::string::npos);
}

TEST_F(PathsTest, BadTiesAreRefusedAndChangeNothing) {
  Ok({"path", "dana"});  // the first read of tie strengths records their weights
  std::string before = kith_.Snapshot();
  Output self = kith_.Run({"knows", "ben", "Ben Ortiz"});
  EXPECT_EQ(self.exit_code, 2);
  EXPECT_THAT(self.err, HasSubstr("both name Ben Ortiz (#2); a tie needs two people"));
  EXPECT_EQ(kith_.Run({"knows", "ben", "eve", "--strength", "1.5"}).exit_code, 2);
  EXPECT_EQ(kith_.Run({"knows", "ben", "nobody"}).exit_code, 3);
  EXPECT_EQ(kith_.Run({"path", "ben", "--company", "acme"}).exit_code, 2);
  EXPECT_EQ(kith_.Run({"path", "--company", "Initech"}).exit_code, 3);
  EXPECT_EQ(kith_.Snapshot(), before);
}

}  // namespace
}  // namespace kith::test
