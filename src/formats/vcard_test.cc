#include "formats/vcard.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "util/text.h"

namespace kith::formats {
namespace {

// Real exporters write CRLF; the samples below are easier to read with LF.
std::string Crlf(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

Result<std::vector<Vcard>> Parse(std::string_view text) {
  std::vector<Vcard> cards;
  Status status = ParseVcards(text, "t.vcf", [&](Vcard&& card) {
    cards.push_back(std::move(card));
    return Status::Ok();
  });
  if (!status) return status;
  return cards;
}

Vcard ParseOne(std::string_view text) {
  Result<std::vector<Vcard>> cards = Parse(text);
  if (!cards) {
    ADD_FAILURE() << cards.status().message();
    return {};
  }
  EXPECT_EQ(cards->size(), 1u);
  return cards->empty() ? Vcard{} : cards->front();
}

std::string ErrorOf(std::string_view text) {
  Result<std::vector<Vcard>> cards = Parse(text);
  EXPECT_FALSE(cards.ok());
  EXPECT_EQ(cards.status().code(), Code::kInvalid);
  return cards.status().message();
}

VcardTyped Typed(std::string value, std::vector<std::string> types, bool preferred = false) {
  VcardTyped typed;
  typed.value = std::move(value);
  typed.types = std::move(types);
  typed.preferred = preferred;
  return typed;
}

VcardProperty Property(std::string group, std::string name,
                       std::vector<std::pair<std::string, std::string>> params, std::string value) {
  return {std::move(group), std::move(name), std::move(params), std::move(value)};
}

// ---------------------------------------------------------------- exporters

constexpr std::string_view kApplePhoto1 =
    "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0a";
constexpr std::string_view kApplePhoto2 =
    "HBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDQ";

std::string AppleCard() {
  return Crlf(std::string(R"(BEGIN:VCARD
VERSION:3.0
PRODID:-//Apple Inc.//macOS 14.4//EN
N:Okafor;Ben;;;
FN:Ben Okafor
ORG:Acme Corp;Sales;
TITLE:Account Manager
item1.EMAIL;type=INTERNET;type=pref:ben@example.com
item1.X-ABLabel:_$!<Other>!$_
EMAIL;type=INTERNET;type=WORK:ben.okafor@acme.example
TEL;type=CELL;type=VOICE;type=pref:+1 555 0100
item2.TEL:+44 20 7946 0000
item2.X-ABLabel:Mum's landline
item3.ADR;type=HOME;type=pref:;;12 Elm Street;Springfield;IL;62701;USA
item3.X-ABADR:us
item4.URL;type=pref:https://ben.example
item4.X-ABLabel:_$!<HomePage>!$_
BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-12
X-SOCIALPROFILE;type=twitter;x-user=benokafor:http://twitter.com/benokafor
IMPP;X-SERVICE-TYPE=Skype;type=HOME;type=pref:skype:ben.okafor
NOTE:Met at the climbing gym\, Tuesdays.\nLikes espresso\; no sugar.
PHOTO;ENCODING=b;TYPE=JPEG:)") +
              std::string(kApplePhoto1) + "\n " + std::string(kApplePhoto2) + R"(
CATEGORIES:friends,climbing
X-ABShowAs:PERSON
UID:4B6F2A1C-0D4E-4F7A-9E55-1D2C3B4A5F60
END:VCARD
)");
}

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

constexpr std::string_view kGoogleCard = R"(BEGIN:VCARD
VERSION:3.0
FN:Zoë Martin
N:Martin;Zoë;;;
EMAIL;TYPE=INTERNET;TYPE=HOME:zoe@example.org
TEL;TYPE=CELL:+33 6 12 34 56 78
ADR;TYPE=HOME:;;3 rue de la Paix;Paris;;75002;France
ORG:Atelier Martin
TITLE:Designer
BDAY:1991-02-28
item1.URL:https\://zoe.example/portfolio
item1.X-ABLabel:PROFILE
item2.X-ABRELATEDNAMES:Luc Martin
item2.X-ABLabel:_$!<Spouse>!$_
CATEGORIES:myContacts,Family
NOTE:Prefers Signal
END:VCARD
)";

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
constexpr std::string_view kAndroidCard = R"(BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Kowalski;=C5=81ukasz;;;
FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C5=81ukasz Kowalski
TEL;CELL;PREF:+48 600 100 200
TEL;HOME:+48 12 345 67 89
EMAIL;HOME:lukasz@example.pl
NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Spotkanie w Krakowie=0A=
Zadzwo=C5=84 w pi=C4=85tek=
 o 18
X-ANDROID-CUSTOM;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:vnd.android.cursor.item/nickname;=C5=81uki;1;;;;;;;;;;;;;
PHOTO;ENCODING=BASE64;JPEG:/9j/4AAQSkZJRgABAQEASABIAAD/
 2wBDAAMCAgMCAgMDAwMEAwMEBQgFBQQEBQoHBwYIDAoMDAsK

END:VCARD
)";

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
constexpr std::string_view kLatin1Card =
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=ISO-8859-1:M\xFCller;J\xFCrgen\r\n"
    "FN;CHARSET=ISO-8859-1:J\xFCrgen M\xFCller\r\n"
    "ADR;WORK;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:;;Stra=DFe "
    "1;K=F6ln;;50667;Deutschland\r\n"
    "EMAIL;PREF;INTERNET:juergen@example.de\r\n"
    "END:VCARD\r\n";

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

constexpr std::string_view kVersion4Card = R"(BEGIN:VCARD
VERSION:4.0
FN:Ana Lima
N:Lima;Ana;;Dr.;
TEL;VALUE=uri;TYPE="cell,voice";PREF=1:tel:+1-555-0142
EMAIL;TYPE=work:ana@lima.example
BDAY:--0412
ANNIVERSARY:20150620
GENDER:F
LANG;PREF=1:pt
IMPP;PREF=1:xmpp:ana@lima.example
PHOTO:data:image/png;base64,iVBORw0KGgo=
LOGO:https://lima.example/logo.png
END:VCARD
)";

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
