#include "server/auth.h"

#include <gtest/gtest.h>

namespace kith::server {
namespace {

TEST(AuthTest, TokensAreRandomHex) {
  std::string a = RandomToken(), b = RandomToken();
  EXPECT_EQ(a.size(), 64u);
  EXPECT_NE(a, b);
  EXPECT_EQ(a.find_first_not_of("0123456789abcdef"), std::string::npos);
}

TEST(AuthTest, PasswordsHashWithArgon2idAndVerify) {
  auto hash = HashPassword("correct horse");
  ASSERT_TRUE(hash);
  EXPECT_TRUE(hash->starts_with("$argon2id$"));
  EXPECT_TRUE(VerifyPassword(*hash, "correct horse"));
  EXPECT_FALSE(VerifyPassword(*hash, "correct horsE"));
  EXPECT_FALSE(VerifyPassword("", "anything"));
  EXPECT_FALSE(HashPassword("short"));
}

TEST(AuthTest, SessionsExpire) {
  Auth auth("");
  auto token = auth.IssueLoginToken();
  auto session = auth.RedeemLoginToken(token, "peer", 1000);
  ASSERT_TRUE(session);
  EXPECT_TRUE(auth.Find(session->id, 1000 + kSessionSeconds - 1));
  EXPECT_FALSE(auth.Find(session->id, 1000 + kSessionSeconds));
  EXPECT_FALSE(auth.Find("", 1000));
}

TEST(AuthTest, LogoutEndsTheSession) {
  Auth auth("");
  auto session = auth.RedeemLoginToken(auth.IssueLoginToken(), "peer", 1000);
  ASSERT_TRUE(session);
  auth.Logout(session->id);
  EXPECT_FALSE(auth.Find(session->id, 1000));
}

}  // namespace
}  // namespace kith::server
