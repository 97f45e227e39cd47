#include "server/server.h"

#include <fmt/format.h>
#include <gmock/gmock.h>

#include "server/api.h"
#include "server/server_test_fixture.h"

namespace kith::server {
namespace {

using ::testing::HasSubstr;

TEST_F(ServerTest, ApiNeedsASession) {
  Response r = Send("GET", "/api/v1/people");
  EXPECT_EQ(r.status, 401);
  EXPECT_THAT(r.body, HasSubstr("\"code\":\"unauthorized\""));
}

TEST_F(ServerTest, LoginTokenWorksOnceAndSetsAStrictHttpOnlyCookie) {
  std::string token = server_->auth().IssueLoginToken();
  Response r = Send("GET", "/login?token=" + token);
  ASSERT_EQ(r.status, 303);
  EXPECT_THAT(std::string(r.FindHeader("Set-Cookie")), HasSubstr("HttpOnly; SameSite=Strict"));
  EXPECT_EQ(Send("GET", "/login?token=" + token).status, 401);
  EXPECT_EQ(Send("GET", "/login?token=nonsense").status, 401);
}

TEST_F(ServerTest, FailedLoginsAreRateLimited) {
  for (int i = 0; i < kLoginAttemptsPerMinute; ++i) Send("GET", "/login?token=bad");
  std::string token = server_->auth().IssueLoginToken();
  EXPECT_EQ(Send("GET", "/login?token=" + token).status, 429);
  clock_.Advance(60);
  EXPECT_EQ(Send("GET", "/login?token=" + token).status, 303);
}

TEST_F(ServerTest, ForeignHostIsRefused) {
  LogIn();
  Request q = Make("GET", "/api/v1/people");
  q.headers["host"] = "attacker.example:8080";
  EXPECT_EQ(server_->Handle(q).status, 421);
  q.headers["host"] = "localhost:8080";
  EXPECT_EQ(server_->Handle(q).status, 200);
}

TEST_F(ServerTest, WritesNeedTheCsrfTokenAndASameSiteOrigin) {
  LogIn();
  Request q = Make("POST", "/api/v1/people", R"({"capture": "Ana Lima"})");
  q.headers.erase("x-csrf-token");
  EXPECT_EQ(server_->Handle(q).status, 403);
  q.headers["x-csrf-token"] = "wrong";
  EXPECT_EQ(server_->Handle(q).status, 403);
  q.headers["x-csrf-token"] = csrf_;
  q.headers["origin"] = "https://attacker.example";
  EXPECT_EQ(server_->Handle(q).status, 403);
  q.headers["origin"] = "http://127.0.0.1:8080";
  EXPECT_EQ(server_->Handle(q).status, 201);
}

TEST_F(ServerTest, PasswordLogin) {
  auto hash = HashPassword("correct horse");
  ASSERT_TRUE(hash);
  Start(*hash);
  EXPECT_FALSE(SendJson("GET", "/api/v1/session")["authenticated"]);
  EXPECT_EQ(Send("POST", "/api/v1/login", R"({"password": "wrong one"})").status, 401);
  Response ok = Send("POST", "/api/v1/login", R"({"password": "correct horse"})");
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_THAT(std::string(ok.FindHeader("Set-Cookie")), HasSubstr("kith_session="));
}

TEST_F(ServerTest, CaptureListShowAndEdit) {
  LogIn();
  auto preview = SendJson("POST", "/api/v1/people",
                          R"({"capture": "Ben Okafor; works at Acme as CTO; dog Biscuit",
                              "dry_run": true})");
  EXPECT_EQ(preview["company"], "Acme");
  EXPECT_EQ(preview["facts"][0]["text"], "dog Biscuit");
  EXPECT_EQ(SendJson("GET", "/api/v1/people")["total"], 0);

  auto created = SendJson("POST", "/api/v1/people",
                          R"({"capture": "Ben Okafor; works at Acme as CTO; dog Biscuit"})", 201);
  int64_t id = created["id"];
  auto list = SendJson("GET", "/api/v1/people");
  ASSERT_EQ(list["total"], 1);
  EXPECT_EQ(list["items"][0]["name"], "Ben Okafor");
  EXPECT_EQ(list["items"][0]["tie"]["circle"], "acquaintance");

