// A Server over a fresh database, driven in-process: log in with a one-time
// token, then send requests as a browser would (cookie, CSRF header, Host).
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "server/server.h"
#include "store/test_db.h"
#include "util/clock.h"

namespace kith::server {

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override { Start(""); }

  void Start(const std::string& password_hash) {
    server_.reset();
    ServerOptions o;
    o.db_path = dir_.File("kith.db");
    o.demo_db_path = dir_.File("demo.db");
    o.region = "GB";
    o.password_hash = password_hash;
    server_ = std::make_unique<Server>(o, clock_);
    session_.clear();
    csrf_.clear();
  }

  Request Make(std::string method, std::string target, std::string body = "") {
    Request q;
    q.method = std::move(method);
    size_t mark = target.find('?');
    q.path = target.substr(0, mark);
    if (mark != std::string::npos) q.query = ParseQuery(target.substr(mark + 1));
    q.headers["host"] = "127.0.0.1:8080";
    if (!session_.empty()) q.headers["cookie"] = std::string(kSessionCookie) + "=" + session_;
    if (!csrf_.empty()) q.headers["x-csrf-token"] = csrf_;
    q.body = std::move(body);
    q.peer = "127.0.0.1";
    return q;
  }

  Response Send(std::string method, std::string target, std::string body = "") {
    Request q = Make(std::move(method), std::move(target), std::move(body));
    return server_->Handle(q);
  }

  nlohmann::json SendJson(std::string method, std::string target, std::string body = "",
                          int want = 200) {
    Response r = Send(std::move(method), target, std::move(body));
    EXPECT_EQ(r.status, want) << target << ": " << r.body;
    auto out = nlohmann::json::parse(r.body, nullptr, false);
    EXPECT_FALSE(out.is_discarded()) << r.body;
    return out;
  }

  void LogIn() {
    std::string token = server_->auth().IssueLoginToken();
    Response r = Send("GET", "/login?token=" + token);
    ASSERT_EQ(r.status, 303) << r.body;
    std::string cookie(r.FindHeader("Set-Cookie"));
    size_t eq = cookie.find('='), semi = cookie.find(';');
    session_ = cookie.substr(eq + 1, semi - eq - 1);
    auto info = SendJson("GET", "/api/v1/session");
    csrf_ = info["csrf"].get<std::string>();
  }

  store::TempDir dir_;
  FixedClock clock_{1795176000};  // 2026-11-20T12:00:00Z
  std::unique_ptr<Server> server_;
  std::string session_, csrf_;
};

}  // namespace kith::server
