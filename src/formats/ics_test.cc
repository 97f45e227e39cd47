#include "formats/ics.h"

#include <gtest/gtest.h>
#include <libical/ical.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "util/text.h"

namespace kith::formats {
namespace {

constexpr int64_t kStamp = 1795185296;  // 2026-11-20T14:34:56Z

// The physical lines of `ics`, without their CRLFs; fails if the text does not
// end in CRLF or holds a bare CR or LF.
std::vector<std::string> PhysicalLines(const std::string& ics) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < ics.size()) {
    size_t end = ics.find("\r\n", start);
    if (end == std::string::npos) {
      ADD_FAILURE() << "no CRLF after offset " << start;
      break;
    }
    lines.push_back(ics.substr(start, end - start));
    EXPECT_EQ(lines.back().find_first_of("\r\n"), std::string::npos) << lines.back();
    start = end + 2;
  }
  return lines;
}

void ExpectFoldedWell(const std::string& ics) {
  for (const std::string& line : PhysicalLines(ics)) {
    EXPECT_LE(line.size(), 75u) << line;
    EXPECT_TRUE(IsValidUtf8(line)) << "a fold split a UTF-8 sequence: " << line;
  }
}

// RFC 5545 3.1: unfolding removes each CRLF followed by one space.
std::string Unfold(std::string folded) {
  for (size_t at = folded.find("\r\n "); at != std::string::npos; at = folded.find("\r\n ", at)) {
    folded.erase(at, 3);
  }
  return folded;
}

TEST(WriteCalendarTest, SmallCalendarExactly) {
  std::vector<CalendarEvent> events = {
      {.uid = "birthday-12@kith",
       .summary = "Ben Okafor's birthday",
       .date = {1990, 4, 12},
       .yearly = true,
       .categories = {"birthday"}},
      {.uid = "reconnect-7@kith",
       .summary = "Reconnect with Zoë Martin",
       .description = "Last talked 2026-08-01 about the move; ask how the new job, the flat and "
                      "the cat are going.\nSay hi from Zoë",
       .date = {2026, 11, 30}},
  };
  EXPECT_EQ(WriteCalendar("kith: people", events, kStamp),
            "BEGIN:VCALENDAR\r\n"
            "VERSION:2.0\r\n"
            "PRODID:-//kith//kith//EN\r\n"
            "CALSCALE:GREGORIAN\r\n"
            "METHOD:PUBLISH\r\n"
            "X-WR-CALNAME:kith: people\r\n"
            "BEGIN:VEVENT\r\n"
            "UID:birthday-12@kith\r\n"
            "DTSTAMP:20261120T143456Z\r\n"
            "DTSTART;VALUE=DATE:19900412\r\n"
            "DTEND;VALUE=DATE:19900413\r\n"
            "SUMMARY:Ben Okafor's birthday\r\n"
            "RRULE:FREQ=YEARLY\r\n"
            "CATEGORIES:birthday\r\n"
            "TRANSP:TRANSPARENT\r\n"
            "END:VEVENT\r\n"
            "BEGIN:VEVENT\r\n"
            "UID:reconnect-7@kith\r\n"
            "DTSTAMP:20261120T143456Z\r\n"
            "DTSTART;VALUE=DATE:20261130\r\n"
            "DTEND;VALUE=DATE:20261201\r\n"
            "SUMMARY:Reconnect with Zoë Martin\r\n"
            "DESCRIPTION:Last talked 2026-08-01 about the move\\; ask how the new job\\, t\r\n"
            " he flat and the cat are going.\\nSay hi from Zoë\r\n"
            "TRANSP:TRANSPARENT\r\n"
            "END:VEVENT\r\n"
            "END:VCALENDAR\r\n");
}

TEST(WriteCalendarTest, NoEventsIsJustTheCalendar) {
  EXPECT_EQ(WriteCalendar("", {}, 0),
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//kith//kith//EN\r\nCALSCALE:GREGORIAN\r\n"
            "METHOD:PUBLISH\r\nX-WR-CALNAME:\r\nEND:VCALENDAR\r\n");
}