  auto person = SendJson("GET", "/api/v1/people/" + std::to_string(id));
  EXPECT_EQ(person["title"], "CTO");
  EXPECT_EQ(person["strength_history"].size(), 13u);
  auto edited = SendJson("PATCH", "/api/v1/people/" + std::to_string(id), R"({"title": "CEO"})");
  EXPECT_EQ(edited["title"], "CEO");
}

TEST_F(ServerTest, ReadsAreCachedUntilAWrite) {
  LogIn();
  SendJson("POST", "/api/v1/people", R"({"capture": "Ana Lima"})", 201);
  Response first = Send("GET", "/api/v1/people");
  std::string etag(first.FindHeader("ETag"));
  ASSERT_FALSE(etag.empty());
  Request again = Make("GET", "/api/v1/people");
  again.headers["if-none-match"] = etag;
  EXPECT_EQ(server_->Handle(again).status, 304);
  SendJson("POST", "/api/v1/people", R"({"capture": "Ben Okafor"})", 201);
  Response after = server_->Handle(again);
  EXPECT_EQ(after.status, 200);
  EXPECT_THAT(after.body, HasSubstr("Ben Okafor"));
}

// The CLI writing the same file: the server's cached reads must not outlive
// a commit they did not make.
TEST_F(ServerTest, ACommitByAnotherConnectionEndsCachedReads) {
  LogIn();
  SendJson("POST", "/api/v1/people", R"({"capture": "Ana Lima"})", 201);
  EXPECT_EQ(SendJson("GET", "/api/v1/people")["total"], 1);
  EXPECT_EQ(SendJson("GET", "/api/v1/people")["total"], 1);  // from the cache
  {
    auto cli = store::Db::Open(dir_.File("kith.db"));
    ASSERT_TRUE(cli) << cli.status().message();
    (*cli)->sql().exec(
        "INSERT INTO person (name, name_folded, created_at, updated_at) "
        "VALUES ('Ben Okafor', 'ben okafor', 1, 1)");
  }
  EXPECT_EQ(SendJson("GET", "/api/v1/people")["total"], 2);
}

TEST_F(ServerTest, CursorPagesCoverEveryoneOnce) {
  LogIn();
  for (const char* name : {"Ana", "Ben", "Carla", "Dana", "Eli"}) {
    SendJson("POST", "/api/v1/people", fmt::format(R"({{"capture": "{} Test"}})", name), 201);
  }
  std::vector<std::string> seen;
  std::string cursor;
  for (int page = 0; page < 5; ++page) {
    auto r =
        SendJson("GET", "/api/v1/people?limit=2" + (cursor.empty() ? "" : "&cursor=" + cursor));
    for (const auto& item : r["items"]) seen.push_back(item["name"]);
    if (r["next_cursor"].is_null()) break;
    cursor = r["next_cursor"].get<std::string>();
  }
  EXPECT_THAT(
      seen, ::testing::ElementsAre("Ana Test", "Ben Test", "Carla Test", "Dana Test", "Eli Test"));
}

TEST_F(ServerTest, BadInputGetsJsonErrors) {
  LogIn();
  EXPECT_EQ(Send("POST", "/api/v1/people", "{not json").status, 400);
  EXPECT_EQ(Send("POST", "/api/v1/people", "[1]").status, 400);
  EXPECT_EQ(Send("POST", "/api/v1/people", R"({"capture": 12})").status, 400);
  EXPECT_EQ(Send("POST", "/api/v1/people", R"({"capture": "x", "dry_run": "yes"})").status, 400);
  EXPECT_EQ(Send("GET", "/api/v1/people/abc").status, 400);
  EXPECT_EQ(Send("GET", "/api/v1/people/999").status, 404);
  EXPECT_EQ(Send("GET", "/api/v1/people?limit=0").status, 400);
  EXPECT_EQ(Send("GET", "/api/v1/people?circle=besties").status, 400);
  EXPECT_EQ(Send("GET", "/api/v1/people?cursor=zzz").status, 400);
  EXPECT_EQ(Send("DELETE", "/api/v1/people").status, 405);
  EXPECT_EQ(Send("GET", "/api/v1/nothing").status, 404);
  EXPECT_EQ(Send("POST", "/api/v1/people", std::string(kMaxJsonBody + 1, ' ')).status, 413);
}

TEST_F(ServerTest, DetailsTodayAndDone) {
  LogIn();
  int64_t id = SendJson("POST", "/api/v1/people", R"({"capture": "Ana Lima"})", 201)["id"];
  std::string base = "/api/v1/people/" + std::to_string(id);
  SendJson("POST", base + "/facts", R"({"kind": "pet", "text": "dog Biscuit"})", 201);
  SendJson("POST", base + "/notes", R"({"body": "Moving to Lisbon"})", 201);
  SendJson("POST", base + "/needs", R"({"text": "a designer"})", 201);
  SendJson("POST", base + "/tags", R"({"tags": ["design"]})", 201);
  SendJson("POST", base + "/interactions", R"({"kind": "call", "when": "2026-05-01"})", 201);
  SendJson("PUT", base + "/circle", R"({"value": "close"})");
  auto person = SendJson("GET", base);
  EXPECT_EQ(person["facts"][0]["text"], "dog Biscuit");
  EXPECT_EQ(person["tags"][0], "design");
  EXPECT_EQ(person["tie"]["circle"], "close");

  auto today = SendJson("GET", "/api/v1/today");
  ASSERT_EQ(today["items"].size(), 1u);
  EXPECT_EQ(today["items"][0]["person"]["id"], id);
  SendJson("POST", "/api/v1/today/" + std::to_string(id) + "/done", "{}");
  EXPECT_EQ(SendJson("GET", "/api/v1/today")["items"].size(), 0u);
}

TEST_F(ServerTest, DemoNetworkIsKeptApartFromYourOwn) {
  LogIn();
  SendJson("POST", "/api/v1/people", R"({"capture": "Ana Lima"})", 201);
  EXPECT_EQ(SendJson("POST", "/api/v1/demo", R"({"on": true})")["demo"], true);
  EXPECT_TRUE(SendJson("GET", "/api/v1/session")["demo"]);
  EXPECT_EQ(SendJson("GET", "/api/v1/people")["total"], 300);
  EXPECT_EQ(Send("POST", "/api/v1/imports", "BEGIN:VCARD").status, 409);
  SendJson("POST", "/api/v1/demo", R"({"on": false})");
  EXPECT_EQ(SendJson("GET", "/api/v1/people")["total"], 1);
}

TEST_F(ServerTest, DemoNeverWritesIntoYourDatabaseWhenBothPathsAreOne) {
  ServerOptions o;
  o.db_path = dir_.File("kith.db");
  o.demo_db_path = o.db_path;  // what `kith --db kith.db serve` used to pass
  o.region = "GB";
  server_ = std::make_unique<Server>(o, clock_);
  LogIn();
  EXPECT_FALSE(SendJson("GET", "/api/v1/session")["demo_available"]);
  Response r = Send("POST", "/api/v1/demo", R"({"on": true})");
  EXPECT_EQ(r.status, 404) << r.body;
  EXPECT_EQ(SendJson("GET", "/api/v1/people")["total"], 0);
}

TEST_F(ServerTest, ImportAJobThenExport) {
  LogIn();
  auto started = SendJson("POST", "/api/v1/imports?filename=phone.vcf",
                          "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Adler\r\n"
                          "EMAIL:zoe@example.com\r\nEND:VCARD\r\n",
                          202);
  server_->imports().Wait();
  auto job = SendJson("GET", "/api/v1/imports/" + std::to_string(started["id"].get<int>()));
  EXPECT_EQ(job["state"], "done") << job.dump();
  EXPECT_EQ(job["report"]["created"], 1);
  EXPECT_EQ(job["bytes_done"], job["bytes"]);
  Response vcf = Send("GET", "/api/v1/export/vcard");
  EXPECT_EQ(vcf.status, 200);
  EXPECT_THAT(vcf.body, HasSubstr("FN:Zoë Adler"));
  EXPECT_THAT(std::string(vcf.FindHeader("Content-Disposition")), HasSubstr("kith.vcf"));
}

// GetPerson leaves its cached statement on a row, which kept a read
// transaction open on the worker's connection: later requests saw the
// database as it was before the import.
TEST_F(ServerTest, ReadsAfterAnImportSeeItsPeople) {
  LogIn();
  auto ana = SendJson("POST", "/api/v1/people", R"({"capture": "Ana Lima"})", 201);
  SendJson("GET", "/api/v1/people/" + std::to_string(ana["id"].get<int>()));
  SendJson("POST", "/api/v1/imports?filename=phone.vcf",
           "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Adler\r\nEND:VCARD\r\n", 202);
  server_->imports().Wait();
  EXPECT_EQ(SendJson("GET", "/api/v1/people?sort=name")["total"], 2);
  EXPECT_EQ(SendJson("GET", "/api/v1/people")["total"], 2);
}

TEST_F(ServerTest, AFailedImportNamesTheUploadAndChangesNothing) {
  LogIn();
  auto started = SendJson("POST", "/api/v1/imports?filename=bad.vcf&format=vcard",
                          "BEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:B\r\n", 202);
  server_->imports().Wait();
  auto job = SendJson("GET", "/api/v1/imports/" + std::to_string(started["id"].get<int>()));
  EXPECT_EQ(job["state"], "failed");
  EXPECT_THAT(job["error"].get<std::string>(), HasSubstr("bad.vcf:"));
  EXPECT_EQ(SendJson("GET", "/api/v1/people")["total"], 0);
}

// Every route, with an empty body and then a hostile one: never a 5xx, always
// a JSON error for bad input, and nothing stored from the hostile one but
// inert text.
TEST_F(ServerTest, EveryRouteAnswersBadInputWithA4xx) {
  LogIn();
  int64_t id = SendJson("POST", "/api/v1/people", R"({"capture": "Ana Lima"})", 201)["id"];
  const std::string hostile = R"({"capture": "<img src=x onerror=alert(1)>", "text": 12,
      "body": ["x"], "tags": "not a list", "kind": "\u202e", "value": null, "days": "7",
      "note": {"deep": true}, "password": 1, "on": "yes", "with": [1.5]})";
  for (const auto& route : server_->router().Routes()) {
    size_t space = route.find(' ');
    std::string method = route.substr(0, space), path = route.substr(space + 1);
    for (auto [from, to] : {std::pair<std::string, std::string>{":id", std::to_string(id)},
                            {":format", "csv"},
                            {":job", "1"}}) {
      if (auto at = path.find(from); at != std::string::npos) path.replace(at, from.size(), to);
    }
    for (const std::string& body : {std::string("{}"), hostile, std::string("\xff\xfe")}) {
      Response r = Send(method, path, method == "GET" ? "" : body);
      EXPECT_LT(r.status, 500) << route << " with " << body << ": " << r.body;
      if (r.status >= 400) {
        auto error = nlohmann::json::parse(r.body, nullptr, false);
        EXPECT_TRUE(!error.is_discarded() && error.contains("error")) << route << ": " << r.body;
      }
    }
  }
  server_->imports().Wait();
}

