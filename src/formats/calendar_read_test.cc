#include "formats/calendar_read.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>
#include <string>
#include <string_view>
#include <vector>

#include "formats/calendar_test_samples.h"
#include "formats/vcard_test_samples.h"

namespace kith::formats {
namespace {

using test::Crlf;

constexpr int64_t kNow = 1795176000;  // 2026-11-20T12:00:00Z

std::string Iso(int64_t t) {
  auto tt = static_cast<std::time_t>(t);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}Z", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                     tm.tm_hour, tm.tm_min);
}

std::string Person(const CalendarPerson& p) { return fmt::format("{} <{}>", p.name, p.email); }

// "26 uid 2026-10-05T09:00Z 'summary' by Organizer <a@b> with A <a@b>, B <b@c>"
std::string Describe(const CalendarOccurrence& o) {
  std::string out = fmt::format("{} {} {} '{}'", o.line, o.uid, Iso(o.start), o.summary);
  if (!o.organizer.name.empty() || !o.organizer.email.empty()) {
    out += " by " + Person(o.organizer);
  }
  for (size_t i = 0; i < o.attendees.size(); ++i) {
    out += (i == 0 ? " with " : ", ") + Person(o.attendees[i]);
  }
  return out;
}

class CalendarReadTest : public ::testing::Test {
 protected:
  void SetUp() override {
    setenv("TZ", "UTC", 1);
    tzset();
  }

  // Each occurrence described, or the error message.
  static std::vector<std::string> Read(std::string_view text,
                                       CalendarReadOptions options = {.until = kNow}) {
    std::vector<std::string> out;
    Status s = ReadCalendar(text, options, [&](const CalendarOccurrence& o) {
      out.push_back(Describe(o));
      return Status::Ok();
    });
    if (!s.ok()) return {s.message()};
    return out;
  }

