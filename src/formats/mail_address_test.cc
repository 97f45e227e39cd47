// Address lists and RFC 2047 names: the shapes real mail headers hold.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "formats/mail.h"
#include "util/text.h"

namespace kith::formats {
namespace {

std::vector<MailAddress> Parse(std::string_view value) {
  std::vector<MailAddress> out;
  out.resize(ParseAddressList(value, out, 0));
  return out;
}

std::string Decode(std::string_view text) {
  std::string out;
  DecodeHeaderText(text, out);
  return out;
}

using List = std::vector<MailAddress>;

TEST(AddressListTest, NameAndAngleAddress) {
  EXPECT_EQ(Parse("Ben Okafor <ben@example.com>"), (List{{"Ben Okafor", "ben@example.com"}}));
  EXPECT_EQ(Parse("  Ben   Okafor  < ben@example.com > "),
            (List{{"Ben Okafor", "ben@example.com"}}));
  EXPECT_EQ(Parse("<ben@example.com>"), (List{{"", "ben@example.com"}}));
}

TEST(AddressListTest, BareAddressesAndCommas) {
  EXPECT_EQ(Parse("ben@example.com, ana@example.org,,"),
            (List{{"", "ben@example.com"}, {"", "ana@example.org"}}));
}

TEST(AddressListTest, QuotedNamesKeepCommasAndEscapes) {
  EXPECT_EQ(Parse(R"("Okafor, Ben" <ben@example.com>, "Ana \"AJ\" Jones" <aj@example.org>)"),
            (List{{"Okafor, Ben", "ben@example.com"}, {"Ana \"AJ\" Jones", "aj@example.org"}}));
}

TEST(AddressListTest, CommentsAreNamesOnlyForBareAddresses) {
  EXPECT_EQ(Parse("ben@example.com (Ben Okafor)"), (List{{"Ben Okafor", "ben@example.com"}}));
  EXPECT_EQ(Parse("Ben <ben@example.com> (work, mostly)"), (List{{"Ben", "ben@example.com"}}));
  EXPECT_EQ(Parse("Ben (the (nested) one) Okafor <ben@example.com>"),
            (List{{"Ben Okafor", "ben@example.com"}}));
}

TEST(AddressListTest, GroupsGiveTheirMembers) {
  EXPECT_EQ(Parse("undisclosed-recipients:;"), List{});
  EXPECT_EQ(Parse("Team: Ben <ben@example.com>, ana@example.org;, zoe@example.net"),
            (List{{"Ben", "ben@example.com"}, {"", "ana@example.org"}, {"", "zoe@example.net"}}));
}

TEST(AddressListTest, WithoutAnAtSignIsNotAnAddress) {
  EXPECT_EQ(Parse("Ben Okafor"), List{});
  EXPECT_EQ(Parse("root, <postmaster>"), List{});
}

TEST(AddressListTest, ColonAfterAngleAddressDoesNotLoop) {
  // Found by mail_address_fuzz: ':' after "<...>" was left unread forever.
  EXPECT_EQ(Parse("<a@b.example> : c@d.example, e@f.example"),
            (List{{"", "a@b.example"}, {"", "e@f.example"}}));
  EXPECT_EQ(Parse("Ben <ben@example.com> trailing words"), (List{{"Ben", "ben@example.com"}}));
}

TEST(AddressListTest, ControlCharactersLeaveAddressesAndNames) {
  EXPECT_EQ(Parse("Ben\x01Okafor <ben@exa\rmple.com>"), (List{{"Ben Okafor", "ben@example.com"}}));
}

TEST(AddressListTest, SourceRouteIsDropped) {
  EXPECT_EQ(Parse("<@relay.example:ben@example.com>"), (List{{"", "ben@example.com"}}));
}

TEST(AddressListTest, EncodedNames) {
  EXPECT_EQ(Parse("=?UTF-8?B?Wm/DqyBNYXJ0aW4=?= <zoe@example.org>"),
            (List{{"Zoë Martin", "zoe@example.org"}}));
  EXPECT_EQ(Parse("=?iso-8859-1?Q?Jos=E9_Garc=EDa?= <jose@example.es>"),
            (List{{"José García", "jose@example.es"}}));
  // A Q-encoded comma does not split the list.
  EXPECT_EQ(Parse("=?utf-8?q?Okafor,_Ben?= <ben@example.com>, ana@example.org"),
            (List{{"Okafor, Ben", "ben@example.com"}, {"", "ana@example.org"}}));
  // Encoded-words inside quotes are decoded too, as Thunderbird and GMime do.
  EXPECT_EQ(Parse("\"=?UTF-8?Q?=C5=81ukasz?= Kowalski\" <lk@example.pl>"),
            (List{{"Łukasz Kowalski", "lk@example.pl"}}));
}

TEST(AddressListTest, RawEightBitNames) {
  EXPECT_EQ(Parse("Zo\xC3\xAB <zoe@example.org>"), (List{{"Zoë", "zoe@example.org"}}));
  EXPECT_EQ(Parse("Jos\xE9 <jose@example.es>"), (List{{"José", "jose@example.es"}}));
}

TEST(AddressListTest, AppendsAfterCountAndReusesStrings) {
  std::vector<MailAddress> out(3, MailAddress{"old name", "old@example.com"});
  size_t n = ParseAddressList("ben@example.com", out, 1);
  EXPECT_EQ(n, 2u);
  out.resize(n);
  EXPECT_EQ(out, (List{{"old name", "old@example.com"}, {"", "ben@example.com"}}));
}

TEST(HeaderTextTest, AdjacentEncodedWordsJoinWithoutTheirSpace) {
  EXPECT_EQ(Decode("=?UTF-8?Q?Zo=C3=AB?= =?UTF-8?Q?_Martin?="), "Zoë Martin");
  EXPECT_EQ(Decode("=?UTF-8?B?SGVs?=\r\n =?UTF-8?B?bG8=?= world"), "Hello world");
  EXPECT_EQ(Decode("Re: =?ISO-8859-1?Q?caf=E9?= ok"), "Re: café ok");
}

TEST(HeaderTextTest, Latin1IsReadAsWindows1252) {
  EXPECT_EQ(Decode("=?iso-8859-1?q?=80uro_=93quoted=94?="), "€uro “quoted”");
}

TEST(HeaderTextTest, OtherCharsetsGoThroughIconv) {
  EXPECT_EQ(Decode("=?ISO-8859-2?Q?=A3ukasz?="), "Łukasz");
  EXPECT_EQ(Decode("=?koi8-r?b?8NLJ18XU?="), "Привет");
  EXPECT_EQ(Decode("=?utf-8*en?q?Ben?="), "Ben");  // RFC 2231 language
}

TEST(HeaderTextTest, UndecodableWordsStayAsWritten) {
  EXPECT_EQ(Decode("=?x-unknown?q?abc?="), "=?x-unknown?q?abc?=");
  EXPECT_EQ(Decode("=?utf-8?x?abc?="), "=?utf-8?x?abc?=");
  EXPECT_EQ(Decode("=?utf-8?b?!!!?="), "=?utf-8?b?!!!?=");
  EXPECT_EQ(Decode("=?utf-8?q?no end"), "=?utf-8?q?no end");
}

TEST(HeaderTextTest, ControlCharactersBecomeSpaces) {
  EXPECT_EQ(Decode("=?utf-8?q?Ben=0D=0AOkafor?="), "Ben  Okafor");
  EXPECT_EQ(Parse("=?utf-8?q?Ben=0D=0AOkafor?= <ben@example.com>"),
            (List{{"Ben Okafor", "ben@example.com"}}));
}

TEST(HeaderTextTest, InvalidUtf8InAnEncodedWordIsWindows1252) {
  EXPECT_EQ(Decode("=?utf-8?q?Jos=E9?="), "José");
}

// Found by mail_address_fuzz: iconv took "UTF;8" for UTF-8 and passed the
// bytes FA AA AA AA AA (an old five-byte form) through unchanged.
TEST(HeaderTextTest, WhatIconvGivesBackIsRepairedToUtf8) {
  std::string decoded = Decode("=?UTF;8?B?+qqqqqqq?= Ana");
  EXPECT_TRUE(IsValidUtf8(decoded)) << decoded;
  EXPECT_TRUE(decoded.ends_with(" Ana")) << decoded;
  auto list = Parse("=?UTF;8?B?+qqqqqqq?= Ana <ana@example.com>");
  ASSERT_EQ(list.size(), 1u);
  EXPECT_TRUE(IsValidUtf8(list[0].name)) << list[0].name;
}

}  // namespace
}  // namespace kith::formats