// The lines of the one event in a calendar written from `event`, unfolded.
std::vector<std::string> EventLines(const CalendarEvent& event, int64_t stamp = kStamp) {
  std::vector<std::string> lines = PhysicalLines(Unfold(WriteCalendar("k", {event}, stamp)));
  return {lines.begin() + 7, lines.end() - 2};  // BEGIN:VEVENT .. END:VEVENT, exclusive
}

bool HasLine(const std::vector<std::string>& lines, const std::string& line) {
  return std::find(lines.begin(), lines.end(), line) != lines.end();
}

TEST(WriteCalendarTest, LeapDayRepeatsOnLastDayOfFebruary) {
  auto lines = EventLines({.uid = "u", .summary = "s", .date = {2024, 2, 29}, .yearly = true});
  EXPECT_TRUE(HasLine(lines, "DTSTART;VALUE=DATE:20240229"));
  EXPECT_TRUE(HasLine(lines, "DTEND;VALUE=DATE:20240301"));
  EXPECT_TRUE(HasLine(lines, "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1"));
}

TEST(WriteCalendarTest, LeapDayInCommonYearStartsOnFebruary28) {
  auto lines = EventLines({.uid = "u", .summary = "s", .date = {2023, 2, 29}, .yearly = true});
  EXPECT_TRUE(HasLine(lines, "DTSTART;VALUE=DATE:20230228"));
  EXPECT_TRUE(HasLine(lines, "DTEND;VALUE=DATE:20230301"));
  EXPECT_TRUE(HasLine(lines, "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1"));
}

TEST(WriteCalendarTest, LeapDayOnceHasNoRule) {
  auto lines = EventLines({.uid = "u", .summary = "s", .date = {2024, 2, 29}});
  EXPECT_TRUE(HasLine(lines, "DTSTART;VALUE=DATE:20240229"));
  for (const std::string& line : lines) EXPECT_NE(line.rfind("RRULE", 0), 0u) << line;
}

TEST(WriteCalendarTest, ClampsImpossibleDates) {
  auto low = EventLines({.uid = "u", .summary = "s", .date = {0, 13, 40}});
  EXPECT_TRUE(HasLine(low, "DTSTART;VALUE=DATE:00011231"));
  EXPECT_TRUE(HasLine(low, "DTEND;VALUE=DATE:00020101"));
  auto high = EventLines({.uid = "u", .summary = "s", .date = {12345, 12, 31}});
  EXPECT_TRUE(HasLine(high, "DTSTART;VALUE=DATE:99991230"));
  EXPECT_TRUE(HasLine(high, "DTEND;VALUE=DATE:99991231"));
  auto zero = EventLines({.uid = "u", .summary = "s", .date = {2026, 0, 0}});
  EXPECT_TRUE(HasLine(zero, "DTSTART;VALUE=DATE:20260101"));
}

TEST(WriteCalendarTest, StampIsUtcAndClamped) {
  CalendarEvent event{.uid = "u", .summary = "s", .date = {2026, 1, 1}};
  EXPECT_TRUE(HasLine(EventLines(event, 0), "DTSTAMP:19700101T000000Z"));
  EXPECT_TRUE(HasLine(EventLines(event, -1), "DTSTAMP:19691231T235959Z"));
  EXPECT_TRUE(HasLine(EventLines(event, INT64_MAX), "DTSTAMP:99991231T235959Z"));
  EXPECT_TRUE(HasLine(EventLines(event, INT64_MIN), "DTSTAMP:00010101T000000Z"));
}

TEST(WriteCalendarTest, EscapesUidAndCategories) {
  auto lines = EventLines({.uid = "a;b,c\nd",
                           .summary = "s",
                           .date = {2026, 1, 1},
                           .categories = {"family", "", "\x01", "a, b"}});
  EXPECT_TRUE(HasLine(lines, "UID:a\\;b\\,c\\nd"));
  EXPECT_TRUE(HasLine(lines, "CATEGORIES:family,a\\, b"));
}

TEST(WriteCalendarTest, EmptyCategoriesWriteNoProperty) {
  auto lines = EventLines({.uid = "u", .summary = "s", .date = {2026, 1, 1}, .categories = {""}});
  for (const std::string& line : lines) EXPECT_NE(line.rfind("CATEGORIES", 0), 0u) << line;
}

