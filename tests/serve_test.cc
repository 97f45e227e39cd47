// kith serve end to end: the real binary on a real socket.
#include <gmock/gmock.h>

#include <cstdlib>

#include "kith_test.h"
#include "serve_process.h"

namespace kith::test {
namespace {

using ::testing::HasSubstr;

class ServeTest : public KithTest {
 protected:
  // Logs in with the printed one-time link; returns the cookie and CSRF headers.
  std::map<std::string, std::string> LogIn(const ServeProcess& server) {
    HttpReply login = server.Send("GET", server.login_path());
    EXPECT_EQ(login.status, 303);
    std::string cookie = login.headers["set-cookie"];
    cookie = cookie.substr(0, cookie.find(';'));
    HttpReply session = server.Send("GET", "/api/v1/session", "", {{"Cookie", cookie}});
    std::string csrf = session.body.substr(session.body.find("\"csrf\":\"") + 8, 64);
    return {{"Cookie", cookie}, {"X-CSRF-Token", csrf}, {"Content-Type", "application/json"}};
  }
};

TEST_F(ServeTest, LogInCaptureAndReadOverHttp) {
  ServeProcess server(kith_.db());
  ASSERT_GT(server.port(), 0) << server.output();
  EXPECT_THAT(server.output(), HasSubstr("kith is serving"));
  HttpReply anon = server.Send("GET", "/api/v1/people");
  EXPECT_EQ(anon.status, 401) << anon.body << server.port() << server.output();
  auto auth = LogIn(server);

  HttpReply created = server.Send("POST", "/api/v1/people",
                                  R"({"capture": "Ben Okafor; works at Acme as CTO"})", auth);
  EXPECT_EQ(created.status, 201) << created.body;
  HttpReply list = server.Send("GET", "/api/v1/people?q=okaf", "", auth);
  EXPECT_EQ(list.status, 200);
  EXPECT_THAT(list.body, HasSubstr("Ben Okafor"));
  EXPECT_EQ(list.headers["content-type"], "application/json; charset=utf-8");

  HttpReply page = server.Send("GET", "/");
  EXPECT_EQ(page.status, 200);
  EXPECT_THAT(page.headers["content-security-policy"], HasSubstr("default-src 'self'"));
  EXPECT_EQ(server.Stop(), 0);
  // What the server wrote is in the database for the CLI.
  EXPECT_THAT(Ok({"show", "ben"}).out, HasSubstr("CTO at Acme"));
}

TEST_F(ServeTest, RefusesForeignHostsAndOversizedBodies) {
  ServeProcess server(kith_.db());
  ASSERT_GT(server.port(), 0) << server.output();
  auto auth = LogIn(server);
  EXPECT_EQ(server.Send("GET", "/api/v1/people", "", auth, "rebind.attacker.example").status, 421);
  HttpReply big = server.Send("POST", "/api/v1/people", std::string(2 << 20, 'x'), auth);
  EXPECT_EQ(big.status, 413);
}

TEST_F(ServeTest, WillNotListenBeyondThisMachineWithoutAPassword) {
  Output o = kith_.Run({"serve", "--bind", "0.0.0.0", "--port", "0"});
  EXPECT_NE(o.exit_code, 0);
  EXPECT_THAT(o.err, HasSubstr("kith passwd"));
}

TEST_F(ServeTest, PasswordIsStoredHashedAndLetsTheServerLogIn) {
  std::string command = std::string("echo 'correct horse battery' | ") + KITH_BINARY + " --db " +
                        kith_.db() + " passwd > /dev/null";
  ASSERT_EQ(std::system(command.c_str()), 0);
  EXPECT_THAT(kith_.Snapshot(), HasSubstr("$argon2id$"));
  EXPECT_THAT(kith_.Snapshot(), ::testing::Not(HasSubstr("correct horse")));
  ServeProcess server(kith_.db());
  ASSERT_GT(server.port(), 0) << server.output();
  HttpReply wrong = server.Send("POST", "/api/v1/login", R"({"password": "nope nope"})");
  EXPECT_EQ(wrong.status, 401);
  HttpReply ok = server.Send("POST", "/api/v1/login", R"({"password": "correct horse battery"})");
  EXPECT_EQ(ok.status, 200) << ok.body;
  EXPECT_THAT(ok.headers["set-cookie"], HasSubstr("HttpOnly"));
}

}  // namespace
}  // namespace kith::test