  static std::string Event(std::string_view body) {
    return fmt::format("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\n{}END:VEVENT\nEND:VCALENDAR\n",
                       body);
  }
};

TEST_F(CalendarReadTest, GoogleExportExactly) {
  EXPECT_EQ(Read(Crlf(test::kGoogleCalendar)),
            (std::vector<std::string>{
                "26 1on1-weekly@google.com 2026-10-05T09:00Z 'Ana / Ben 1:1' by Ana Lima "
                "<ana@example.com> with Ana Lima <ana@example.com>, Ben Okafor <ben@example.com>",
                // Oct 12 cancelled, Oct 19 excluded; summer time over on Oct 25
                "26 1on1-weekly@google.com 2026-10-26T10:00Z 'Ana / Ben 1:1' by Ana Lima "
                "<ana@example.com> with Ana Lima <ana@example.com>, Ben Okafor <ben@example.com>",
                // moved from Nov 2 to Nov 3; Ben declined that one, Dan came
                "51 1on1-weekly@google.com 2026-11-03T15:00Z 'Ana / Ben 1:1 (moved)' by Ana Lima "
                "<ana@example.com> with Ana Lima <ana@example.com>,  <dan@example.com>",
                "26 1on1-weekly@google.com 2026-11-09T10:00Z 'Ana / Ben 1:1' by Ana Lima "
                "<ana@example.com> with Ana Lima <ana@example.com>, Ben Okafor <ben@example.com>",
                "26 1on1-weekly@google.com 2026-11-16T10:00Z 'Ana / Ben 1:1' by Ana Lima "
                "<ana@example.com> with Ana Lima <ana@example.com>, Ben Okafor <ben@example.com>",
                "78 offsite@google.com 2026-06-01T09:00Z 'Offsite' by Ben Okafor <ben@example.com> "
                "with Ana Lima <ana@example.com>",
                "78 offsite@google.com 2026-06-02T09:00Z 'Offsite' by Ben Okafor <ben@example.com> "
                "with Ana Lima <ana@example.com>",
                "78 offsite@google.com 2026-06-03T09:00Z 'Offsite' by Ben Okafor <ben@example.com> "
                "with Ana Lima <ana@example.com>",
                "91 book-club@google.com 2026-05-15T18:00Z 'Book club' with Fay <fay@example.com>",
                "91 book-club@google.com 2026-06-15T18:00Z 'Book club' with Fay <fay@example.com>",
                "91 book-club@google.com 2026-07-15T18:00Z 'Book club' with Fay <fay@example.com>",
                "91 book-club@google.com 2026-08-15T18:00Z 'Book club' with Fay <fay@example.com>",
                "99 picnic@google.com 2026-07-04T12:00Z 'Picnic'",
                "120 hana-series@google.com 2026-11-10T14:00Z 'Design review' by Hana Sato "
                "<hana@example.org> with Hana Sato <hana@example.org>, Ana Lima <ana@example.com>",
            }));
}

TEST_F(CalendarReadTest, StartsAreUnixSeconds) {
  std::vector<int64_t> starts;
  ASSERT_TRUE(
      ReadCalendar(test::kGoogleCalendar, {.until = kNow}, [&](const CalendarOccurrence& o) {
        if (o.uid == "1on1-weekly@google.com") starts.push_back(o.start);
        return Status::Ok();
      }));
  EXPECT_EQ(starts,
            (std::vector<int64_t>{1791190800, 1793008800, 1793718000, 1794218400, 1794823200}));
}

TEST_F(CalendarReadTest, OpenEndedRuleKeepsTheMostRecentOccurrences) {
  std::vector<std::string> got = Read(test::kGoogleCalendar, {.until = kNow, .max_occurrences = 2});
  ASSERT_GE(got.size(), 2u);
  EXPECT_EQ(got[0],
            "26 1on1-weekly@google.com 2026-11-09T10:00Z 'Ana / Ben 1:1' by Ana Lima "
            "<ana@example.com> with Ana Lima <ana@example.com>, Ben Okafor <ben@example.com>");
  EXPECT_EQ(got[1].substr(0, 45), "26 1on1-weekly@google.com 2026-11-16T10:00Z '");
  EXPECT_EQ(got.size(), 2u + 2 + 2 + 1 + 1);  // offsite and book club capped too
}

TEST_F(CalendarReadTest, UntilCutsTheSeriesAndDropsLaterEvents) {
  // 2026-10-26T10:00Z: that Monday's meeting starts exactly then and is kept.
  std::vector<std::string> got = Read(test::kGoogleCalendar, {.until = 1793008800});
  std::vector<std::string> weekly;
  for (const std::string& g : got) {
    if (g.find("1on1-weekly") != std::string::npos) weekly.push_back(g.substr(0, 43));
  }
  EXPECT_EQ(weekly, (std::vector<std::string>{"26 1on1-weekly@google.com 2026-10-05T09:00Z",
                                              "26 1on1-weekly@google.com 2026-10-26T10:00Z"}));
  EXPECT_EQ(got.size(), 2u + 3 + 4 + 1);  // no Design review on Nov 10
}

TEST_F(CalendarReadTest, OutlookMeetingExactly) {
  std::string with =
      " by Lima, Ana <ana.lima@contoso.com> with Okafor, Ben <Ben.Okafor@contoso.com>, Diaz, Caro "
      "<caro.diaz@contoso.com>";
  std::string uid =
      "040000008200E00074C5B7101A82E00800000000D0F1A2B3C4D5DC01000000000000000010000000A1B2C3D4E5F6"
      "0718293A4B5C6D7E8F90";
  // 11:00 in Amsterdam: CET until March 29, then CEST; UNTIL keeps April 7.
  EXPECT_EQ(Read(Crlf(test::kOutlookMeeting)),
            (std::vector<std::string>{
                "21 " + uid + " 2026-03-17T10:00Z 'Quarterly planning'" + with,
                "21 " + uid + " 2026-03-24T10:00Z 'Quarterly planning'" + with,
                "21 " + uid + " 2026-03-31T09:00Z 'Quarterly planning'" + with,
                "21 " + uid + " 2026-04-07T09:00Z 'Quarterly planning'" + with,
            }));
}

TEST_F(CalendarReadTest, FloatingAndAllDayTimesFollowTheLocalZone) {
  setenv("TZ", "America/New_York", 1);
  tzset();
  EXPECT_EQ(Read(Event("UID:a\nDTSTART:20260515T180000\n")),
            (std::vector<std::string>{"3 a 2026-05-15T22:00Z ''"}));
  EXPECT_EQ(Read(Event("UID:b\nDTSTART;VALUE=DATE:20260704\n")),
            (std::vector<std::string>{"3 b 2026-07-04T16:00Z ''"}));
  EXPECT_EQ(Read(Event("UID:c\nDTSTART:20260515T180000Z\n")),
            (std::vector<std::string>{"3 c 2026-05-15T18:00Z ''"}));
}

TEST_F(CalendarReadTest, ZoneWithoutVtimezoneIsTheSystemZone) {
  EXPECT_EQ(Read(Event("UID:a\nDTSTART;TZID=Asia/Tokyo:20260515T180000\n")),
            (std::vector<std::string>{"3 a 2026-05-15T09:00Z ''"}));
}

TEST_F(CalendarReadTest, PeopleFromAppleAndOddAddresses) {
  EXPECT_EQ(
      Read(Event("UID:a\nDTSTART:20260515T180000Z\n"
                 "ORGANIZER;CN=\"Lima, Ana\";EMAIL=ana@icloud.com:urn:uuid:0b4c7a1e\n"
                 "ATTENDEE;CN=Ben;EMAIL=ben@icloud.com;PARTSTAT=ACCEPTED:urn:uuid:5d6e\n"
                 "ATTENDEE;CN=Caro:mailto:\n"
                 "ATTENDEE:mailto:DAN@Example.com\n"
                 "ATTENDEE;CN=\"MAILTO:eve@example.com\":mailto:eve@example.com\n"
                 "ATTENDEE:urn:uuid:unknown\n"
                 "ATTENDEE;CUTYPE=UNKNOWN;CN=Fay:mailto:fay@example.com\n")),
      (std::vector<std::string>{"3 a 2026-05-15T18:00Z '' by Lima, Ana <ana@icloud.com> with Ben "
                                "<ben@icloud.com>, Caro <>,  <DAN@Example.com>,  "
                                "<eve@example.com>, Fay <fay@example.com>"}));
}

TEST_F(CalendarReadTest, TextIsUnescaped) {
  EXPECT_EQ(Read(Event("UID:a\\,b\nDTSTART:20260515T180000Z\nSUMMARY:Lunch\\, then a walk\\; "
                       "Zoë\n")),
            (std::vector<std::string>{"3 a,b 2026-05-15T18:00Z 'Lunch, then a walk; Zoë'"}));
}

TEST_F(CalendarReadTest, ExdatesAsAListAndInUtc) {
  EXPECT_EQ(Read(Event("UID:a\nDTSTART:20260601T090000Z\nRRULE:FREQ=DAILY;COUNT=4\n"
                       "EXDATE:20260602T090000Z,20260603T090000Z\n")),
            (std::vector<std::string>{"3 a 2026-06-01T09:00Z ''", "3 a 2026-06-04T09:00Z ''"}));
}

TEST_F(CalendarReadTest, AllDayRuleWithDateExdate) {
  EXPECT_EQ(Read(Event("UID:a\nDTSTART;VALUE=DATE:20260601\nRRULE:FREQ=YEARLY;COUNT=3\n"
                       "EXDATE;VALUE=DATE:20270601\n")),
            (std::vector<std::string>{"3 a 2026-06-01T12:00Z ''"}));
}

TEST_F(CalendarReadTest, OverrideMovingAFutureOccurrenceIntoThePast) {
  // The series' Nov 23 meeting was pulled forward to Nov 19.
  std::string text =
      "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:s\nDTSTART:20261116T100000Z\nRRULE:FREQ=WEEKLY\n"
      "END:VEVENT\nBEGIN:VEVENT\nUID:s\nRECURRENCE-ID:20261123T100000Z\n"
      "DTSTART:20261119T100000Z\nSUMMARY:pulled forward\nEND:VEVENT\nEND:VCALENDAR\n";
  EXPECT_EQ(Read(text), (std::vector<std::string>{"2 s 2026-11-16T10:00Z ''",
                                                  "7 s 2026-11-19T10:00Z 'pulled forward'"}));
}

TEST_F(CalendarReadTest, LaterOverrideOfTheSameOccurrenceWins) {
  std::string text =
      "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:s\nDTSTART:20261116T100000Z\nEND:VEVENT\n"
      "BEGIN:VEVENT\nUID:s\nRECURRENCE-ID:20261116T100000Z\nDTSTART:20261116T110000Z\n"
      "SUMMARY:first\nEND:VEVENT\n"
      "BEGIN:VEVENT\nUID:s\nRECURRENCE-ID:20261116T100000Z\nDTSTART:20261116T120000Z\n"
      "SUMMARY:second\nEND:VEVENT\nEND:VCALENDAR\n";
  EXPECT_EQ(Read(text), (std::vector<std::string>{"12 s 2026-11-16T12:00Z 'second'"}));
}

TEST_F(CalendarReadTest, BadRuleMeansOnce) {
  EXPECT_EQ(Read(Event("UID:a\nDTSTART:20260601T090000Z\nRRULE:COUNT=3\n")),
            (std::vector<std::string>{"3 a 2026-06-01T09:00Z ''"}));
}

TEST_F(CalendarReadTest, LineNumbersCountFoldsAndBlankLines) {
  std::string text =
      "\r\nBEGIN:VCALENDAR\r\nX-LONG:a\r\n b\r\n\tc\r\nbegin:vevent\r\nUID:x\r\nDTSTART:2026"
      "0601T090000Z\r\nEND:VEVENT\r\nBEGIN:VEVENT;X-ODD=1\r\nUID:y\r\nDTSTART:20260601T100000Z\r\n"
      "END:VEVENT\r\nEND:VCALENDAR\r\n";
  EXPECT_EQ(Read(text),
            (std::vector<std::string>{"6 x 2026-06-01T09:00Z ''", "10 y 2026-06-01T10:00Z ''"}));
}

TEST_F(CalendarReadTest, BomAndSeveralCalendars) {
  std::string text = "\xEF\xBB\xBF" + Event("UID:a\nDTSTART:20260601T090000Z\n") +
                     Event("UID:b\nDTSTART:20260601T100000Z\n");
  EXPECT_EQ(Read(text),
            (std::vector<std::string>{"3 a 2026-06-01T09:00Z ''", "10 b 2026-06-01T10:00Z ''"}));
}

TEST_F(CalendarReadTest, CallbackErrorStopsReading) {
  int calls = 0;
  Status s = ReadCalendar(test::kGoogleCalendar, {.until = kNow}, [&](const CalendarOccurrence&) {
    ++calls;
    return Status::Conflict("enough");
  });
  EXPECT_EQ(s.code(), Code::kConflict);
  EXPECT_EQ(s.message(), "enough");
  EXPECT_EQ(calls, 1);
}

TEST_F(CalendarReadTest, NotACalendar) {
  for (std::string_view text : {"", "\n\n", "hello\n", "BEGIN:VCARD\nEND:VCARD\n"}) {
    EXPECT_EQ(
        Read(text),
        (std::vector<std::string>{"line 1: not an iCalendar file (expected BEGIN:VCALENDAR)"}))
        << text;
  }
  EXPECT_EQ(Read("\n\nBEGIN:VCARD\n"),
            (std::vector<std::string>{"line 3: not an iCalendar file (expected BEGIN:VCALENDAR)"}));
}

TEST_F(CalendarReadTest, EventWithoutStart) {
  EXPECT_EQ(Read(Event("UID:a\nSUMMARY:when?\n")),
            (std::vector<std::string>{"line 3: event without DTSTART"}));
  EXPECT_EQ(Read(Event("UID:a\nDTSTART:next tuesday\n")),
            (std::vector<std::string>{"line 3: invalid DTSTART"}));
}

TEST_F(CalendarReadTest, TruncatedFile) {
  EXPECT_EQ(Read("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nDTSTART:20260601T090000Z\n"),
            (std::vector<std::string>{"line 2: BEGIN:VEVENT without END:VEVENT"}));
  EXPECT_EQ(Read("BEGIN:VCALENDAR\nVERSION:2.0\n"),
            (std::vector<std::string>{"line 1: BEGIN:VCALENDAR without END:VCALENDAR"}));
}

TEST_F(CalendarReadTest, EndWithoutBegin) {
  EXPECT_EQ(Read("BEGIN:VCALENDAR\nEND:VEVENT\nEND:VCALENDAR\n"),
            (std::vector<std::string>{"line 2: END:VEVENT where END:VCALENDAR was expected"}));
  EXPECT_EQ(Read("BEGIN:VCALENDAR\nEND:VCALENDAR\nend:vtodo\n"),
            (std::vector<std::string>{"line 3: END:VTODO without BEGIN:VTODO"}));
}

TEST_F(CalendarReadTest, DeepNestingRefused) {
  std::string text = "BEGIN:VCALENDAR\n";
  for (int i = 0; i < 100; ++i) text += "BEGIN:X-DEEP\n";
  EXPECT_EQ(Read(text), (std::vector<std::string>{"line 65: components nested too deeply"}));
}

TEST_F(CalendarReadTest, HugeFileRefused) {
  std::string text = "BEGIN:VCALENDAR\n" + std::string(size_t{64} << 20, 'x');
  EXPECT_EQ(Read(text), (std::vector<std::string>{"line 1: calendar larger than 64 MB"}));
}

TEST_F(CalendarReadTest, RunawayRuleStopsAtTheStepLimit) {
  // Every second since 2000: 100 rule steps per kept occurrence, then it gives up.
  std::vector<int64_t> starts;
  ASSERT_TRUE(ReadCalendar(Event("UID:a\nDTSTART:20000101T000000Z\nRRULE:FREQ=SECONDLY\n"),
                           {.until = kNow, .max_occurrences = 2}, [&](const CalendarOccurrence& o) {
                             starts.push_back(o.start);
                             return Status::Ok();
                           }));
  EXPECT_EQ(starts, (std::vector<int64_t>{946684800 + 198, 946684800 + 199}));
}

}  // namespace
}  // namespace kith::formats
