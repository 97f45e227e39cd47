#include "formats/whatsapp.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>
#include <string>
#include <string_view>
#include <vector>

#include "formats/vcard_test_samples.h"

namespace kith::formats {
namespace {

using test::Crlf;

std::string Iso(int64_t t) {
  auto tt = static_cast<std::time_t>(t);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", tm.tm_year + 1900, tm.tm_mon + 1,
                     tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
}

class WhatsAppTest : public ::testing::Test {
 protected:
  void SetUp() override {
    setenv("TZ", "UTC", 1);
    tzset();
  }

  // "4 2021-01-01T00:00:00Z Ana Lima: Happy new year!" per message, or the error.
  static std::vector<std::string> Read(std::string_view text) {
    std::vector<std::string> out;
    Status s = ReadWhatsApp(text, [&](const ChatMessage& m) {
      out.push_back(fmt::format("{} {} {}: {}", m.line, Iso(m.at), m.sender, m.text));
      return Status::Ok();
    });
    if (!s.ok()) return {s.message()};
    return out;
  }
};

TEST_F(WhatsAppTest, AndroidUsGroup) {
  std::string_view chat =
      "12/31/20, 11:59\u202FPM - Messages and calls are end-to-end encrypted. No one outside of "
      "this chat, not even WhatsApp, can read or listen to them. Tap to learn more.\n"
      "12/31/20, 11:59\u202FPM - Ana Lima created group \"Book Club\"\n"
      "12/31/20, 11:59\u202FPM - Ana Lima added Ben Okafor\n"
      "1/1/21, 12:00\u202FAM - Ana Lima: Happy new year!\n"
      "1/1/21, 12:01\u202FAM - Ben Okafor: Same to you 🎉\n"
      "1/1/21, 9:15 AM - \u202A+1 555-0100\u202C: <Media omitted>\n"
      "1/2/21, 12:30 PM - Ana Lima: First book:\n"
      "The Dispossessed\n"
      "by Ursula K. Le Guin\n"
      "1/2/21, 12:31 PM - Ben Okafor left\n"
      "1/13/21, 8:05 PM - Caro Diaz: who's in?\n";
  EXPECT_EQ(Read(chat), (std::vector<std::string>{
                            "4 2021-01-01T00:00:00Z Ana Lima: Happy new year!",
                            "5 2021-01-01T00:01:00Z Ben Okafor: Same to you 🎉",
                            "6 2021-01-01T09:15:00Z +1 555-0100: <Media omitted>",
                            "7 2021-01-02T12:30:00Z Ana Lima: First book:\nThe Dispossessed\nby "
                            "Ursula K. Le Guin",
                            "11 2021-01-13T20:05:00Z Caro Diaz: who's in?",
                        }));
}

TEST_F(WhatsAppTest, AndroidDayFirstGroupWithCrlf) {
  std::string chat = Crlf(
      "31/12/2020, 23:59 - Messages and calls are end-to-end encrypted. No one outside of this "
      "chat, not even WhatsApp, can read or listen to them. Tap to learn more.\n"
      "31/12/2020, 23:59 - Ana Lima: hello\n"
      "01/01/2021, 00:05 - Ben Okafor: olá, tudo bem?\n"
      "\n"
      "feliz ano novo\n"
      "\n"
      "\n"
      "01/01/2021, 00:06 - Ana Lima changed the group description\n"
      "01/01/2021, 00:06 - ~ Dora: tudo!\n");
  EXPECT_EQ(Read(chat), (std::vector<std::string>{
                            "2 2020-12-31T23:59:00Z Ana Lima: hello",
                            "3 2021-01-01T00:05:00Z Ben Okafor: olá, tudo bem?\n\nfeliz ano novo",
                            "9 2021-01-01T00:06:00Z Dora: tudo!",
                        }));
}

TEST_F(WhatsAppTest, IphoneDottedGroup) {
  std::string chat = Crlf(
      "[31.12.20, 23:50:00] Book Club: \u200EMessages and calls are end-to-end encrypted. No one "
      "outside of this chat, not even WhatsApp, can read or listen to them.\n"
      "[31.12.20, 23:50:00] \u200EAna Lima created group “Book Club”\n"
      "[31.12.20, 23:50:00] \u200EAna Lima added you\n"
      "[31.12.20, 23:50:01] \u200EAna Lima changed the subject to “Plans: 2021”\n"
      "[31.12.20, 23:51:00] Ben Okafor: \u200Eimage omitted\n"
      "[31.12.20, 23:59:59] Ana Lima: hello: all of you\n"
      "\u200E[01.01.21, 00:10:12] \u202F~\u202FCaro: two\n"
      "lines\n");
  EXPECT_EQ(Read(chat), (std::vector<std::string>{
                            "5 2020-12-31T23:51:00Z Ben Okafor: \u200Eimage omitted",
                            "6 2020-12-31T23:59:59Z Ana Lima: hello: all of you",
                            "7 2021-01-01T00:10:12Z Caro: two\nlines",
                        }));
}

TEST_F(WhatsAppTest, IphoneUsOneToOne) {
  std::string_view chat =
      "[12/31/20, 11:59:59\u202FPM] Ana Lima: \u200E"
      "Messages and calls are end-to-end encrypted. No one outside of this chat, not even "
      "WhatsApp, can read or listen to them.\n"
      "[1/1/21, 12:00:00\u202FPM] Ana Lima: lunch?\n"
      "[1/1/21, 12:30:00\u202FPM] Ben Okafor: sure\n";
  EXPECT_EQ(Read(chat), (std::vector<std::string>{
                            "2 2021-01-01T12:00:00Z Ana Lima: lunch?",
                            "3 2021-01-01T12:30:00Z Ben Okafor: sure",
                        }));
}

TEST_F(WhatsAppTest, AmbiguousDatesAreDayFirstWithout24HourClock) {
  EXPECT_EQ(Read("01/02/2021, 09:00 - Ana: hi\n"),
            (std::vector<std::string>{"1 2021-02-01T09:00:00Z Ana: hi"}));
  EXPECT_EQ(Read("01/02/21, 9:00 am - Ana: hi\n"),
            (std::vector<std::string>{"1 2021-01-02T09:00:00Z Ana: hi"}));
}

TEST_F(WhatsAppTest, OrderComesFromTheWholeFile) {
  // Only the last line shows that the first field is the month.
  EXPECT_EQ(Read("01/02/2021, 09:00 - Ana: hi\n01/13/2021, 09:00 - Ben: hey\n"),
            (std::vector<std::string>{"1 2021-01-02T09:00:00Z Ana: hi",
                                      "2 2021-01-13T09:00:00Z Ben: hey"}));
  // Even with AM/PM, a first field above 12 means day first.
  EXPECT_EQ(Read("01/02/21, 9:00 p. m. - Ana: hola\n25/02/21, 9:00 p. m. - Ana: qué tal\n"),
            (std::vector<std::string>{"1 2021-02-01T21:00:00Z Ana: hola",
                                      "2 2021-02-25T21:00:00Z Ana: qué tal"}));
}

TEST_F(WhatsAppTest, DateImpossibleInTheFilesOrderIsText) {
  // Month first (13 in the second field), so 31/01 is no date: a pasted line.
  EXPECT_EQ(Read("01/13/21, 9:00 AM - Ana: look\n31/01/21, 9:00 AM - Ben: quoted\n"),
            (std::vector<std::string>{
                "1 2021-01-13T09:00:00Z Ana: look\n31/01/21, 9:00 AM - Ben: quoted"}));
}

TEST_F(WhatsAppTest, YearFirstAndNoonMidnight) {
  EXPECT_EQ(Read("2023-03-05 14:07 - Ana: fika?\n"),
            (std::vector<std::string>{"1 2023-03-05T14:07:00Z Ana: fika?"}));
  EXPECT_EQ(
      Read("1/1/21, 12:00 AM - Ana: a\n1/1/21, 12:00 PM - Ana: b\n"),
      (std::vector<std::string>{"1 2021-01-01T00:00:00Z Ana: a", "2 2021-01-01T12:00:00Z Ana: b"}));
}

TEST_F(WhatsAppTest, LocalTimeFollowsTheTimeZone) {
  setenv("TZ", "America/Sao_Paulo", 1);
  tzset();
  EXPECT_EQ(Read("31/12/2020, 23:59 - Ana: feliz ano novo\n"),
            (std::vector<std::string>{"1 2021-01-01T02:59:00Z Ana: feliz ano novo"}));
}

TEST_F(WhatsAppTest, BomBlankLinesAndOnlyNotices) {
  EXPECT_EQ(Read("\xEF\xBB\xBF\n\n12/31/20, 11:59 PM - Ana: hi\n"),
            (std::vector<std::string>{"3 2020-12-31T23:59:00Z Ana: hi"}));
  EXPECT_EQ(Read("12/31/20, 11:59 PM - Ana added Ben\n"), (std::vector<std::string>{}));
}

TEST_F(WhatsAppTest, NotAChatExport) {
  for (std::string_view text :
       {"", "\n", "hello\n12/31/20, 11:59 PM - Ana: hi\n", "BEGIN:VCARD\n", "12/31/20 - Ana: hi\n",
        "13/13/20, 11:59 - Ana: hi\n", "12/31/20, 25:00 - Ana: hi\n"}) {
    EXPECT_EQ(Read(text), (std::vector<std::string>{"line 1: not a WhatsApp chat export"})) << text;
  }
  EXPECT_EQ(Read("\n\nhello\n"), (std::vector<std::string>{"line 3: not a WhatsApp chat export"}));
}

TEST_F(WhatsAppTest, CallbackErrorStopsReading) {
  int calls = 0;
  Status s =
      ReadWhatsApp("1/1/21, 9:00 AM - Ana: a\n1/1/21, 9:01 AM - Ana: b\n", [&](const ChatMessage&) {
        ++calls;
        return Status::Conflict("enough");
      });
  EXPECT_EQ(s.message(), "enough");
  EXPECT_EQ(calls, 1);
}

TEST_F(WhatsAppTest, TextPointsIntoTheInputWhenItCan) {
  std::string_view chat = "1/1/21, 9:00 AM - Ana: one\ntwo\n";
  std::string_view text;
  ASSERT_TRUE(ReadWhatsApp(chat, [&](const ChatMessage& m) {
    text = m.text;
    return Status::Ok();
  }));
  EXPECT_EQ(text, "one\ntwo");
  EXPECT_EQ(text.data(), chat.data() + 23);
}

}  // namespace
}  // namespace kith::formats
