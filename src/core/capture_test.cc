#include "core/capture.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "util/date.h"

namespace kith::core {

void PrintTo(const CapturedFact& fact, std::ostream* os) {
  *os << "{" << Name(fact.kind) << ", \"" << fact.text << "\"}";
}
void PrintTo(const CapturedDate& date, std::ostream* os) {
  *os << "{" << date.kind << ", " << FormatDate(date.date) << "}";
}

namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

// Parses a line that must parse.
Capture Parse(std::string_view line) {
  Result<Capture> capture = ParseCapture(line);
  EXPECT_TRUE(capture.ok()) << capture.status().message();
  return capture.ok() ? *capture : Capture{};
}

// The message of a line that must fail with Invalid.
std::string Error(std::string_view line) {
  Result<Capture> capture = ParseCapture(line);
  EXPECT_FALSE(capture.ok()) << "parsed: " << line;
  EXPECT_EQ(capture.status().code(), Code::kInvalid);
  return capture.status().message();
}

TEST(ParseCaptureTest, TheExampleFromTheDocs) {
  Capture c = Parse(
      "Ben Okafor; met at Venture Cafe via Ana Silva; works at Acme as CTO; dog Biscuit; "
      "likes trail running; needs a designer; offers mentoring; ben@acme.example");
  EXPECT_EQ(c.name, "Ben Okafor");
  EXPECT_EQ(c.met_at, "Venture Cafe");
  EXPECT_EQ(c.met_via, "Ana Silva");
  EXPECT_EQ(c.company, "Acme");
  EXPECT_EQ(c.title, "CTO");
  EXPECT_THAT(c.facts, ElementsAre(CapturedFact{FactKind::kPet, "dog Biscuit"},
                                   CapturedFact{FactKind::kLike, "trail running"}));
  EXPECT_THAT(c.needs, ElementsAre("a designer"));
  EXPECT_THAT(c.offers, ElementsAre("mentoring"));
  EXPECT_THAT(c.emails, ElementsAre("ben@acme.example"));
  EXPECT_THAT(c.notes, IsEmpty());
  EXPECT_THAT(c.phones, IsEmpty());
  EXPECT_FALSE(c.met_on.has_value());
}

TEST(ParseCaptureTest, NameAloneIsEnough) {
  Capture c = Parse("  Ben   Okafor  ");
  EXPECT_EQ(c.name, "Ben Okafor");
  EXPECT_THAT(c.notes, IsEmpty());
}

TEST(ParseCaptureTest, LeadingWordsMatchInAnyCase) {
  Capture c = Parse("Ben; MET AT Venture Cafe; Works At Acme; LIKES jazz");
  EXPECT_EQ(c.met_at, "Venture Cafe");
  EXPECT_EQ(c.company, "Acme");
  EXPECT_THAT(c.facts, ElementsAre(CapturedFact{FactKind::kLike, "jazz"}));
}

TEST(ParseCaptureTest, MetAtWithDateAndIntroducer) {
  Capture c = Parse("Ben; met at Venture Cafe on 2026-11-20 through Ana Silva");
  EXPECT_EQ(c.met_at, "Venture Cafe");
  EXPECT_EQ(c.met_via, "Ana Silva");
  EXPECT_EQ(c.met_on, (Date{2026, 11, 20}));
}

TEST(ParseCaptureTest, MetWithoutAtAndOnWithoutDateStaysInThePlace) {
  Capture c = Parse("Ben; met the zoo on Main St");
  EXPECT_EQ(c.met_at, "the zoo on Main St");
  EXPECT_FALSE(c.met_on.has_value());
}

TEST(ParseCaptureTest, MetFollowedByADateIsTheDay) {
  Capture c = Parse("Ben; met 2026-11-20");
  EXPECT_EQ(c.met_on, (Date{2026, 11, 20}));
  EXPECT_EQ(c.met_at, "");
}

TEST(ParseCaptureTest, IntroducerClausesAlone) {
  EXPECT_EQ(Parse("Ben; via Ana Silva").met_via, "Ana Silva");
  EXPECT_EQ(Parse("Ben; through Zoë").met_via, "Zoë");
  EXPECT_EQ(Parse("Ben; introduced by Ana").met_via, "Ana");
  EXPECT_EQ(Parse("Ben; met via Ana").met_via, "Ana");
}

TEST(ParseCaptureTest, WorkClauses) {
  Capture a = Parse("Ben; works for Acme Corp");
  EXPECT_EQ(a.company, "Acme Corp");
  EXPECT_EQ(a.title, "");
  Capture b = Parse("Ben; works as a designer at Studio 9");
  EXPECT_EQ(b.title, "designer");
  EXPECT_EQ(b.company, "Studio 9");
  Capture c = Parse("Ben; title Head of Growth; company Acme");
  EXPECT_EQ(c.title, "Head of Growth");
  EXPECT_EQ(c.company, "Acme");
  EXPECT_EQ(Parse("Ben; role: founder").title, "founder");
}

TEST(ParseCaptureTest, IsTitleAtCompany) {
  Capture c = Parse("Ben; is CTO at Acme");
  EXPECT_EQ(c.title, "CTO");
  EXPECT_EQ(c.company, "Acme");
  EXPECT_THAT(Parse("Ben; is vegetarian").notes, ElementsAre("is vegetarian"));
}

TEST(ParseCaptureTest, BareTitleAtCompanyIsANote) {
  Capture c = Parse("Ben; CTO at Acme");
  EXPECT_EQ(c.company, "");
  EXPECT_THAT(c.notes, ElementsAre("CTO at Acme"));
}

TEST(ParseCaptureTest, PartnerAtACompanyIsAJobOtherwiseFamily) {
  Capture job = Parse("Ben; Partner at Sequoia");
  EXPECT_EQ(job.title, "Partner");
  EXPECT_EQ(job.company, "Sequoia");
  EXPECT_THAT(Parse("Ben; partner Sam").facts,
              ElementsAre(CapturedFact{FactKind::kFamily, "partner Sam"}));
}

TEST(ParseCaptureTest, LocationClauses) {
  EXPECT_EQ(Parse("Ben; lives in Lagos").location, "Lagos");
  EXPECT_EQ(Parse("Ben; based in São Paulo").location, "São Paulo");
  EXPECT_EQ(Parse("Ben; from Kraków").location, "Kraków");
}

TEST(ParseCaptureTest, PetsKeepTheWholeClause) {
  Capture c = Parse("Ben; cats Miso and Tofu; guinea pig Pip; Dog");
  EXPECT_THAT(c.facts, ElementsAre(CapturedFact{FactKind::kPet, "cats Miso and Tofu"},
                                   CapturedFact{FactKind::kPet, "guinea pig Pip"},
                                   CapturedFact{FactKind::kPet, "Dog"}));
}

TEST(ParseCaptureTest, FamilyKeepsTheWholeClause) {
  Capture c = Parse("Ben; married to Sam; twins, age 4; daughter Ada");
  EXPECT_THAT(c.facts, ElementsAre(CapturedFact{FactKind::kFamily, "married to Sam"},
                                   CapturedFact{FactKind::kFamily, "twins, age 4"},
                                   CapturedFact{FactKind::kFamily, "daughter Ada"}));
}

TEST(ParseCaptureTest, LikesHobbiesGoalsAndWork) {
  Capture c = Parse(
      "Ben; loves jazz; fan of Arsenal; hobby pottery; plays cello; goal: run a marathon; "
      "wants to open a bakery; training for Berlin; work: climate fintech; working on a novel");
  EXPECT_THAT(c.facts, ElementsAre(CapturedFact{FactKind::kLike, "jazz"},
                                   CapturedFact{FactKind::kLike, "Arsenal"},
                                   CapturedFact{FactKind::kHobby, "pottery"},
                                   CapturedFact{FactKind::kHobby, "plays cello"},
                                   CapturedFact{FactKind::kGoal, "run a marathon"},
                                   CapturedFact{FactKind::kGoal, "open a bakery"},
                                   CapturedFact{FactKind::kGoal, "training for Berlin"},
                                   CapturedFact{FactKind::kWork, "climate fintech"},
                                   CapturedFact{FactKind::kWork, "working on a novel"}));
}

TEST(ParseCaptureTest, NeedsAndOffers) {
  Capture c = Parse(
      "Ben; need intros; looking for a cofounder; wants seed funding; can help with hiring; "
      "offer: design reviews");
  EXPECT_THAT(c.needs, ElementsAre("intros", "a cofounder", "seed funding"));
  EXPECT_THAT(c.offers, ElementsAre("hiring", "design reviews"));
}

TEST(ParseCaptureTest, WantsToIsAGoalNotANeed) {
  Capture c = Parse("Ben; wants to learn Go");
  EXPECT_THAT(c.needs, IsEmpty());
  EXPECT_THAT(c.facts, ElementsAre(CapturedFact{FactKind::kGoal, "learn Go"}));
}

TEST(ParseCaptureTest, TagsClauseSplitsOnCommas) {
  Capture c = Parse("Ben; tags investor, climate tech, ; tag founder; tags #a, #b");
  EXPECT_THAT(c.tags, ElementsAre("investor", "climate tech", "founder", "a", "b"));
  EXPECT_THAT(c.notes, IsEmpty());
}

TEST(ParseCaptureTest, HashtagsAnywhereIncludingTheName) {
  Capture c = Parse("Ben Okafor #vip; likes #jazz and blues; #Zoë-club; ranked #1");
  EXPECT_EQ(c.name, "Ben Okafor");
  EXPECT_THAT(c.tags, ElementsAre("vip", "jazz", "Zoë-club"));
  EXPECT_THAT(c.facts, ElementsAre(CapturedFact{FactKind::kLike, "and blues"}));
  EXPECT_THAT(c.notes, ElementsAre("ranked #1"));
}

TEST(ParseCaptureTest, TagsAreNotRepeated) {
  EXPECT_THAT(Parse("Ben #vip; tags VIP, vip; #Vip").tags, ElementsAre("vip"));
}

TEST(ParseCaptureTest, Dates) {
  Capture c = Parse("Ben; birthday 1990-04-12; born --02-29; anniversary: 2015-06-01");
  EXPECT_THAT(c.dates, ElementsAre(CapturedDate{"birthday", Date{1990, 4, 12}},
                                   CapturedDate{"birthday", Date{0, 2, 29}},
                                   CapturedDate{"anniversary", Date{2015, 6, 1}}));
  EXPECT_THAT(c.phones, IsEmpty());
}

TEST(ParseCaptureTest, BornWithoutADateIsANote) {
  Capture c = Parse("Ben; born in Lagos");
  EXPECT_THAT(c.dates, IsEmpty());
  EXPECT_THAT(c.notes, ElementsAre("born in Lagos"));
}

TEST(ParseCaptureTest, NotesAndUnknownClauses) {
  Capture c = Parse("Ben; note: allergic to nuts; speaks Yoruba; likes");
  EXPECT_THAT(c.notes, ElementsAre("allergic to nuts", "speaks Yoruba", "likes"));
}

TEST(ParseCaptureTest, EmptyClausesAreIgnored) {
  Capture c = Parse("Ben;; ;  likes tea ;");
  EXPECT_THAT(c.facts, ElementsAre(CapturedFact{FactKind::kLike, "tea"}));
  EXPECT_THAT(c.notes, IsEmpty());
}

TEST(ParseCaptureTest, EmailsPhonesAndUrlsAnywhere) {
  Capture c = Parse(
      "Ben Okafor ben@acme.example +1 (555) 010-9999; works at Acme (b.okafor@acme.co.uk) as CTO; "
      "see https://acme.example/team, www.ben.example; 020 7946 0958");
  EXPECT_EQ(c.name, "Ben Okafor");
  EXPECT_EQ(c.company, "Acme");
  EXPECT_EQ(c.title, "CTO");
  EXPECT_THAT(c.emails, ElementsAre("ben@acme.example", "b.okafor@acme.co.uk"));
  EXPECT_THAT(c.phones, ElementsAre("+1 (555) 010-9999", "020 7946 0958"));
  EXPECT_THAT(c.urls, ElementsAre("https://acme.example/team", "www.ben.example"));
  EXPECT_THAT(c.notes, ElementsAre("see"));
}

TEST(ParseCaptureTest, PhoneEndsAtPunctuationAndNeedsSevenDigits) {
  Capture c = Parse("Ben; call 555.010.9999, evenings; room 1234; kids 2");
  EXPECT_THAT(c.phones, ElementsAre("555.010.9999"));
  EXPECT_THAT(c.notes, ElementsAre("call evenings", "room 1234"));
}

TEST(ParseCaptureTest, YearRangesAndDatesAreNotPhones) {
  Capture c = Parse("Ben; was at Acme 2019-2023; met on 2024-03-05");
  EXPECT_THAT(c.phones, IsEmpty());
  EXPECT_THAT(c.notes, ElementsAre("was at Acme 2019-2023"));
  EXPECT_EQ(c.met_on, (Date{2024, 3, 5}));
}

TEST(ParseCaptureTest, AClauseThatWasOnlyAnEmailIsConsumed) {
  Capture c = Parse("Ben; ben@acme.example; https://ben.example");
  EXPECT_THAT(c.notes, IsEmpty());
  EXPECT_THAT(c.emails, ElementsAre("ben@acme.example"));
  EXPECT_THAT(c.urls, ElementsAre("https://ben.example"));
}

TEST(ParseCaptureTest, NotEmailsOrUrls) {
  Capture c = Parse("Ben; @benokafor; a@b; http://; meet @ 5");
  EXPECT_THAT(c.emails, IsEmpty());
  EXPECT_THAT(c.urls, IsEmpty());
  EXPECT_THAT(c.notes, ElementsAre("@benokafor", "a@b", "http://", "meet @ 5"));
}

TEST(ParseCaptureTest, NonAsciiPassesThroughUnchanged) {
  EXPECT_EQ(Parse("Zoë Kowalski").name, "Zoë Kowalski");
  EXPECT_EQ(Parse("José Ñúñez; likes café con leche").facts[0].text, "café con leche");
  EXPECT_EQ(Parse("李娜; met at 北京 via Łukasz").met_via, "Łukasz");
  EXPECT_EQ(Parse("李娜; met at 北京 via Łukasz").met_at, "北京");
  EXPECT_EQ(Parse("Łukasz; zoë@例え.jp").emails[0], "zoë@例え.jp");
}

TEST(ParseCaptureTest, ARepeatedFieldKeepsTheFirstAndNotesTheRest) {
  Capture c = Parse("Ben; works at Acme; company acme; works at Globex");
  EXPECT_EQ(c.company, "Acme");
  EXPECT_THAT(c.notes, ElementsAre("works at Globex"));
}

TEST(ParseCaptureTest, VeryLongLineWithinTheLimit) {
  std::string line = "Ben";
  while (line.size() + 12 <= kMaxCaptureBytes) line += "; likes tea";
  Capture c = Parse(line);
  EXPECT_EQ(c.facts.size(), (line.size() - 3) / 11);
}

TEST(ParseCaptureErrorTest, EmptyAndWhitespaceOnly) {
  EXPECT_EQ(Error(""), "the line is empty: start with the person's name");
  EXPECT_EQ(Error(" \t\n "), "the line is empty: start with the person's name");
}

TEST(ParseCaptureErrorTest, TooLong) {
  EXPECT_EQ(Error(std::string(kMaxCaptureBytes + 1, 'a')),
            "the line is 10001 bytes long; the most is 10000");
}

TEST(ParseCaptureErrorTest, InvalidUtf8) {
  EXPECT_EQ(Error("Zo\xC3; likes tea"), "the line is not valid UTF-8");
  EXPECT_EQ(Error("Ben; likes \xFF"), "the line is not valid UTF-8");
}

TEST(ParseCaptureErrorTest, FirstClauseMustBeAName) {
  EXPECT_EQ(Error("ben@acme.example; likes tea"),
            "clause 1 'ben@acme.example': the first clause must be the person's name");
  EXPECT_EQ(Error("; Ben"), "clause 1: the first clause must be the person's name");
  EXPECT_EQ(Error("+1 555 010 9999 #vip"),
            "clause 1 '+1 555 010 9999 #vip': the first clause must be the person's name");
  EXPECT_EQ(Error("met at Venture Cafe; likes tea"),
            "clause 1 'met at Venture Cafe': the first clause must be the person's name");
}

TEST(ParseCaptureErrorTest, ImpossibleBirthdayNamesTheClause) {
  EXPECT_EQ(Error("Ben; likes tea;; birthday 1990-02-30"),
            "clause 4 'birthday 1990-02-30': invalid date '1990-02-30': expected YYYY-MM-DD "
            "(or --MM-DD without a year)");
  EXPECT_THAT(Error("Ben; born 12 March"), HasSubstr("clause 2 'born 12 March': invalid date"));
}

TEST(ParseCaptureErrorTest, MetDateMustBeRealAndHaveAYear) {
  EXPECT_THAT(Error("Ben; met at Cafe on 2026-13-01"),
              HasSubstr("clause 2 'met at Cafe on 2026-13-01': invalid date '2026-13-01'"));
  EXPECT_EQ(Error("Ben; met on --11-20"),
            "clause 2 'met on --11-20': the date you met needs a year: '--11-20'");
}

TEST(ParseCaptureErrorTest, LongClauseIsQuotedShortOnACharacterBoundary) {
  std::string clause = "birthday 1990-02-30 " + std::string(36, 'x') + "ëëëë";
  std::string message = Error("Ben; " + clause);
  EXPECT_THAT(message, HasSubstr("clause 2 'birthday 1990-02-30 " + std::string(36, 'x') + "...'"));
}

}  // namespace
}  // namespace kith::core
