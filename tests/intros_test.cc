// kith intro, intro-step and intros end to end: a whole double opt-in
// introduction, what it leaves behind, and steps that do not apply.
#include <SQLiteCpp/Database.h>
#include <gmock/gmock.h>

#include <nlohmann/json.hpp>

#include "kith_test.h"

namespace kith::test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class IntrosTest : public KithTest {
 protected:
  void SetUp() override {
    Ok({"add", "Ana Silva"});
    Ok({"add", "Ben Okafor"});
    Ok({"add", "Cy Park"});
  }
  std::string Query(const std::string& sql) {
    SQLite::Database db(kith_.db());
    return db.execAndGet(sql).getString();
  }
};

TEST_F(IntrosTest, AWholeIntroduction) {
  EXPECT_EQ(Ok({"intro", "ana", "ben", "--why", "both build sensor networks"}).out,
            "Intro #1: Ana Silva (#1) → Ben Okafor (#2) (both build sensor networks)\n"
            "State:   asked_first\n"
            "Next:    ask Ana Silva whether they'd welcome it, then\n"
            "         kith intro-step 1 accepted  (or: kith intro-step 1 declined)\n"
            "Message:\n"
            "  Hi Ana, I'd like to introduce you to Ben Okafor (both build sensor networks). "
            "Would that be welcome?\n");
  std::string second = Ok({"intro-step", "1", "accepted"}).out;
  EXPECT_THAT(second, HasSubstr("State:   asked_second\n"));
  EXPECT_THAT(second, HasSubstr("  Hi Ben, I'd like to introduce you to Ana Silva"));
  std::string agreed = Ok({"intro-step", "1", "accepted"}).out;
  EXPECT_THAT(agreed, HasSubstr("Next:    both agreed: introduce Ana Silva and Ben Okafor, then\n"
                                "         kith intro-step 1 introduced\n"));
  EXPECT_THAT(agreed, HasSubstr("  Subject: Ana Silva <> Ben Okafor\n\n  Hi Ana and Ben,\n"));
  EXPECT_EQ(Query("SELECT count(*) FROM knows"), "0");
  std::string introduced = Ok({"intro-step", "1", "introduced"}).out;
  EXPECT_THAT(introduced,
              HasSubstr("  Hi Ana, did you and Ben get to talk? I'd love to hear how it went.\n"));
  EXPECT_EQ(Query("SELECT a || '-' || b || ' ' || source FROM knows"), "1-2 intro");
  EXPECT_EQ(Query("SELECT kind || ' ' || direction || ' ' || summary || ' ' || "
                  "(SELECT group_concat(person_id) FROM interaction_participant) FROM interaction"),
            "message out Introduced Ana Silva and Ben Okafor 1,2");
  EXPECT_THAT(Ok({"show", "ben"}).out, HasSubstr("Introduced Ana Silva and Ben Okafor"));
  std::string closed = Ok({"intro-step", "1", "outcome", "Ben hired Ana"}).out;
  EXPECT_EQ(closed,
            "Intro #1: Ana Silva (#1) → Ben Okafor (#2) (both build sensor networks)\n"
            "State:   closed\n"
            "Outcome: Ben hired Ana\n"
            "Done: nothing more to do.\n");
  EXPECT_THAT(Ok({"show", "ana"}).out,
              HasSubstr("#1 with Ben Okafor (#2): closed — Ben hired Ana"));
  EXPECT_EQ(Ok({"intros", "--open"}).out,
            "No intros in progress. Start one: kith intro A B --why \"...\"\n");
}

TEST_F(IntrosTest, OpenIntrosListAndJson) {
  Ok({"intro", "ana", "ben"});
  Ok({"intro", "cy", "ana", "--why", "climbing"});
  Ok({"intro-step", "2", "declined"});
  Ok({"intro", "ben", "cy"});
  Ok({"intro-step", "3", "accepted"});
  std::string list = Ok({"intros", "--open"}).out;
  EXPECT_THAT(list, HasSubstr("#3    asked_second Ben Okafor (#2) → Cy Park (#3)\n"
                              "      next: ask Cy Park whether they'd welcome it\n"));
  EXPECT_THAT(list, HasSubstr("#1    asked_first  Ana Silva (#1) → Ben Okafor (#2)\n"));
  EXPECT_THAT(list, Not(HasSubstr("#2 ")));
  EXPECT_THAT(Ok({"intros"}).out, HasSubstr("No introductions to suggest yet"));  // suggestions
  auto json = nlohmann::json::parse(Ok({"intros", "--open", "--json"}).out);
  ASSERT_EQ(json.size(), 2u);
  EXPECT_EQ(json[1]["id"], 1);
  EXPECT_EQ(json[1]["state"], "asked_first");
  EXPECT_EQ(json[1]["b"]["name"], "Ben Okafor");
  EXPECT_EQ(json[1]["steps"], nlohmann::json({"accepted", "declined"}));
  EXPECT_THAT(json[1]["draft"].get<std::string>(), HasSubstr("Hi Ana,"));
  auto step = nlohmann::json::parse(Ok({"intro-step", "1", "declined", "--json"}).out);
  EXPECT_EQ(step["state"], "declined");
  EXPECT_EQ(step["draft"], "");
  EXPECT_THAT(Ok({"show", "cy", "--json"}).out, HasSubstr("\"state\": \"declined\""));
}

TEST_F(IntrosTest, BadStepsSayWhatIsAllowedAndChangeNothing) {
  Ok({"intro", "ana", "ben"});
  std::string before = kith_.Snapshot();
  Output o = kith_.Run({"intro-step", "1", "introduced"});
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_EQ(o.err,
            "kith: intro #1: it is asked_first, and 'introduced' needs agreed; next: accepted or "
            "declined\n");
  o = kith_.Run({"intro-step", "1", "outcome"});
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_THAT(o.err, HasSubstr("outcome"));
  o = kith_.Run({"intro-step", "1", "accepted", "they said yes"});
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_THAT(o.err, HasSubstr("only 'outcome' takes text, not 'accepted'"));
  o = kith_.Run({"intro-step", "1", "maybe"});
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_THAT(o.err, HasSubstr("unknown step 'maybe': use accepted, declined, introduced or"));
  EXPECT_EQ(kith_.Run({"intro-step", "9", "accepted"}).exit_code, 3);
  EXPECT_EQ(kith_.Snapshot(), before);
  Ok({"intro-step", "1", "declined"});
  o = kith_.Run({"intro-step", "1", "accepted"});
  EXPECT_EQ(o.err, "kith: intro #1: it is declined, which is final: no more steps\n");
}

TEST_F(IntrosTest, StartingRefusesSamePersonAnOpenPairAndNobody) {
  Ok({"intro", "ana", "ben"});
  std::string before = kith_.Snapshot();
  Output o = kith_.Run({"intro", "ben", "ana"});
  EXPECT_EQ(o.exit_code, 5);
  EXPECT_EQ(o.err,
            "kith: Ben Okafor (#2) and Ana Silva (#1) are already in intro #1; see `kith intros "
            "--open`\n");
  o = kith_.Run({"intro", "cy", "#3"});
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_THAT(o.err, HasSubstr("both name Cy Park (#3); an introduction needs two people"));
  EXPECT_EQ(kith_.Run({"intro", "cy", "nobody"}).exit_code, 3);
  EXPECT_EQ(kith_.Snapshot(), before);
  Ok({"intro-step", "1", "declined"});
  EXPECT_THAT(Ok({"intro", "ben", "ana"}).out, HasSubstr("Intro #2: Ben Okafor (#2) → Ana Silva"));
}

}  // namespace
}  // namespace kith::test
