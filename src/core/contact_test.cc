#include "core/contact.h"

#include <gtest/gtest.h>

#include <random>

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

TEST(EmailTest, RoleAddressesAreKnownByTheirLocalPart) {
  EXPECT_TRUE(IsRoleAddress("sales@acme.com"));
  EXPECT_TRUE(IsRoleAddress("accounts@acme.com"));  // the first of the list
  EXPECT_TRUE(IsRoleAddress("team@acme.com"));      // and the last
  EXPECT_FALSE(IsRoleAddress("ana@acme.com"));
  EXPECT_FALSE(IsRoleAddress("salesforce@acme.com"));
  EXPECT_FALSE(IsRoleAddress("acme.com"));
}

TEST(EmailTest, PhonesAndRoleAddressesMayBeShared) {
  EXPECT_TRUE(MayBeShared(ContactKind::kPhone, "+442079460958"));
  EXPECT_TRUE(MayBeShared(ContactKind::kEmail, "sales@acme.com"));
  EXPECT_FALSE(MayBeShared(ContactKind::kEmail, "ana@acme.com"));
  EXPECT_FALSE(MayBeShared(ContactKind::kUrl, "sales@acme.com"));
}

TEST(PhoneTest, InternationalToE164) {
  EXPECT_EQ(*NormalizePhone("+44 20 7946 0958", "US"), "+442079460958");
}

TEST(PhoneTest, NationalUsesRegion) {
  EXPECT_EQ(*NormalizePhone("020 7946 0958", "GB"), "+442079460958");
  EXPECT_EQ(*NormalizePhone("(617) 555-0123", "US"), "+16175550123");
}

TEST(PhoneTest, QuickPathTakesTheCommonInternationalShape) {
  EXPECT_EQ(QuickE164("+1 (415) 867-0000"), "+14158670000");
  EXPECT_EQ(QuickE164(" +44 20 7946 0958 "), "+442079460958");
  EXPECT_EQ(QuickE164("+44 (0)20 7946 0958"), std::nullopt);  // trunk 0: the parser drops it
  EXPECT_EQ(QuickE164("+52 1 55 1234 5678"), std::nullopt);   // Mexico: not a plain country
  EXPECT_EQ(QuickE164("+1 415 867 0000 ext. 12"), std::nullopt);
  EXPECT_EQ(QuickE164("020 7946 0958"), std::nullopt);
  EXPECT_EQ(QuickE164("+44 12"), std::nullopt);
  EXPECT_EQ(QuickE164("+0 44 2958"), std::nullopt);  // found by phone_fuzz: read as +44
}

// Whatever the quick path answers, the full parse answers the same, over
// numbers of every length and leading digit in many countries (and some it
// must leave to the parser).
TEST(PhoneTest, QuickPathAgreesWithTheFullParse) {
  std::mt19937 random(7);
  const int codes[] = {1,  7,  20, 27, 31, 32, 33, 34, 39, 41, 43, 44,  45,  46,  47,
                       48, 49, 52, 54, 55, 61, 64, 81, 82, 86, 91, 351, 353, 358, 972};
  const char* separators[] = {" ", "-", ".", "", " (", ") "};
  int quick = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string phone = "+" + std::to_string(codes[random() % std::size(codes)]);
    int length = 4 + static_cast<int>(random() % 11);
    for (int i = 0; i < length; ++i) {
      if (random() % 4 == 0) phone += separators[random() % std::size(separators)];
      phone += static_cast<char>('0' + random() % 10);
    }
    auto fast = QuickE164(phone);
    if (!fast) continue;
    ++quick;
    auto full = ParsePhone(phone, "US");
    ASSERT_TRUE(full) << phone << " quick " << *fast << " full: " << full.status().message();
    ASSERT_EQ(*fast, *full) << phone;
  }
  EXPECT_GT(quick, 2000);
}

TEST(PhoneTest, QuickNationalPathTakesTheCommonNationalShapes) {
  EXPECT_EQ(QuickNationalE164("020 7946 0958", "GB"), "+442079460958");
  EXPECT_EQ(QuickNationalE164("(415) 867-0000", "US"), "+14158670000");
  EXPECT_EQ(QuickNationalE164("(415) 867-0000", ""), "+14158670000");  // the default region
  EXPECT_EQ(QuickNationalE164("030 1234567", "DE"), "+49301234567");
  EXPECT_EQ(QuickNationalE164("0044 20 7946 0958", "GB"), std::nullopt);  // "00": abroad
  EXPECT_EQ(QuickNationalE164("1 415 867 0000", "US"), std::nullopt);     // trunk 1: the parser
  EXPECT_EQ(QuickNationalE164("06 1234 5678", "IT"), std::nullopt);       // Italy keeps its 0
  EXPECT_EQ(QuickNationalE164("020 7946 0958 x12", "GB"), std::nullopt);
  EXPECT_EQ(QuickNationalE164("+44 20 7946 0958", "GB"), std::nullopt);
  EXPECT_EQ(QuickNationalE164("06489 6969", "GB"),
            std::nullopt);  // 8 digits: the parser keeps the 0
}

// As above, for national numbers in every region the quick path knows:
// trunk-0 shapes, NANP shapes, and the shapes it must leave alone.
TEST(PhoneTest, QuickNationalPathAgreesWithTheFullParse) {
  std::mt19937 random(11);
  const char* separators[] = {" ", "-", ".", "", " (", ") "};
  for (std::string_view region : QuickNationalRegions()) {
    int quick = 0;
    for (int round = 0; round < 10000; ++round) {
      std::string phone;
      int shape = static_cast<int>(random() % 4);
      if (shape == 0) phone = "0";                               // trunk 0
      if (shape == 1) phone = std::to_string(2 + random() % 8);  // NANP area code
      if (shape == 2) phone = "00";                              // abroad
      if (shape == 3) phone = std::to_string(random() % 10);     // anything
      int length = 3 + static_cast<int>(random() % 11);
      for (int i = 0; i < length; ++i) {
        if (random() % 4 == 0) phone += separators[random() % std::size(separators)];
        phone += static_cast<char>('0' + random() % 10);
      }
      auto fast = QuickNationalE164(phone, region);
      if (!fast) continue;
      ++quick;
      auto full = ParsePhone(phone, region);
      ASSERT_TRUE(full) << region << " " << phone << " quick " << *fast
                        << " full: " << full.status().message();
      ASSERT_EQ(*fast, *full) << region << " " << phone;
    }
    EXPECT_GT(quick, 50) << region;
  }
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
