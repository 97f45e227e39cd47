// Writing vCards 3.0 and 4.0, and round trips through the reader.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "formats/vcard_test_samples.h"

namespace kith::formats {
namespace {

using namespace test;  // NOLINT: the shared samples and helpers

// ---------------------------------------------------------------- writer

Vcard SmallCard() {
  Vcard card;
  card.formatted_name = "Ben Okafor";
  card.name = {"Okafor", "Ben", "", "", ""};
  card.emails = {Typed("ben@example.com", {"work", "mum's"}, true)};
  card.phones = {Typed("+1 555 0100", {"cell"})};
  card.birthday = Date{0, 4, 12};
  card.categories = {"friends", "a,b"};
  card.note = "Line one\nLine two; with a \\ backslash";
  card.extra = {Property("item1", "X-ABDATE", {{"TYPE", "pref"}}, "2010-06-12"),
                Property("", "X-CUSTOM", {{"X-NOTE", "a:b"}}, "v")};
  return card;
}

TEST(WriteVcardTest, Version3Exactly) {
  EXPECT_EQ(WriteVcard(SmallCard(), 3),
            "BEGIN:VCARD\r\n"
            "VERSION:3.0\r\n"
            "PRODID:-//kith//kith//EN\r\n"
            "FN:Ben Okafor\r\n"
            "N:Okafor;Ben;;;\r\n"
            "item2.EMAIL;TYPE=work,pref:ben@example.com\r\n"
            "item2.X-ABLABEL:mum's\r\n"
            "TEL;TYPE=cell:+1 555 0100\r\n"
            "BDAY:--04-12\r\n"
            "CATEGORIES:friends,a\\,b\r\n"
            "NOTE:Line one\\nLine two\\; with a \\\\ backslash\r\n"
            "item1.X-ABDATE;TYPE=pref:2010-06-12\r\n"
            "X-CUSTOM;X-NOTE=\"a:b\":v\r\n"
            "END:VCARD\r\n");
}

TEST(WriteVcardTest, Version4UsesPrefParameterAndBasicDates) {
  Vcard card = SmallCard();
  card.birthday = Date{1990, 4, 12};
  card.anniversary = Date{0, 6, 1};
  std::string vcf = WriteVcard(card, 4);
  EXPECT_NE(vcf.find("\r\nVERSION:4.0\r\n"), std::string::npos);
  EXPECT_NE(vcf.find("\r\nitem2.EMAIL;TYPE=work;PREF=1:ben@example.com\r\n"), std::string::npos);
  EXPECT_NE(vcf.find("\r\nBDAY:19900412\r\n"), std::string::npos);
  EXPECT_NE(vcf.find("\r\nANNIVERSARY:--0601\r\n"), std::string::npos);
}

TEST(WriteVcardTest, FoldsAtSeventyFiveOctetsBetweenCharacters) {
  Vcard card;
  card.formatted_name = "";
  for (int i = 0; i < 40; ++i) card.formatted_name += "Łódź ";
  card.formatted_name += "end";
  std::string vcf = WriteVcard(card, 4);
  size_t start = 0;
  for (size_t end; (end = vcf.find("\r\n", start)) != std::string::npos; start = end + 2) {
    std::string line = vcf.substr(start, end - start);
    EXPECT_LE(line.size(), 75u) << line;
    EXPECT_TRUE(IsValidUtf8(line)) << line;
  }
  EXPECT_EQ(start, vcf.size());
  EXPECT_EQ(ParseOne(vcf).formatted_name, card.formatted_name);
}

TEST(WriteVcardTest, LabelGroupsAvoidGroupsExtrasUse) {
  Vcard card;
  card.formatted_name = "x";
  card.phones = {Typed("1", {"sat phone"})};
  card.extra = {Property("ITEM1", "X-ABLABEL", {}, "orphan")};
  std::string vcf = WriteVcard(card, 3);
  EXPECT_NE(vcf.find("\r\nitem2.TEL:1\r\nitem2.X-ABLABEL:sat phone\r\n"), std::string::npos) << vcf;
  Vcard back = ParseOne(vcf);
  EXPECT_EQ(back.phones, card.phones);
  EXPECT_EQ(back.extra, card.extra);
}

TEST(WriteVcardTest, ExtraValuesStayOnOneLine) {
  Vcard card = ParseOne(
      "BEGIN:VCARD\nVERSION:2.1\nFN:x\nX-NOTE;ENCODING=QUOTED-PRINTABLE:a=0D=0Ab\nEND:VCARD\n");
  ASSERT_EQ(card.extra.size(), 1u);
  EXPECT_EQ(card.extra[0].value, "a\\nb");
  EXPECT_NE(WriteVcard(card, 3).find("\r\nX-NOTE:a\\nb\r\n"), std::string::npos);
}

// ---------------------------------------------------------------- round trips

void ExpectSameContact(const Vcard& a, const Vcard& b) {
  EXPECT_EQ(a.formatted_name, b.formatted_name);
  EXPECT_EQ(a.name, b.name);
  EXPECT_EQ(a.org, b.org);
  EXPECT_EQ(a.title, b.title);
  EXPECT_EQ(a.note, b.note);
  EXPECT_EQ(a.uid, b.uid);
  EXPECT_EQ(a.emails, b.emails);
  EXPECT_EQ(a.phones, b.phones);
  EXPECT_EQ(a.urls, b.urls);
  EXPECT_EQ(a.addresses, b.addresses);
  EXPECT_EQ(a.handles, b.handles);
  EXPECT_EQ(a.birthday, b.birthday);
  EXPECT_EQ(a.anniversary, b.anniversary);
  EXPECT_EQ(a.categories, b.categories);
  EXPECT_EQ(a.extra, b.extra);
}

class VcardRoundTripTest : public testing::TestWithParam<int> {};

TEST_P(VcardRoundTripTest, Apple) {
  Vcard card = ParseOne(AppleCard());
  Vcard back = ParseOne(WriteVcard(card, GetParam()));
  ExpectSameContact(card, back);
  EXPECT_EQ(back.skipped_binary_bytes, 0u);  // photos are not written
}

TEST_P(VcardRoundTripTest, Google) {
  Vcard card = ParseOne(Crlf(kGoogleCard));
  ExpectSameContact(card, ParseOne(WriteVcard(card, GetParam())));
}

TEST_P(VcardRoundTripTest, Android21) {
  Vcard card = ParseOne(Crlf(kAndroidCard));
  ExpectSameContact(card, ParseOne(WriteVcard(card, GetParam())));
}

TEST_P(VcardRoundTripTest, Latin1) {
  Vcard card = ParseOne(kLatin1Card);
  ExpectSameContact(card, ParseOne(WriteVcard(card, GetParam())));
}

TEST_P(VcardRoundTripTest, Version4) {
  Vcard card = ParseOne(kVersion4Card);
  ExpectSameContact(card, ParseOne(WriteVcard(card, GetParam())));
}

TEST_P(VcardRoundTripTest, HostileText) {
  Vcard card;
  card.formatted_name = "Semi;colon, comma \\ back\nslash\ttab 李娜 🙂";
  card.name = {"a;b", "c,d", "e\\f", "g\nh", "i:j"};
  card.org = "Acme, Inc.";
  card.emails = {Typed("x@y.z", {"home", "odd;label", "pref2"}, true)};
  card.addresses = {Typed("1 Main St, Springfield; USA", {"postal"})};
  card.handles = {Typed("jdoe", {"twitter"}), Typed("sip:jdoe@example.com", {"work"})};
  card.birthday = Date{0, 2, 29};
  card.categories = {"a,b", "c;d"};
  card.extra = {Property("g1", "X-THING", {{"TYPE", "x"}, {"X-Q", "a;b"}, {"X-E", ""}}, "v;w,z")};
  ExpectSameContact(card, ParseOne(WriteVcard(card, GetParam())));
}

// Found by fuzz/vcard_fuzz.cc: each decision the reader makes about a value
// or parameter must come out the same when it reads its own output.

TEST_P(VcardRoundTripTest, ControlCharactersInEncodingStillMeanBase64) {
  Vcard card = ParseOne(
      "BEGIN:VCARD\nVERSION:3.0\nFN:x\nPHOTO;ENCODING=\x01\x02"
      "b:AAAA\nEND:VCARD\n");
  EXPECT_EQ(card.skipped_binary_bytes, 4u);
  EXPECT_TRUE(card.extra.empty());
}

TEST_P(VcardRoundTripTest, DataUriBehindControlCharactersIsSkipped) {
  Vcard card = ParseOne(
      "BEGIN:VCARD\nVERSION:3.0\nFN:x\nPHOTO:\x01"
      "data\x02"
      ":image/png;base64,AA\nEND:VCARD\n");
  EXPECT_TRUE(card.extra.empty());
  EXPECT_EQ(card.skipped_binary_bytes, 26u);
}

TEST_P(VcardRoundTripTest, DateWithControlCharactersReadsTheSameTwice) {
  Vcard card = ParseOne(
      "BEGIN:VCARD\nVERSION:3.0\nFN:x\nBDAY:1990-04-\x01\x02"
      "12\nBDAY:1991-01-01\nANNIVERSARY:2001-\x01"
      "13-01\nEND:VCARD\n");
  EXPECT_EQ(card.birthday, (Date{1990, 4, 12}));
  EXPECT_EQ(card.anniversary, std::nullopt);
  ExpectSameContact(card, ParseOne(WriteVcard(card, GetParam())));
}

TEST_P(VcardRoundTripTest, FoldedLineAfterBase64IsNotPhotoData) {
  Vcard card;
  card.formatted_name = "x";
  card.extra = {Property("", "X-DATA", {{"ENCODING", "b"}}, "AAAA"),
                Property("", "X-LONG", {{"X-P", std::string(80, 'Q')}}, "kept")};
  ExpectSameContact(card, ParseOne(WriteVcard(card, GetParam())));
}

INSTANTIATE_TEST_SUITE_P(Versions, VcardRoundTripTest, testing::Values(3, 4),
                         [](const testing::TestParamInfo<int>& info) {
                           return "Version" + std::to_string(info.param);
                         });

}  // namespace
}  // namespace kith::formats
