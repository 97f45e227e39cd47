// Reading vCards: real exporters' shapes, charsets, tolerance and errors.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "formats/vcard_test_samples.h"

namespace kith::formats {
namespace {

using namespace test;  // NOLINT: the shared samples and helpers

TEST(VcardAppleTest, ReadsNamesAndOrganization) {
  Vcard card = ParseOne(AppleCard());
  EXPECT_EQ(card.line, 1);
  EXPECT_EQ(card.version, "3.0");
  EXPECT_EQ(card.formatted_name, "Ben Okafor");
  EXPECT_EQ(card.name, (VcardName{"Okafor", "Ben", "", "", ""}));
  EXPECT_EQ(card.org, "Acme Corp, Sales");
  EXPECT_EQ(card.title, "Account Manager");
  EXPECT_EQ(card.note, "Met at the climbing gym, Tuesdays.\nLikes espresso; no sugar.");
  EXPECT_EQ(card.uid, "4B6F2A1C-0D4E-4F7A-9E55-1D2C3B4A5F60");
  EXPECT_EQ(card.categories, (std::vector<std::string>{"friends", "climbing"}));
}

TEST(VcardAppleTest, GroupsAndLabelsBecomeTypes) {
  Vcard card = ParseOne(AppleCard());
  EXPECT_EQ(card.emails, (std::vector<VcardTyped>{Typed("ben@example.com", {"other"}, true),
                                                  Typed("ben.okafor@acme.example", {"work"})}));
  EXPECT_EQ(card.phones, (std::vector<VcardTyped>{Typed("+1 555 0100", {"cell", "voice"}, true),
                                                  Typed("+44 20 7946 0000", {"mum's landline"})}));
  EXPECT_EQ(card.addresses, std::vector<VcardTyped>{Typed(
                                "12 Elm Street, Springfield, IL, 62701, USA", {"home"}, true)});
  EXPECT_EQ(card.urls, std::vector<VcardTyped>{Typed("https://ben.example", {"homepage"}, true)});
}

TEST(VcardAppleTest, HandlesOmittedYearPhotoAndExtras) {
  Vcard card = ParseOne(AppleCard());
  EXPECT_EQ(card.handles,
            (std::vector<VcardTyped>{Typed("http://twitter.com/benokafor", {"twitter"}),
                                     Typed("skype:ben.okafor", {"skype", "home"}, true)}));
  EXPECT_EQ(card.birthday, (Date{0, 4, 12}));
  EXPECT_EQ(card.skipped_binary_bytes, kApplePhoto1.size() + kApplePhoto2.size());
  // PRODID is the exporter's; the used X-ABLabels are now types.
  EXPECT_EQ(card.extra, (std::vector<VcardProperty>{Property("item3", "X-ABADR", {}, "us"),
                                                    Property("", "X-ABSHOWAS", {}, "PERSON")}));
}

TEST(VcardGoogleTest, ReadsExport) {
  Vcard card = ParseOne(Crlf(kGoogleCard));
  EXPECT_EQ(card.formatted_name, "Zoë Martin");
  EXPECT_EQ(card.name.given, "Zoë");
  EXPECT_EQ(card.emails, std::vector<VcardTyped>{Typed("zoe@example.org", {"home"})});
  EXPECT_EQ(card.phones, std::vector<VcardTyped>{Typed("+33 6 12 34 56 78", {"cell"})});
  EXPECT_EQ(card.addresses,
            std::vector<VcardTyped>{Typed("3 rue de la Paix, Paris, 75002, France", {"home"})});
  EXPECT_EQ(card.urls,
            std::vector<VcardTyped>{Typed("https://zoe.example/portfolio", {"profile"})});
  EXPECT_EQ(card.birthday, (Date{1991, 2, 28}));
  EXPECT_EQ(card.categories, (std::vector<std::string>{"myContacts", "Family"}));
}

TEST(VcardGoogleTest, LabelsOfUnknownPropertiesStayWithThem) {
  Vcard card = ParseOne(Crlf(kGoogleCard));
  EXPECT_EQ(card.extra,
            (std::vector<VcardProperty>{Property("item2", "X-ABRELATEDNAMES", {}, "Luc Martin"),
                                        Property("item2", "X-ABLABEL", {}, "_$!<Spouse>!$_")}));
}

// Android's 2.1 export: UTF-8 in quoted-printable with soft line breaks, bare
// parameters, a base64 photo ended by a blank line.

TEST(VcardAndroidTest, DecodesQuotedPrintableUtf8WithSoftBreaks) {
  Vcard card = ParseOne(Crlf(kAndroidCard));
  EXPECT_EQ(card.version, "2.1");
  EXPECT_EQ(card.name, (VcardName{"Kowalski", "Łukasz", "", "", ""}));
  EXPECT_EQ(card.formatted_name, "Łukasz Kowalski");
  EXPECT_EQ(card.note, "Spotkanie w Krakowie\nZadzwoń w piątek o 18");
}

TEST(VcardAndroidTest, BareParametersAreTypes) {
  Vcard card = ParseOne(Crlf(kAndroidCard));
  EXPECT_EQ(card.phones, (std::vector<VcardTyped>{Typed("+48 600 100 200", {"cell"}, true),
                                                  Typed("+48 12 345 67 89", {"home"})}));
  EXPECT_EQ(card.emails, std::vector<VcardTyped>{Typed("lukasz@example.pl", {"home"})});
}

TEST(VcardAndroidTest, KeepsCustomRowsDecodedAndSkipsPhoto) {
  Vcard card = ParseOne(Crlf(kAndroidCard));
  EXPECT_EQ(card.extra, std::vector<VcardProperty>{
                            Property("", "X-ANDROID-CUSTOM", {},
                                     "vnd.android.cursor.item/nickname;Łuki;1;;;;;;;;;;;;;")});
  EXPECT_EQ(card.skipped_binary_bytes,
            std::string_view("/9j/4AAQSkZJRgABAQEASABIAAD/"
                             "2wBDAAMCAgMCAgMDAwMEAwMEBQgFBQQEBQoHBwYIDAoMDAsK")
                .size());
}

TEST(VcardAndroidTest, UnindentedBase64LinesBelongToThePhoto) {
  Vcard card = ParseOne(
      "BEGIN:VCARD\nVERSION:2.1\nFN:A\nPHOTO;ENCODING=BASE64;TYPE=JPEG:AAAA\nBBBB\nCC==\n\n"
      "TEL:1\nEND:VCARD\n");
  EXPECT_EQ(card.skipped_binary_bytes, 12u);  // AAAA BBBB CC==
  EXPECT_EQ(card.phones.size(), 1u);
}

// An old phone's 2.1 export in ISO-8859-1.

TEST(VcardCharsetTest, Latin1IsConverted) {
  Vcard card = ParseOne(kLatin1Card);
  EXPECT_EQ(card.formatted_name, "Jürgen Müller");
  EXPECT_EQ(card.name, (VcardName{"Müller", "Jürgen", "", "", ""}));
  EXPECT_EQ(card.addresses,
            std::vector<VcardTyped>{Typed("Straße 1, Köln, 50667, Deutschland", {"work"})});
  EXPECT_EQ(card.emails, std::vector<VcardTyped>{Typed("juergen@example.de", {}, true)});
}

TEST(VcardCharsetTest, Windows1252HasCurlyQuotesAndEuro) {
  Vcard card = ParseOne(
      "BEGIN:VCARD\nVERSION:2.1\nFN;CHARSET=WINDOWS-1252:\x93Kiki\x94\n"
      "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=CP1252:owes me 5=80\nEND:VCARD\n");
  EXPECT_EQ(card.formatted_name, "“Kiki”");
  EXPECT_EQ(card.note, "owes me 5€");
}

TEST(VcardCharsetTest, Version21WithoutCharsetFallsBackToWindows1252) {
  Vcard card = ParseOne("BEGIN:VCARD\nVERSION:2.1\nFN:Ren\xE9\nNOTE:Zoë\nEND:VCARD\n");
  EXPECT_EQ(card.formatted_name, "René");
  EXPECT_EQ(card.note, "Zoë");  // valid UTF-8 stays UTF-8
}

TEST(VcardVersion4Test, ReadsUriPhonesDatesAndPref) {
  Vcard card = ParseOne(kVersion4Card);
  EXPECT_EQ(card.name.prefix, "Dr.");
  EXPECT_EQ(card.phones, std::vector<VcardTyped>{Typed("+1-555-0142", {"cell", "voice"}, true)});
  EXPECT_EQ(card.emails, std::vector<VcardTyped>{Typed("ana@lima.example", {"work"})});
  EXPECT_EQ(card.handles, std::vector<VcardTyped>{Typed("xmpp:ana@lima.example", {}, true)});
  EXPECT_EQ(card.birthday, (Date{0, 4, 12}));
  EXPECT_EQ(card.anniversary, (Date{2015, 6, 20}));
}

TEST(VcardVersion4Test, SkipsDataUrisKeepsPhotoUrls) {
  Vcard card = ParseOne(kVersion4Card);
  EXPECT_EQ(card.skipped_binary_bytes,
            std::string_view("data:image/png;base64,iVBORw0KGgo=").size());
  EXPECT_EQ(card.extra,
            (std::vector<VcardProperty>{
                Property("", "GENDER", {}, "F"), Property("", "LANG", {{"PREF", "1"}}, "pt"),
                Property("", "LOGO", {}, "https://lima.example/logo.png")}));
}

// ---------------------------------------------------------------- tolerance

TEST(VcardToleranceTest, LfCrlfBomBlankLinesAndLowerCase) {
  Result<std::vector<Vcard>> cards = Parse(
      "\xEF\xBB\xBF\n\nbegin:vcard\nversion:3.0\nfn:One\nend:vcard\n\n\r\n"
      "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Two\r\nEND:VCARD");
  ASSERT_TRUE(cards.ok()) << cards.status().message();
  ASSERT_EQ(cards->size(), 2u);
  EXPECT_EQ((*cards)[0].formatted_name, "One");
  EXPECT_EQ((*cards)[0].line, 3);
  EXPECT_EQ((*cards)[1].formatted_name, "Two");
  EXPECT_EQ((*cards)[1].line, 9);
}

TEST(VcardToleranceTest, UnfoldsSpaceAndTab) {
  Vcard card =
      ParseOne("BEGIN:VCARD\nVERSION:3.0\nFN:Lo\n ng\n\t Name\nNOTE;LANGU\n AGE=en:x\nEND:VCARD\n");
  EXPECT_EQ(card.formatted_name, "Long Name");
  EXPECT_EQ(card.note, "x");
}

TEST(VcardToleranceTest, FormattedNameFromNameWhenMissing) {
  Vcard card = ParseOne("BEGIN:VCARD\nVERSION:3.0\nN:Curie;Marie;Salomea;Dr.;\nEND:VCARD\n");
  EXPECT_EQ(card.formatted_name, "Dr. Marie Salomea Curie");
}

TEST(VcardToleranceTest, EscapedSeparatorsInName) {
  Vcard card =
      ParseOne("BEGIN:VCARD\nVERSION:3.0\nN:Smith\\;Jones;Ann\\, Jr.;;;\nFN:x\nEND:VCARD\n");
  EXPECT_EQ(card.name.family, "Smith;Jones");
  EXPECT_EQ(card.name.given, "Ann, Jr.");
}

TEST(VcardToleranceTest, BirthdayForms) {
  struct Case {
    std::string_view value;
    std::optional<Date> date;
  };
  const Case kCases[] = {
      {"1990-04-12", Date{1990, 4, 12}},
      {"19900412", Date{1990, 4, 12}},
      {"--0412", Date{0, 4, 12}},
      {"--04-12", Date{0, 4, 12}},
      {"1990-04-12T00:00:00Z", Date{1990, 4, 12}},
      {"19900412T120000", Date{1990, 4, 12}},
      {"--0229", Date{0, 2, 29}},
      {"1990-02-30", std::nullopt},
      {"1990-04", std::nullopt},
      {"circa 1990", std::nullopt},
      {"04-12", std::nullopt},
  };
  for (const Case& c : kCases) {
    Vcard card =
        ParseOne(fmt::format("BEGIN:VCARD\nVERSION:4.0\nFN:x\nBDAY:{}\nEND:VCARD\n", c.value));
    EXPECT_EQ(card.birthday, c.date) << c.value;
    // A form kith cannot read is kept, so writing the card back loses nothing.
    EXPECT_EQ(card.extra.size(), c.date ? 0u : 1u) << c.value;
  }
}

TEST(VcardToleranceTest, LargePhotoIsSkippedQuickly) {
  std::string text = "BEGIN:VCARD\nVERSION:3.0\nFN:Big\nPHOTO;ENCODING=b;TYPE=JPEG:";
  for (int i = 0; i < 100000; ++i) text += std::string(74, 'A') + "\n ";
  text += "AA==\nEND:VCARD\n";
  Vcard card = ParseOne(text);
  EXPECT_EQ(card.skipped_binary_bytes, 100000u * 74 + 4);
  EXPECT_EQ(card.formatted_name, "Big");
}

TEST(VcardToleranceTest, StreamsCardsAndStopsWhenTheCallerSaysSo) {
  int seen = 0;
  Status status = ParseVcards("BEGIN:VCARD\nFN:a\nEND:VCARD\nBEGIN:VCARD\nFN:b\nEND:VCARD\n",
                              "t.vcf", [&](Vcard&&) {
                                ++seen;
                                return Status::Conflict("enough");
                              });
  EXPECT_EQ(seen, 1);
  EXPECT_EQ(status.code(), Code::kConflict);
  EXPECT_EQ(status.message(), "enough");
}

// ---------------------------------------------------------------- errors

TEST(VcardErrorTest, MalformedInputNamesThePlace) {
  struct Case {
    std::string_view text;
    std::string_view error;
  };
  const Case kCases[] = {
      {"BEGIN:VCARD\nVERSION:3.0\nFN:A\n", "t.vcf:1: BEGIN:VCARD without END:VCARD"},
      {"\nEND:VCARD\n", "t.vcf:2: END:VCARD without BEGIN:VCARD"},
      {"BEGIN:VCARD\nFN A\nEND:VCARD\n", "t.vcf:2: property line without ':'"},
      {"BEGIN:VCARD\nFN:A\nBEGIN:VCARD\nFN:B\nEND:VCARD\n",
       "t.vcf:3: BEGIN:VCARD inside a card (missing END:VCARD?)"},
      {"BEGIN:VCARD\nVERSION:3.0\nFN:M\xFCller\nEND:VCARD\n", "t.vcf:3: invalid UTF-8 in FN value"},
      {"BEGIN:VCARD\nVERSION:2.1\nFN;CHARSET=UTF-8:M\xFCller\nEND:VCARD\n",
       "t.vcf:3: invalid UTF-8 in FN value"},
      {"BEGIN:VCARD\nVERSION:4.0\nNOTE;X-A=\xFF:x\nEND:VCARD\n",
       "t.vcf:3: invalid UTF-8 in NOTE parameters"},
      {"BEGIN:VCARD\nVERSION:2.1\nNOTE;ENCODING=QUOTED-PRINTABLE:abc=\nEND:VCARD\n",
       "t.vcf:3: unterminated quoted-printable value"},
      {"BEGIN:VCARD\nNOTE;ENCODING=QUOTED-PRINTABLE:abc=",
       "t.vcf:2: unterminated quoted-printable value"},
      {"BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=SHIFT_JIS:x\nEND:VCARD\n",
       "t.vcf:3: unsupported charset 'SHIFT_JIS'"},
      {"FN:Stray\n", "t.vcf:1: expected BEGIN:VCARD"},
      {"BEGIN:VCARD\nCall me at 5:00\nEND:VCARD\n",
       "t.vcf:2: invalid property name 'Call me at 5'"},
      {"BEGIN:VCARD\nTEL;TYPE=\"cell:+1\nEND:VCARD\n",
       "t.vcf:2: unterminated quoted parameter value"},
      {"BEGIN:VCARD\nTEL;TY PE=cell:+1\nEND:VCARD\n", "t.vcf:2: invalid parameter name 'TY PE'"},
      {"BEGIN:VCARD\nFN:A\nEND:VCALENDAR\n", "t.vcf:3: END inside a card (expected END:VCARD)"},
      {"BEGIN:VCARD\nFN:a\n b\nNOTE\nEND:VCARD\n", "t.vcf:4: property line without ':'"},
  };
  for (const Case& c : kCases) EXPECT_EQ(ErrorOf(c.text), c.error) << c.text;
}

TEST(VcardErrorTest, CardOverTenMegabytes) {
  std::string text = "\nBEGIN:VCARD\nVERSION:3.0\nFN:x\n";
  for (int i = 0; i < 11; ++i) text += "NOTE:" + std::string(1 << 20, 'x') + "\n";
  text += "END:VCARD\n";
  EXPECT_EQ(ErrorOf(text), "t.vcf:2: card larger than 10 MB");
}

}  // namespace
}  // namespace kith::formats
