#include "core/contact.h"

#include <gtest/gtest.h>

namespace kith::core {
namespace {

TEST(EmailTest, LowerCasesAndKeepsPlusOutsideGmail) {
  EXPECT_EQ(*NormalizeEmail(" Ana@Example.COM "), "ana@example.com");
  EXPECT_EQ(*NormalizeEmail("ana+news@example.com"), "ana+news@example.com");
}

TEST(EmailTest, GmailIgnoresDotsAndPlus) {
  EXPECT_EQ(*NormalizeEmail("Ben.Okafor+work@GMail.com"), "benokafor@gmail.com");
  EXPECT_EQ(*NormalizeEmail("ben.okafor@googlemail.com"), "benokafor@gmail.com");
}

TEST(EmailTest, RejectsMalformed) {
  EXPECT_EQ(NormalizeEmail("ben").status().message(), "invalid email 'ben': no '@'");
  EXPECT_FALSE(NormalizeEmail("@acme.example"));
  EXPECT_FALSE(NormalizeEmail("ben@acme"));
  EXPECT_FALSE(NormalizeEmail("ben@.acme"));
  EXPECT_FALSE(NormalizeEmail("ben@acme."));
  EXPECT_FALSE(NormalizeEmail("b en@acme.example"));
  EXPECT_FALSE(NormalizeEmail(std::string(300, 'a') + "@x.org"));
}

TEST(PhoneTest, InternationalToE164) {
  EXPECT_EQ(*NormalizePhone("+44 20 7946 0958", "US"), "+442079460958");
}

TEST(PhoneTest, NationalUsesRegion) {
  EXPECT_EQ(*NormalizePhone("020 7946 0958", "GB"), "+442079460958");
  EXPECT_EQ(*NormalizePhone("(617) 555-0123", "US"), "+16175550123");
}

TEST(PhoneTest, RejectsNonsense) {
  EXPECT_FALSE(NormalizePhone("12", "US"));
  EXPECT_FALSE(NormalizePhone("call me", "US"));
  EXPECT_EQ(NormalizePhone("call me", "US").status().message(), "invalid phone number 'call me'");
}

TEST(UrlTest, DropsSchemeWwwAndSlash) {
  EXPECT_EQ(NormalizeUrl("HTTPS://www.Example.com/ben/"), "example.com/ben");
}

TEST(ContactValueTest, FoldsHandles) {
  auto v = MakeContactValue(ContactKind::kHandle, "@Zoë", "US");
  ASSERT_TRUE(v);
  EXPECT_EQ(v->value, "@Zoë");
  EXPECT_EQ(v->normalized, "@zoe");
}

TEST(ContactValueTest, RejectsEmpty) {
  EXPECT_FALSE(MakeContactValue(ContactKind::kUrl, " ", "US"));
}

}  // namespace
}  // namespace kith::core