TEST_F(ServerTest, ReadRoutesOnTheDemoNetwork) {
  LogIn();
  SendJson("POST", "/api/v1/demo", R"({"on": true})");
  auto today = SendJson("GET", "/api/v1/today?n=3");
  ASSERT_EQ(today["items"].size(), 3u);
  std::string id = std::to_string(today["items"][0]["person"]["id"].get<int64_t>());
  EXPECT_FALSE(SendJson("GET", "/api/v1/people/" + id + "/tie")["top"].empty());
  EXPECT_FALSE(SendJson("GET", "/api/v1/people/" + id + "/interactions?limit=5")["items"].empty());
  EXPECT_GT(SendJson("GET", "/api/v1/stats")["people"], 0);
  auto network = SendJson("GET", "/api/v1/network?nodes=50");
  EXPECT_EQ(network["nodes"].size(), 50u);
  EXPECT_FALSE(network["edges"].empty());
  EXPECT_EQ(network["health"].size(), 5u);
  auto drifting = SendJson("GET", "/api/v1/people?drifting=true&sort=strength&limit=5");
  for (const auto& p : drifting["items"]) EXPECT_TRUE(p["tie"]["drifting"]);
  auto hits = SendJson("GET", "/api/v1/search?q=a");
  EXPECT_FALSE(hits["items"].empty());
  auto name = today["items"][0]["person"]["name"].get<std::string>();
  EXPECT_EQ(Send("GET", "/api/v1/paths?to=" + id).status, 200);
  EXPECT_EQ(Send("GET", "/api/v1/upcoming?days=30").status, 200);
  EXPECT_EQ(Send("GET", "/api/v1/dupes").status, 200);
  Response backup = Send("GET", "/api/v1/export/json");
  EXPECT_EQ(backup.status, 200);
  EXPECT_THAT(backup.body, HasSubstr(name));
}

