// The routes of api_connect.cc: your profile, ask, help-out, intro ideas.
#include <gmock/gmock.h>

#include "server/server_test_fixture.h"

namespace kith::server {
namespace {

using ::testing::HasSubstr;

class ConnectRoutesTest : public ServerTest {
 protected:
  void SetUp() override {
    ServerTest::SetUp();
    LogIn();
    ben_ = Capture("Ben Okafor");
    carla_ = Capture("Carla Diaz");
  }
  int64_t Capture(const std::string& line) {
    return SendJson("POST", "/api/v1/people", nlohmann::json{{"capture", line}}.dump(), 201)["id"];
  }
  std::string Person(int64_t id, const std::string& rest) {
    return "/api/v1/people/" + std::to_string(id) + rest;
  }
  int64_t ben_ = 0, carla_ = 0;
};

TEST_F(ConnectRoutesTest, YourProfile) {
  EXPECT_EQ(Send("GET", "/api/v1/me").status, 404);
  EXPECT_EQ(Send("PATCH", "/api/v1/me", "{}").status, 400);
  EXPECT_EQ(Send("PATCH", "/api/v1/me", R"({"offer": 7})").status, 400);
  EXPECT_EQ(Send("GET", "/api/v1/me").status, 404);  // bad input made no profile
  auto me = SendJson("PATCH", "/api/v1/me", R"({"name": "Zoë Ng", "skill": "kubernetes"})");
  EXPECT_EQ(me["person"]["name"], "Zoë Ng");
  EXPECT_EQ(me["skills"], nlohmann::json::array({"kubernetes"}));
  me = SendJson("PATCH", "/api/v1/me", R"({"offer": "pitch deck reviews"})");
  EXPECT_EQ(me["offers"], nlohmann::json::array({"pitch deck reviews"}));
  EXPECT_EQ(SendJson("GET", "/api/v1/me")["person"]["name"], "Zoë Ng");
}

TEST_F(ConnectRoutesTest, AskHelpOutAndIntroIdeas) {
  SendJson("POST", Person(carla_, "/facts"),
           R"({"kind": "work", "text": "hiring kubernetes engineers"})", 201);
  SendJson("POST", Person(ben_, "/needs"), R"({"text": "a kubernetes contractor"})", 201);
  SendJson("PATCH", "/api/v1/me", R"({"skill": "kubernetes consulting"})");
  auto answers = SendJson("GET", "/api/v1/ask?q=kubernetes%20hiring");
  ASSERT_GE(answers["items"].size(), 1u);
  EXPECT_EQ(answers["items"][0]["person"]["id"], carla_);
  EXPECT_THAT(answers["items"][0]["snippet"].get<std::string>(), HasSubstr("[hiring]"));
  EXPECT_EQ(Send("GET", "/api/v1/ask?q=the").status, 400);
  EXPECT_EQ(Send("GET", "/api/v1/ask?q=kubernetes&limit=0").status, 400);
  auto help = SendJson("GET", "/api/v1/help-out");
  ASSERT_EQ(help["needs"].size(), 1u);
  EXPECT_EQ(help["needs"][0]["person"]["id"], ben_);
  EXPECT_EQ(help["needs"][0]["matches"][0]["mine"], true);
  EXPECT_THAT(help["needs"][0]["draft"].get<std::string>(), HasSubstr("Hi Ben"));
  auto ideas = SendJson("GET", "/api/v1/intros/suggestions?limit=5");
  EXPECT_TRUE(ideas["items"].is_array());
  EXPECT_EQ(Send("GET", "/api/v1/intros/suggestions?limit=x").status, 400);
}

TEST_F(ConnectRoutesTest, ADoubleOptInIntroduction) {
  EXPECT_EQ(Send("POST", "/api/v1/intros", R"({"a": 1})").status, 400);
  EXPECT_EQ(Send("POST", "/api/v1/intros", R"({"a": 1, "b": 1})").status, 400);
  EXPECT_EQ(Send("POST", "/api/v1/intros", R"({"a": 1, "b": 999})").status, 404);
  auto intro =
      SendJson("POST", "/api/v1/intros",
               nlohmann::json{{"a", ben_}, {"b", "Carla"}, {"why", "both climb"}}.dump(), 201);
  EXPECT_EQ(intro["state"], "asked_first");
  EXPECT_THAT(intro["draft"].get<std::string>(), HasSubstr("Hi Ben"));
  std::string step = "/api/v1/intros/" + std::to_string(intro["id"].get<int64_t>()) + "/step";
  EXPECT_EQ(Send("POST", step, R"({"step": "introduced"})").status, 400);
  EXPECT_EQ(Send("POST", "/api/v1/intros/999/step", R"({"step": "accepted"})").status, 404);
  EXPECT_EQ(SendJson("POST", step, R"({"step": "accepted"})")["state"], "asked_second");
  EXPECT_EQ(SendJson("POST", step, R"({"step": "accepted"})")["state"], "agreed");
  EXPECT_EQ(SendJson("GET", "/api/v1/intros")["items"].size(), 1u);
  EXPECT_EQ(SendJson("POST", step, R"({"step": "introduced"})")["state"], "introduced");
  auto closed = SendJson("POST", step, R"({"step": "outcome", "text": "they climb together"})");
  EXPECT_EQ(closed["state"], "closed");
  EXPECT_TRUE(SendJson("GET", "/api/v1/intros")["items"].empty());
  auto brief = SendJson("GET", Person(ben_, ""));
  ASSERT_EQ(brief["intros"].size(), 1u);
}

}  // namespace
}  // namespace kith::server
