// Date: values as mail clients have written them.
#include <gtest/gtest.h>

#include <cstdint>
#include <optional>

#include "formats/mail.h"

namespace kith::formats {
namespace {

// 2003-07-01 08:52:37 UTC.
constexpr int64_t kJuly1 = 1057049557;

TEST(MailDateTest, Rfc5322) {
  EXPECT_EQ(ParseMailDate("Tue, 1 Jul 2003 10:52:37 +0200"), kJuly1);
  EXPECT_EQ(ParseMailDate("Tue, 01 Jul 2003 08:52:37 +0000"), kJuly1);
  EXPECT_EQ(ParseMailDate("Mon, 30 Jun 2003 22:22:37 -1030"), kJuly1);
  EXPECT_EQ(ParseMailDate("Thu, 01 Jan 1970 00:00:00 +0000"), 0);
}

TEST(MailDateTest, ObsoleteForms) {
  EXPECT_EQ(ParseMailDate("1 Jul 2003 10:52:37 +0200"), kJuly1);         // no weekday
  EXPECT_EQ(ParseMailDate("Tue, 1 Jul 03 10:52:37 +0200"), kJuly1);      // two-digit year
  EXPECT_EQ(ParseMailDate("Tue, 1 Jul 103 10:52:37 +0200"), kJuly1);     // three-digit year
  EXPECT_EQ(ParseMailDate("Tue,1 July 2003 10:52:37 +0200"), kJuly1);    // full month name
  EXPECT_EQ(ParseMailDate("Tue, 1 Jul 2003 10:52 +0200"), kJuly1 - 37);  // no seconds
  EXPECT_EQ(ParseMailDate("Tue, 1 Jul 2003 10:52:37 +0200 (CEST)"), kJuly1);
  EXPECT_EQ(ParseMailDate("Tue, 1 Jul 2003 (a comment) 10:52:37 +0200"), kJuly1);
  EXPECT_EQ(ParseMailDate("Tue, 1 Jul 1999 10:52:37 +0200"), kJuly1 - 1461 * 86400);
  EXPECT_EQ(ParseMailDate("Tue, 1 Jul 99 10:52:37 +0200"), kJuly1 - 1461 * 86400);
}

TEST(MailDateTest, ZoneNames) {
  EXPECT_EQ(ParseMailDate("Tue, 1 Jul 2003 08:52:37 GMT"), kJuly1);
  EXPECT_EQ(ParseMailDate("Tue, 1 Jul 2003 08:52:37 UT"), kJuly1);
  EXPECT_EQ(ParseMailDate("Tue, 1 Jul 2003 08:52:37 Z"), kJuly1);
  EXPECT_EQ(ParseMailDate("Tue, 1 Jul 2003 03:52:37 EST"), kJuly1);
  EXPECT_EQ(ParseMailDate("Tue, 1 Jul 2003 01:52:37 PDT"), kJuly1);
  EXPECT_EQ(ParseMailDate("Tue, 1 Jul 2003 10:52:37 GMT+0200"), kJuly1);
  EXPECT_EQ(ParseMailDate("Tue, 1 Jul 2003 10:52:37 +02:00"), kJuly1);
  // Unknown names count as UTC (RFC 5322 section 4.3).
  EXPECT_EQ(ParseMailDate("Tue, 1 Jul 2003 08:52:37 CEST"), kJuly1);
  EXPECT_EQ(ParseMailDate("Tue, 1 Jul 2003 08:52:37"), kJuly1);  // no zone
}

TEST(MailDateTest, Asctime) {
  EXPECT_EQ(ParseMailDate("Tue Jul  1 08:52:37 2003"), kJuly1);
  EXPECT_EQ(ParseMailDate("Tue Jul 1 10:52:37 2003 +0200"), kJuly1);
}

TEST(MailDateTest, LeapSecondIsTheSecondBefore) {
  EXPECT_EQ(ParseMailDate("Wed, 31 Dec 2008 23:59:60 +0000"), 1230767999);
}

TEST(MailDateTest, GarbageIsNullopt) {
  EXPECT_EQ(ParseMailDate(""), std::nullopt);
  EXPECT_EQ(ParseMailDate("yesterday"), std::nullopt);
  EXPECT_EQ(ParseMailDate("0"), std::nullopt);
  EXPECT_EQ(ParseMailDate("Tue, 31 Feb 2003 10:52:37 +0200"), std::nullopt);
  EXPECT_EQ(ParseMailDate("Tue, 1 Foo 2003 10:52:37 +0200"), std::nullopt);
  EXPECT_EQ(ParseMailDate("Tue, 1 Jul 2003 25:52:37 +0200"), std::nullopt);
  EXPECT_EQ(ParseMailDate("Tue, 1 Jul 2003 10:52:37 +2"), std::nullopt);
  EXPECT_EQ(ParseMailDate("Tue, 1 Jul 2003 10:52:37 +0299"), std::nullopt);
  EXPECT_EQ(ParseMailDate("Tue, 1 Jul 2003"), std::nullopt);
  EXPECT_EQ(ParseMailDate("2003-07-01T08:52:37Z"), std::nullopt);
}

TEST(MailDateTest, BackslashEndingAnUnterminatedComment) {
  // Found by mail_address_fuzz: the escape skipped past the end of the value.
  EXPECT_EQ(ParseMailDate("Tue, 1 Jul 2003 (\\"), std::nullopt);
  EXPECT_EQ(ParseMailDate("1 Jul 2003 10:52:37 +0200 (CEST \\"), 1057049557);
}

}  // namespace
}  // namespace kith::formats