TEST(EscapeTextTest, EscapesBackslashSemicolonCommaAndNewline) {
  EXPECT_EQ(EscapeText("a\\b;c,d\ne"), "a\\\\b\\;c\\,d\\ne");
  EXPECT_EQ(EscapeText("\\n"), "\\\\n");  // a typed backslash-n stays two characters
}

TEST(EscapeTextTest, CrlfAndLoneCrAreLineBreaks) {
  EXPECT_EQ(EscapeText("a\r\nb\rc\n\rd"), "a\\nb\\nc\\n\\nd");
}

TEST(EscapeTextTest, KeepsColonsQuotesTabsAndUtf8) {
  EXPECT_EQ(EscapeText("a:b \"q\" 'x'\tZoë 李娜 🎂"), "a:b \"q\" 'x'\tZoë 李娜 🎂");
}

TEST(EscapeTextTest, DropsControlCharacters) {
  EXPECT_EQ(EscapeText(std::string_view("a\0b\x01\x1b[0m\x7f"
                                        "c",
                                        10)),
            "ab[0mc");
}

TEST(EscapeTextTest, ReplacesInvalidUtf8) {
  const std::string kFffd = "\xEF\xBF\xBD";
  EXPECT_EQ(EscapeText("a\xff"), "a" + kFffd);
  EXPECT_EQ(EscapeText("Zo\xc3"), "Zo" + kFffd);                             // truncated
  EXPECT_EQ(EscapeText("\xc0\xaf"), kFffd + kFffd);                          // overlong '/'
  EXPECT_EQ(EscapeText("\xed\xa0\x80"), kFffd + kFffd + kFffd);              // surrogate
  EXPECT_EQ(EscapeText("\xf4\x90\x80\x80"), kFffd + kFffd + kFffd + kFffd);  // > U+10FFFF
}

TEST(FoldLineTest, ShortLineEndsInCrlf) { EXPECT_EQ(FoldLine("END:VEVENT"), "END:VEVENT\r\n"); }

TEST(FoldLineTest, SeventyFiveOctetsStayOnOneLine) {
  std::string line(75, 'a');
  EXPECT_EQ(FoldLine(line), line + "\r\n");
}

TEST(FoldLineTest, SeventySixOctetsFold) {
  EXPECT_EQ(FoldLine(std::string(76, 'a')), std::string(75, 'a') + "\r\n a\r\n");
}

TEST(FoldLineTest, ContinuationLinesHoldSeventyFourOctets) {
  EXPECT_EQ(FoldLine(std::string(150, 'a')),
            std::string(75, 'a') + "\r\n " + std::string(74, 'a') + "\r\n a\r\n");
}

TEST(FoldLineTest, MultiByteCharacterEndingAtOctet75Fits) {
  std::string line = std::string(73, 'a') + "ë";
  EXPECT_EQ(FoldLine(line), line + "\r\n");
}

TEST(FoldLineTest, NeverSplitsTwoByteSequence) {
  EXPECT_EQ(FoldLine(std::string(72, 'a') + "Zoë"),
            std::string(72, 'a') + "Zo\r\n ë\r\n");  // ë would take octets 75-76
}

TEST(FoldLineTest, NeverSplitsThreeByteSequence) {
  EXPECT_EQ(FoldLine(std::string(73, 'a') + "李娜"), std::string(73, 'a') + "\r\n 李娜\r\n");
  EXPECT_EQ(FoldLine(std::string(74, 'a') + "李娜"), std::string(74, 'a') + "\r\n 李娜\r\n");
}

TEST(FoldLineTest, NeverSplitsFourByteSequence) {
  EXPECT_EQ(FoldLine(std::string(72, 'a') + "🎂"), std::string(72, 'a') + "\r\n 🎂\r\n");
  EXPECT_EQ(FoldLine(std::string(71, 'a') + "🎂"), std::string(71, 'a') + "🎂\r\n");
}

