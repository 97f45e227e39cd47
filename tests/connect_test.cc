// kith me, ask, help-out and intros end to end.
#include <gmock/gmock.h>

#include <nlohmann/json.hpp>

#include "kith_test.h"

namespace kith::test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class ConnectTest : public KithTest {
 protected:
  void SetUp() override {
    for (const char* name : {"Ben Okafor", "Carla Diaz", "Ana Silva", "Dan Wu"}) Ok({"add", name});
  }
  // Enough recent contact for a tie you would vouch for.
  void SeeOften(const std::string& who) {
    for (const char* when : {"40 days ago", "25 days ago", "12 days ago", "3 days ago"}) {
      Ok({"log", who, "coffee", "--date", when});
    }
  }
};

TEST_F(ConnectTest, YourProfile) {
  Output none = kith_.Run({"me"});
  EXPECT_EQ(none.exit_code, 3);
  EXPECT_THAT(none.err, HasSubstr("kith me name"));
  std::string before = kith_.Snapshot();
  EXPECT_EQ(kith_.Run({"me", "offer", ""}).exit_code, 2);
  EXPECT_EQ(kith_.Run({"me", "hobby", "chess"}).exit_code, 2);
  EXPECT_EQ(kith_.Snapshot(), before);  // bad input made no profile
  Ok({"me", "offer", "reviewing", "pitch", "decks"});
  EXPECT_THAT(Ok({"me"}).out, HasSubstr("Me (#5) — your profile"));
  Ok({"me", "name", "Zoë Ng"});
  Ok({"me", "skill", "kubernetes consulting"});
  Ok({"me", "need", "a designer"});
  auto me = nlohmann::json::parse(Ok({"me", "--json"}).out);
  EXPECT_EQ(me["person"]["name"], "Zoë Ng");
  EXPECT_EQ(me["offers"], nlohmann::json::array({"reviewing pitch decks"}));
  EXPECT_EQ(me["skills"], nlohmann::json::array({"kubernetes consulting"}));
  EXPECT_EQ(me["needs"], nlohmann::json::array({"a designer"}));
  EXPECT_THAT(Ok({"list"}).out, Not(HasSubstr("Zoë")));  // you are not a contact
  EXPECT_THAT(Ok({"list"}).out, HasSubstr("4 people"));
}

TEST_F(ConnectTest, AskFindsSecondDegreeAnswers) {
  Ok({"fact", "carla", "work", "runs platform hiring at Acme"});
  Ok({"knows", "ben", "carla", "--how", "co-founders"});
  SeeOften("ben");
  Ok({"need", "dan", "a kubernetes contractor"});
  std::string out = Ok({"ask", "who could help me hire a kubernetes engineer"}).out;
  EXPECT_THAT(out, HasSubstr("1. Carla Diaz"));
  EXPECT_THAT(out, HasSubstr("Ask Ben Okafor — they know Carla Diaz (co-founders)"));
  EXPECT_THAT(out, HasSubstr("matched: runs platform [hiring] at Acme"));
  EXPECT_THAT(out, HasSubstr("2. Dan Wu"));
  auto answers = nlohmann::json::parse(Ok({"ask", "kubernetes hiring", "--json"}).out);
  ASSERT_EQ(answers.size(), 2u);
  EXPECT_EQ(answers[0]["via"]["name"], "Ben Okafor");
  EXPECT_GT(answers[0]["score"].get<double>(), answers[1]["score"].get<double>());
  EXPECT_THAT(Ok({"ask", "sourdough"}).out, HasSubstr("Nobody matches yet"));
  Output bad = kith_.Run({"ask", "who could the"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_THAT(bad.err, HasSubstr("nothing to look for"));
}

TEST_F(ConnectTest, HelpOutMatchesYourOffersFirst) {
  Ok({"need", "ben", "a kubernetes contractor"});
  Ok({"need", "ana", "intros to seed investors"});
  Ok({"need", "carla", "a sourdough starter"});
  Ok({"offer", "dan", "knows lots of seed investors"});
  std::string out = Ok({"help-out"}).out;
  EXPECT_THAT(out,
              HasSubstr("Dan Wu (#4) offers \"knows lots of seed investors\"  → kith intro #3 #4"));
  EXPECT_THAT(out, HasSubstr("add your own offers with kith me offer"));
  EXPECT_THAT(out, Not(HasSubstr("sourdough")));
  Ok({"me", "skill", "kubernetes consulting"});
  out = Ok({"help-out"}).out;
  EXPECT_THAT(
      out,
      HasSubstr(
          "Ben Okafor (#1) needs \"a kubernetes contractor\"\n  you: \"kubernetes consulting\""));
  EXPECT_LT(out.find("Ben Okafor"), out.find("Ana Silva"));
  EXPECT_THAT(
      out, HasSubstr("draft: Hi Ben, you mentioned you're looking for a kubernetes contractor."));
  EXPECT_THAT(out, HasSubstr("2 of 3 open needs can be met."));
  auto json = nlohmann::json::parse(Ok({"help-out", "--json"}).out);
  EXPECT_EQ(json["needs"][0]["matches"][0]["mine"], true);
  EXPECT_EQ(json["open_needs"], 3);
}

TEST_F(ConnectTest, IntroSuggestionsAndWhatRulesThemOut) {
  Ok({"need", "ana", "meeting seed investors"});
  Ok({"offer", "dan", "intros to seed investors"});
  Ok({"offer", "carla", "seed investors too"});  // Carla: too little contact to vouch
  SeeOften("ana");
  SeeOften("dan");
  std::string out = Ok({"intros"}).out;
  EXPECT_THAT(out, HasSubstr("1. Ana Silva (#3) ↔ Dan Wu (#4)"));
  EXPECT_THAT(out, HasSubstr("Ana Silva needs \"meeting seed investors\"; Dan Wu offers \"intros "
                             "to seed investors\""));
  EXPECT_THAT(out, Not(HasSubstr("Carla")));
  auto ideas = nlohmann::json::parse(Ok({"intros", "--json"}).out);
  ASSERT_EQ(ideas.size(), 1u);
  EXPECT_EQ(ideas[0]["need"], "meeting seed investors");
  Ok({"knows", "ana", "dan"});
  EXPECT_THAT(Ok({"intros"}).out, HasSubstr("No introductions to suggest yet"));
}

}  // namespace
}  // namespace kith::test
