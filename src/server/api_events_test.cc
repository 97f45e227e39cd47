// The routes of api_events.cc and api_merges.cc: events, follow-ups, groups,
// opportunities, knows, merges.
#include <gmock/gmock.h>

#include <cstdlib>
#include <ctime>

#include "server/server_test_fixture.h"

namespace kith::server {
namespace {

using ::testing::HasSubstr;

class EventRoutesTest : public ServerTest {
 protected:
  void SetUp() override {
    setenv("TZ", "UTC", 1);  // dates typed without a zone are local time
    tzset();
    ServerTest::SetUp();
    LogIn();
    ana_ = Capture("Ana Lima; works at Crumb");
    ben_ = Capture("Ben Okafor");
  }
  int64_t Capture(const std::string& line) {
    return SendJson("POST", "/api/v1/people", nlohmann::json{{"capture", line}}.dump(), 201)["id"];
  }
  int64_t ana_ = 0, ben_ = 0;
};

TEST_F(EventRoutesTest, AnEventWhoYouMetAndTheFollowUpWindow) {
  // The clock is 2026-11-20 12:00 UTC; the event was the evening before.
  auto event = SendJson(
      "POST", "/api/v1/events",
      R"({"name": "Venture Cafe", "date": "2026-11-19 18:00", "place": "Cambridge"})", 201);
  EXPECT_EQ(event["name"], "Venture Cafe");
  EXPECT_EQ(event["place"], "Cambridge");
  std::string met = "/api/v1/events/" + std::to_string(event["id"].get<int64_t>()) + "/met";
  auto report = SendJson("POST", met, nlohmann::json{{"people", {ana_, "Ben"}}}.dump());
  ASSERT_EQ(report["added"].size(), 2u);
  EXPECT_EQ(report["added"][0]["name"], "Ana Lima");
  EXPECT_TRUE(report["already"].empty());
  auto again = SendJson("POST", met, nlohmann::json{{"people", {ana_}}}.dump());
  EXPECT_TRUE(again["added"].empty());
  EXPECT_EQ(again["already"][0]["id"], ana_);

  auto events = SendJson("GET", "/api/v1/events?q=venture");
  ASSERT_EQ(events["items"].size(), 1u);
  EXPECT_EQ(events["items"][0]["met"], 2);

  auto followups = SendJson("GET", "/api/v1/followups");
  EXPECT_EQ(followups["window_hours"], 48);
  ASSERT_EQ(followups["items"].size(), 2u);
  // Due 48 h after 2026-11-19 18:00, i.e. 30 h from now.
  EXPECT_EQ(followups["items"][0]["hours_left"], 30);
  EXPECT_EQ(followups["items"][0]["overdue"], false);
  SendJson("POST", "/api/v1/today/" + std::to_string(ben_) + "/done", "{}");
  followups = SendJson("GET", "/api/v1/followups");
  ASSERT_EQ(followups["items"].size(), 1u);
  EXPECT_EQ(followups["items"][0]["person"]["id"], ana_);
}

TEST_F(EventRoutesTest, EventErrorsNameTheProblem) {
  auto no_date = SendJson("POST", "/api/v1/events", R"({"name": "Meetup"})", 400);
  EXPECT_THAT(no_date["error"]["message"].get<std::string>(), HasSubstr("date"));
  auto nobody = SendJson("POST", "/api/v1/events/1/met", R"({"people": []})", 400);
  EXPECT_THAT(nobody["error"]["message"].get<std::string>(), HasSubstr("people"));
  SendJson("POST", "/api/v1/events/999/met", R"({"people": ["Ana"]})", 404);
  SendJson("POST", "/api/v1/events/x/met", R"({"people": ["Ana"]})", 400);
  SendJson("POST", "/api/v1/events", R"({"name": "Meetup", "date": "not a date"})", 400);
}

TEST_F(EventRoutesTest, GroupsGrowAndList) {
  auto joined =
      SendJson("POST", "/api/v1/groups/join",
               nlohmann::json{{"group", "Running club"}, {"people", {ana_, ben_}}}.dump());
  EXPECT_EQ(joined["group"], "Running club");
  EXPECT_EQ(joined["added"].size(), 2u);
  joined = SendJson("POST", "/api/v1/groups/join",
                    nlohmann::json{{"group", "running CLUB"}, {"people", {ben_}}}.dump());
  EXPECT_EQ(joined["already"][0]["id"], ben_);
  auto groups = SendJson("GET", "/api/v1/groups");
  ASSERT_EQ(groups["items"].size(), 1u);
  EXPECT_EQ(groups["items"][0]["members"].size(), 2u);
  EXPECT_TRUE(SendJson("GET", "/api/v1/groups?name=chess")["items"].empty());
}

TEST_F(EventRoutesTest, OpportunitiesAddListAndChange) {
  auto opp = SendJson(
      "POST", "/api/v1/opportunities",
      nlohmann::json{{"title", "Staff engineer at Acme"}, {"kind", "job"}, {"with", {ben_}}}.dump(),
      201);
  EXPECT_EQ(opp["status"], "open");
  EXPECT_EQ(opp["people"][0]["name"], "Ben Okafor");
  std::string status =
      "/api/v1/opportunities/" + std::to_string(opp["id"].get<int64_t>()) + "/status";
  EXPECT_EQ(SendJson("PUT", status, R"({"value": "won"})")["status"], "won");
  auto bad = SendJson("PUT", status, R"({"value": "maybe"})", 400);
  EXPECT_THAT(bad["error"]["message"].get<std::string>(), HasSubstr("open, won, lost, closed"));
  SendJson("POST", "/api/v1/opportunities", R"({"title": "x", "kind": "hobby"})", 400);
  EXPECT_EQ(SendJson("GET", "/api/v1/opportunities?status=won")["items"].size(), 1u);
  EXPECT_TRUE(SendJson("GET", "/api/v1/opportunities?status=open")["items"].empty());
}

TEST_F(EventRoutesTest, KnowsThenAWarmPath) {
  auto known = SendJson("POST", "/api/v1/knows",
                        nlohmann::json{{"a", ana_}, {"b", "Ben"}, {"how", "co-founders"}}.dump());
  EXPECT_EQ(known["new"], true);
  EXPECT_EQ(known["b"]["name"], "Ben Okafor");
  known = SendJson("POST", "/api/v1/knows", nlohmann::json{{"a", ben_}, {"b", ana_}}.dump());
  EXPECT_EQ(known["new"], false);
  SendJson("POST", "/api/v1/knows", nlohmann::json{{"a", ana_}, {"b", ana_}}.dump(), 400);
  SendJson("POST", "/api/v1/knows",
           nlohmann::json{{"a", ana_}, {"b", ben_}, {"strength", 2}}.dump(), 400);
}

TEST_F(EventRoutesTest, MergeDryRunThenMergeThenUndo) {
  int64_t twin = Capture("Ana Lima; ana@crumb.example");
  auto dry = SendJson("POST", "/api/v1/merges",
                      nlohmann::json{{"keep", ana_}, {"other", twin}, {"dry_run", true}}.dump());
  EXPECT_EQ(dry["merge_id"], 0);
  EXPECT_EQ(dry["dry_run"], true);
  EXPECT_EQ(SendJson("GET", "/api/v1/people")["total"], 3);
  auto merged = SendJson("POST", "/api/v1/merges",
                         nlohmann::json{{"keep", ana_}, {"other", twin}}.dump(), 201);
  EXPECT_EQ(merged["kept"]["id"], ana_);
  EXPECT_EQ(SendJson("GET", "/api/v1/people")["total"], 2);
  auto list = SendJson("GET", "/api/v1/merges");
  ASSERT_EQ(list["items"].size(), 1u);
  EXPECT_TRUE(list["items"][0]["undone_at"].is_null());
  std::string undo =
      "/api/v1/merges/" + std::to_string(merged["merge_id"].get<int64_t>()) + "/undo";
  auto undone = SendJson("POST", undo, "{}");
  EXPECT_FALSE(undone["undone_at"].is_null());
  EXPECT_EQ(SendJson("GET", "/api/v1/people")["total"], 3);
  SendJson("POST", undo, "{}", 409);  // already undone
  SendJson("POST", "/api/v1/merges", nlohmann::json{{"keep", ana_}}.dump(), 400);
}

}  // namespace
}  // namespace kith::server