TEST(FoldLineTest, ContinuationLineNeverSplitsEither) {
  // 75 + 73 octets of ASCII put ë at octets 74-75 of the second physical line
  // (after its space), one past the limit.
  EXPECT_EQ(FoldLine(std::string(148, 'a') + "ë"),
            std::string(75, 'a') + "\r\n " + std::string(73, 'a') + "\r\n ë\r\n");
}

TEST(FoldLineTest, LongMixedTextUnfoldsToItself) {
  std::string line = "DESCRIPTION:";
  for (int i = 0; i < 60; ++i) line += "Zoë 李娜 🎂 x";
  std::string folded = FoldLine(line);
  ExpectFoldedWell(folded);
  EXPECT_EQ(Unfold(folded), line + "\r\n");
}

TEST(FoldLineTest, NotUtf8IsCutAtTheLimit) {
  std::string line(100, '\x80');
  EXPECT_EQ(FoldLine(line), line.substr(0, 75) + "\r\n " + line.substr(75) + "\r\n");
}

// libical as an independent reader of what WriteCalendar writes.
class LibicalRoundTripTest : public ::testing::Test {
 protected:
  struct Free {
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
  };
  using Component = std::unique_ptr<icalcomponent, Free>;

  static Component Parse(const std::string& ics) {
    return Component(icalparser_parse_string(ics.c_str()));
  }

  static std::set<std::string> Categories(icalcomponent* event) {
    std::set<std::string> out;
    for (icalproperty* p = icalcomponent_get_first_property(event, ICAL_CATEGORIES_PROPERTY); p;
         p = icalcomponent_get_next_property(event, ICAL_CATEGORIES_PROPERTY)) {
      out.insert(icalproperty_get_categories(p));
    }
    return out;
  }
};

// Ends in a letter: libical drops trailing white space from a property value.
std::string TenKilobytes() {
  std::string text;
  while (text.size() < 10240) text += "Zoë 李娜 🎂; a,b\\c \"quoted\"\n\t<b>bold</b> ";
  return text + "end";
}

TEST_F(LibicalRoundTripTest, HostileTextComesBackUnescaped) {
  const std::string kRtlMark = "\xE2\x80\x8F";
  std::vector<CalendarEvent> events = {
      {.uid = "birthday-1@kith",
       .summary = "<img src=x onerror=alert(1)>",
       .description = "\"double\" 'single' `back` \\n is not a newline, but\nthis is; ok",
       .date = {1990, 4, 12},
       .yearly = true,
       .categories = {"birthday", "a, b"}},
      {.uid = "reconnect-2@kith",
       .summary = kRtlMark + "ليلى" + kRtlMark + " Zoë 李娜 🎂",
       .description = TenKilobytes(),
       .date = {2026, 11, 30}},
      {.uid = "odd;uid,with\\stuff@kith",
       .summary = "Leap day",
       .date = {2024, 2, 29},
       .yearly = true},
  };
  std::string ics = WriteCalendar("kith, \"people\"", events, kStamp);
  ExpectFoldedWell(ics);
  Component calendar = Parse(ics);
  ASSERT_NE(calendar, nullptr);
  EXPECT_EQ(icalcomponent_count_errors(calendar.get()), 0);

  icalcomponent* event = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
  for (const CalendarEvent& want : events) {
    ASSERT_NE(event, nullptr) << want.uid;
    EXPECT_STREQ(icalcomponent_get_uid(event), want.uid.c_str());
    EXPECT_STREQ(icalcomponent_get_summary(event), want.summary.c_str());
    const char* description = icalcomponent_get_description(event);
    EXPECT_EQ(description ? description : "", want.description);
    icaltimetype start = icalcomponent_get_dtstart(event);
    EXPECT_TRUE(start.is_date);
    EXPECT_EQ(start.year, want.date.year);
    EXPECT_EQ(start.month, want.date.month);
    EXPECT_EQ(start.day, want.date.day);
    bool has_rule = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY) != nullptr;
    EXPECT_EQ(has_rule, want.yearly) << want.uid;
    EXPECT_EQ(Categories(event),
              std::set<std::string>(want.categories.begin(), want.categories.end()));
    event = icalcomponent_get_next_component(calendar.get(), ICAL_VEVENT_COMPONENT);
  }
  EXPECT_EQ(event, nullptr) << "more VEVENTs than events";
}

