// kith import of calendars, chats and mail end to end: who becomes a person,
// what is counted instead, idempotent re-imports, and bad files that leave
// the database as it was.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "kith_test.h"

namespace kith::test {
namespace {

using ::testing::HasSubstr;

// A Google Calendar export: a weekly meeting you organize, one attendee
// declined, one a room. Three occurrences fall before "now" (2026-11-22).
constexpr char kCalendar[] =
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
    "BEGIN:VEVENT\r\nDTSTART:20261102T100000Z\r\nDTEND:20261102T103000Z\r\n"
    "RRULE:FREQ=WEEKLY;COUNT=6\r\nUID:weekly-sync@google.com\r\nSUMMARY:Weekly sync\r\n"
    "ORGANIZER;CN=Me Myself:mailto:me@example.com\r\n"
    "ATTENDEE;CN=Ana Lima;PARTSTAT=ACCEPTED:mailto:ana@example.com\r\n"
    "ATTENDEE;CN=Ben Ortiz;PARTSTAT=DECLINED:mailto:ben@example.org\r\n"
    "ATTENDEE;CN=Carla Mendes;PARTSTAT=NEEDS-ACTION:mailto:carla@example.net\r\n"
    "ATTENDEE;CN=Room 4;CUTYPE=ROOM:mailto:room4@resource.example.com\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n";

// An Android WhatsApp group export (day first). Dev only writes on a day
// you don't; the number is someone not in the phone's contacts.
constexpr char kChat[] =
    "12/11/2026, 09:15 - Messages and calls are end-to-end encrypted. No one outside of this "
    "chat, not even WhatsApp, can read or listen to them.\n"
    "12/11/2026, 09:15 - Ana Lima created group \"Climbing\"\n"
    "12/11/2026, 09:16 - Ana Lima: Anyone up for Saturday?\n"
    "12/11/2026, 09:20 - Alex Doe: Yes!\nI can drive\n"
    "13/11/2026, 18:02 - Dev Patel: <Media omitted>\n"
    "14/11/2026, 08:00 - +44 7700 900123: count me in\n"
    "14/11/2026, 08:05 - Alex Doe: great\n";

// A Thunderbird inbox: Ana writes (her name RFC 2047-encoded), a list and a
// no-reply sender write, Ben writes once and never hears back.
constexpr char kInbox[] =
    "From - Mon Nov 02 09:00:00 2026\n"
    "From: =?UTF-8?B?QW5hIEzDrW1h?= <Ana.Lima@Example.com>\n"
    "To: Me <me@example.com>\nCc: Carla Mendes <carla@example.net>\n"
    "Date: Mon, 2 Nov 2026 09:00:00 +0000\nMessage-ID: <a1@example.com>\n"
    "Subject: lunch?\n\nShall we?\n>From the archive: nothing\n\n"
    "From - Tue Nov 03 10:00:00 2026\n"
    "From: Weekly Digest <digest@news.example>\nTo: me@example.com\n"
    "List-Id: <digest.news.example>\nDate: Tue, 3 Nov 2026 10:00:00 +0000\n"
    "Message-ID: <d1@news.example>\n\nnews\n\n"
    "From - Wed Nov 04 11:00:00 2026\n"
    "From: Shop <no-reply@shop.example>\nTo: me@example.com\n"
    "Date: Wed, 4 Nov 2026 11:00:00 +0000\nMessage-ID: <s1@shop.example>\n\nreceipt\n\n"
    "From - Thu Nov 05 12:00:00 2026\n"
    "From: Ben Ortiz <ben@example.org>\nTo: me@example.com\n"
    "Date: Thu, 5 Nov 2026 12:00:00 +0000\nMessage-ID: <b1@example.org>\n\nhi\n";

// The sent folder: your reply to Ana and Carla.
constexpr char kSent[] =
    "From - Mon Nov 02 10:00:00 2026\n"
    "From: Me <me@example.com>\nTo: Ana Lima <ana.lima@example.com>\n"
    "Cc: carla@example.net\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n"
    "Message-ID: <m1@example.com>\nIn-Reply-To: <a1@example.com>\n\nYes!\n";

using ConversationImportTest = KithTest;

TEST_F(ConversationImportTest, MeetingsMakePeopleButNotDeclinersOrRooms) {
  Output o = Ok({"import", Write("work.ics", kCalendar), "--me", "me@example.com"});
  EXPECT_EQ(o.out,
            "2 created, 0 merged into people you had, 0 unchanged, 0 skipped; 2 contact points "
            "added\n3 interactions added, 0 already imported; 3 sightings of people together\n");
  EXPECT_EQ(o.err, "");
  Output ana = Ok({"show", "ana"});
  EXPECT_THAT(ana.out, HasSubstr("2026-11-16  meeting, you reached out, with Carla Mendes — "
                                 "Weekly sync"));
  EXPECT_THAT(ana.out, HasSubstr("3 interactions"));
  EXPECT_EQ(kith_.Run({"show", "ben"}).exit_code, 3);
}

TEST_F(ConversationImportTest, WithoutMeTheOrganizerIsTakenToBeYouAndSaidSo) {
  Output o = Ok({"import", Write("work.ics", kCalendar)});
  EXPECT_THAT(o.err, HasSubstr("taking you to be me@example.com (in 3 of 3 exchanges); pass --me "
                               "you@example.com to say otherwise"));
}

TEST_F(ConversationImportTest, ChatDaysBecomeOneInteractionEach) {
  std::string chat = Write("WhatsApp Chat with Climbing.txt", kChat);
  Output o = Ok({"import", chat, "--me", "Alex Doe"});
  EXPECT_EQ(o.out,
            "2 created, 0 merged into people you had, 0 unchanged, 0 skipped; 1 contact point "
            "added\n2 interactions added, 0 already imported; 0 sightings of people together\n"
            "1 correspondent left out (no two-way exchange or meeting with you)\n"
            "1 skipped: no one in it becomes a person\n");
  EXPECT_THAT(Ok({"show", "ana"}).out, HasSubstr("2026-11-12  message, together — 2 WhatsApp "
                                                 "messages"));
  EXPECT_THAT(Ok({"show", "+44"}).out, HasSubstr("phone    +44 7700 900123"));
  EXPECT_EQ(kith_.Run({"show", "dev"}).exit_code, 3);
}

TEST_F(ConversationImportTest, AChatNeedsToKnowWhoYouAreAndChangesNothingUntilThen) {
  std::string chat = Write("chat.txt", kChat);
  Ok({"list"});
  std::string before = kith_.Snapshot();
  Output o = kith_.Run({"import", chat});
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_EQ(o.err,
            "kith: which chat sender is you? pass --me \"Your Name\" (senders: Ana Lima, Alex "
            "Doe, Dev Patel, +44 7700 900123)\n");
  EXPECT_EQ(kith_.Snapshot(), before);
}

TEST_F(ConversationImportTest, ConfigMeSaysWhoYouAreOnce) {
  Ok({"config", "me", "Alex Doe, me@example.com"});
  Output o = Ok({"import", Write("chat.txt", kChat), Write("work.ics", kCalendar)});
  EXPECT_THAT(o.out, HasSubstr("5 interactions added"));
  EXPECT_EQ(o.err, "");  // no "taking you to be" guess
}

TEST_F(ConversationImportTest, ImportingAgainChangesNothing) {
  std::string ics = Write("work.ics", kCalendar);
  std::string chat = Write("chat.txt", kChat);
  Ok({"import", ics, chat, "--me", "me@example.com", "--me", "Alex Doe"});
  std::string after = kith_.Snapshot();
  Output again = Ok({"import", ics, chat, "--me", "me@example.com", "--me", "Alex Doe"});
  EXPECT_THAT(again.out, HasSubstr("0 interactions added, 5 already imported"));
  EXPECT_EQ(kith_.Snapshot(), after);
}

TEST_F(ConversationImportTest, ABrokenCalendarNamesTheLineAndWritesNothing) {
  std::string bad = Write("bad.ics",
                          "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\n"
                          "SUMMARY:no start\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
  std::string good = Write("work.ics", kCalendar);
  Ok({"list"});
  std::string before = kith_.Snapshot();
  Output o = kith_.Run({"import", good, bad, "--me", "me@example.com"});
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_THAT(o.err, HasSubstr("bad.ics:3: "));
  EXPECT_EQ(kith_.Snapshot(), before);
}

TEST_F(ConversationImportTest, MailMakesPeopleOfTwoWayCorrespondentsOnly) {
  std::string inbox = Write("Inbox", kInbox);
  std::string sent = Write("Sent", kSent);
  Output o = Ok({"import", inbox, sent, "--me", "me@example.com"});
  EXPECT_EQ(o.out,
            "1 created, 0 merged into people you had, 0 unchanged, 0 skipped; 1 contact point "
            "added\n2 interactions added, 0 already imported; 0 sightings of people together\n"
            "2 correspondents left out (no two-way exchange or meeting with you)\n"
            "1 skipped: mail from no-reply senders\n1 skipped: mailing lists and bulk mail\n"
            "1 skipped: no one in it becomes a person\n");
  Output ana = Ok({"show", "ana"});
  EXPECT_THAT(ana.out, HasSubstr("Ana Líma (#1)"));
  EXPECT_THAT(ana.out, HasSubstr("2026-11-02  email, you reached out"));
  EXPECT_THAT(ana.out, HasSubstr("2026-11-02  email, they reached out"));
  std::string after = kith_.Snapshot();
  EXPECT_THAT(Ok({"import", sent, inbox, "--me", "me@example.com"}).out,
              HasSubstr("0 interactions added, 2 already imported"));
  EXPECT_EQ(kith_.Snapshot(), after);
}

TEST_F(ConversationImportTest, ContactsFirstThenMailAddsHistoryToThem) {
  Ok({"add", "Ben Ortiz", "--email", "ben@example.org"});
  Output o = Ok({"import", Write("Inbox", kInbox), "--me", "me@example.com"});
  EXPECT_THAT(o.out, HasSubstr("1 interaction added"));
  EXPECT_THAT(Ok({"show", "ben"}).out, HasSubstr("2026-11-05  email, they reached out"));
}

TEST_F(ConversationImportTest, NotAnMboxNamesTheByte) {
  Ok({"list"});
  std::string before = kith_.Snapshot();
  Output o = kith_.Run({"import", "--format", "mbox", Write("notes.txt", "hello\n")});
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_THAT(o.err, HasSubstr("notes.txt: byte 0: not an mbox file"));
  EXPECT_EQ(kith_.Snapshot(), before);
}

}  // namespace
}  // namespace kith::test
