#include "server/router.h"

#include <gtest/gtest.h>

#include "app/test_context.h"

namespace kith::server {
namespace {

class RouterTest : public app::AppTest {};

Handler Echo(std::string name) {
  return [name](Request& q, app::Context&) {
    Response r;
    r.body = name;
    for (const auto& [k, v] : q.params) r.body += " " + k + "=" + v;
    return r;
  };
}

TEST_F(RouterTest, MatchesLiteralsBeforeParametersInOrderAdded) {
  Router r;
  r.Add("GET", "/people/search", Echo("search"));
  r.Add("GET", "/people/:id", Echo("get"));
  r.Add("POST", "/people/:id/notes", Echo("note"));
  Request q;
  q.method = "GET";
  q.path = "/people/search";
  EXPECT_EQ(r.Dispatch(q, ctx()).body, "search");
  q.path = "/people/12/";
  EXPECT_EQ(r.Dispatch(q, ctx()).body, "get id=12");
  q.method = "POST";
  q.path = "/people/12/notes";
  EXPECT_EQ(r.Dispatch(q, ctx()).body, "note id=12");
  q.path = "/people/12";
  EXPECT_EQ(r.Dispatch(q, ctx()).status, 405);
  q.path = "/people/12/notes/3";
  EXPECT_EQ(r.Dispatch(q, ctx()).status, 404);
}

TEST(HttpTest, QueriesAndCookiesAreDecoded) {
  auto query = ParseQuery("q=zo%C3%AB+adler&tag=&x");
  EXPECT_EQ(query["q"], "zoë adler");
  EXPECT_EQ(query["tag"], "");
  EXPECT_TRUE(query.contains("x"));
  EXPECT_EQ(PercentDecode("100%", false), "100%");
  EXPECT_EQ(PercentDecode("%zz+", false), "%zz+");
  Request q;
  q.headers["cookie"] = "a=1; kith_session=abc; b=2";
  EXPECT_EQ(q.Cookie("kith_session"), "abc");
  EXPECT_EQ(q.Cookie("c"), "");
}

}  // namespace
}  // namespace kith::server