TEST_F(LibicalRoundTripTest, ControlCharactersAndBadUtf8AreSanitized) {
  CalendarEvent event{
      .uid = "u\x01@kith", .summary = "Ben\x1b[31m\r\nOkafor\xff", .date = {2026, 1, 1}};
  Component calendar = Parse(WriteCalendar("k", {event}, kStamp));
  ASSERT_NE(calendar, nullptr);
  EXPECT_EQ(icalcomponent_count_errors(calendar.get()), 0);
  icalcomponent* got = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
  ASSERT_NE(got, nullptr);
  EXPECT_STREQ(icalcomponent_get_uid(got), "u@kith");
  EXPECT_STREQ(icalcomponent_get_summary(got), "Ben[31m\nOkafor\xEF\xBF\xBD");
}

// Expands the leap-day rule with libical: every year has an occurrence, on the
// 29th in leap years and the 28th otherwise.
TEST_F(LibicalRoundTripTest, LeapDayRuleRecursEveryYear) {
  CalendarEvent leap{.uid = "u", .summary = "s", .date = {2024, 2, 29}, .yearly = true};
  Component calendar = Parse(WriteCalendar("k", {leap}, kStamp));
  ASSERT_NE(calendar, nullptr);
  icalcomponent* event = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
  ASSERT_NE(event, nullptr);
  icalproperty* rule = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY);
  ASSERT_NE(rule, nullptr);
  icalrecur_iterator* it =
      icalrecur_iterator_new(icalproperty_get_rrule(rule), icalcomponent_get_dtstart(event));
  ASSERT_NE(it, nullptr);
  std::vector<std::string> got;
  for (int i = 0; i < 5; ++i) {
    icaltimetype t = icalrecur_iterator_next(it);
    got.push_back(icaltime_as_ical_string(t));
  }
  icalrecur_iterator_free(it);
  EXPECT_EQ(got,
            (std::vector<std::string>{"20240229", "20250228", "20260228", "20270228", "20280229"}));
}

// White space on either side of a fold belongs to the value, not the fold.
TEST_F(LibicalRoundTripTest, WhiteSpaceAtFoldsSurvives) {
  for (std::string around : {" x", "x ", "\tx", "x\t", "  ", "\t\t"}) {
    CalendarEvent event{.uid = "u", .summary = std::string(66, 's') + around + "end"};
    std::string ics = WriteCalendar("k", {event}, kStamp);
    ASSERT_NE(ics.find("SUMMARY:" + std::string(66, 's') + around[0] + "\r\n " + around[1]),
              std::string::npos);
    Component calendar = Parse(ics);
    ASSERT_NE(calendar, nullptr);
    icalcomponent* got = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
    ASSERT_NE(got, nullptr);
    EXPECT_EQ(icalcomponent_get_summary(got), event.summary);
  }
}

// iTIP (RFC 5546) wants an ORGANIZER in a PUBLISH; subscription feeds have
// none and calendar apps do not ask for one, so that is the only complaint.
TEST_F(LibicalRoundTripTest, PassesLibicalRestrictionsApartFromOrganizer) {
  CalendarEvent event{.uid = "u", .summary = "s", .date = {2026, 1, 1}, .yearly = true};
  Component calendar = Parse(WriteCalendar("k", {event}, kStamp));
  ASSERT_NE(calendar, nullptr);
  EXPECT_FALSE(icalrestriction_check(calendar.get()));  // the missing ORGANIZER
  std::vector<std::string> errors;
  icalcomponent* vevent = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
  for (icalcomponent* c : {calendar.get(), vevent}) {
    for (icalproperty* p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY)) {
      std::string error = icalproperty_get_xlicerror(p);
      if (error.find("ORGANIZER") == std::string::npos) errors.push_back(error);
    }
  }
  EXPECT_EQ(errors, std::vector<std::string>{}) << errors.size();
}

}  // namespace
}  // namespace kith::formats