TEST_F(ServerTest, StaticFilesAndPagesCarryTheSecurityHeaders) {
  Response index = Send("GET", "/");
  EXPECT_EQ(index.status, 200);
  EXPECT_THAT(std::string(index.FindHeader("Content-Type")), HasSubstr("text/html"));
  EXPECT_THAT(std::string(index.FindHeader("Content-Security-Policy")),
              HasSubstr("script-src 'self'"));
  EXPECT_EQ(Send("GET", "/people/12").body, index.body);  // the app routes its own pages
  EXPECT_EQ(Send("GET", "/missing.js").status, 404);
}

TEST_F(ServerTest, EveryRouteIsInTheOpenApiDocument) {
  LogIn();
  auto doc = SendJson("GET", "/api/v1/openapi.json");
  for (const auto& route : server_->router().Routes()) {
    size_t space = route.find(' ');
    std::string method = route.substr(0, space), path = route.substr(space + 1);
    // "/api/v1/people/:id" → "/people/{id}"
    std::string want = path.substr(std::string(kApi).size());
    for (size_t at; (at = want.find(':')) != std::string::npos;) {
      size_t end = want.find('/', at);
      want = want.substr(0, at) + "{" + want.substr(at + 1, end - at - 1) + "}" +
             (end == std::string::npos ? "" : want.substr(end));
    }
    for (char& c : method) c = static_cast<char>(std::tolower(c));
    EXPECT_TRUE(doc["paths"].contains(want) && doc["paths"][want].contains(method))
        << route << " is missing from openapi.json as " << want;
  }
}

}  // namespace
}  // namespace kith::server
