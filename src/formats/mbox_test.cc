// Reading mbox files: Thunderbird and Gmail Takeout shapes, bodies skipped,
// bulk mail marked, and the errors.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "formats/mail.h"

namespace kith::formats {
namespace {

using List = std::vector<MailAddress>;

std::vector<MailMessage> ReadAll(std::string_view mbox) {
  MboxReader reader(mbox);
  std::vector<MailMessage> messages;
  MailMessage m;
  for (;;) {
    Result<bool> more = reader.Next(m);
    EXPECT_TRUE(more.ok()) << more.status().message();
    if (!more.ok() || !*more) break;
    messages.push_back(m);
  }
  EXPECT_EQ(reader.consumed(), mbox.size());
  return messages;
}

std::string Crlf(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\n') out.push_back('\r');
    out.push_back(c);
  }
  return out;
}

// Thunderbird: "From - date" separators, X-Mozilla headers, folded headers,
// mboxrd-escaped ">From " body lines and an unescaped "From" inside a line.
constexpr std::string_view kThunderbird =
    "From - Tue Jul 01 10:52:37 2003\n"
    "X-Mozilla-Status: 0001\n"
    "X-Mozilla-Status2: 00000000\n"
    "Received: from mail.example.com (mail.example.com [192.0.2.1])\n"
    "\tby mx.example.org with ESMTPS id abc123\n"
    "\tfor <me@example.org>; Tue, 01 Jul 2003 10:52:37 +0200\n"
    "Message-ID: <3F01.5060@example.com>\n"
    "Date: Tue, 01 Jul 2003 10:52:37 +0200\n"
    "From: Ben Okafor <ben@example.com>\n"
    "To: me@example.org,\n"
    " \"Martin, Zoe\" <zoe@example.net>\n"
    "Subject: Lunch\n"
    "\n"
    "Shall we?\n"
    ">From the office, say noon.\n"
    "Nothing From here starts a message.\n"
    "\n"
    "From - Tue Jul 01 11:02:00 2003\n"
    "X-Mozilla-Status: 0001\n"
    "FROM: me@example.org\n"
    "to: Ben Okafor <ben@example.com>\n"
    "In-Reply-To: <3F01.5060@example.com> (Ben Okafor's message of\n"
    " \"Tue, 01 Jul 2003 10:52:37 +0200\")\n"
    "message-id: <3F01.6000@example.org>\n"
    "date: Tue, 1 Jul 2003 11:02:00 +0200 (CEST)\n"
    "\n"
    ">>From nested escapes too\n";

TEST(MboxThunderbirdTest, ReadsTwoMessages) {
  std::vector<MailMessage> m = ReadAll(kThunderbird);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].offset, 0);
  EXPECT_EQ(m[0].date, 1057049557);
  EXPECT_EQ(m[0].from, (MailAddress{"Ben Okafor", "ben@example.com"}));
  EXPECT_EQ(m[0].to, (List{{"", "me@example.org"}, {"Martin, Zoe", "zoe@example.net"}}));
  EXPECT_EQ(m[0].cc, List{});
  EXPECT_EQ(m[0].message_id, "3F01.5060@example.com");
  EXPECT_EQ(m[0].in_reply_to, "");
  EXPECT_EQ(m[0].bulk, nullptr);
}

TEST(MboxThunderbirdTest, HeaderNamesIgnoreCase) {
  std::vector<MailMessage> m = ReadAll(kThunderbird);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[1].offset, static_cast<int64_t>(kThunderbird.find("From - Tue Jul 01 11:02")));
  EXPECT_EQ(m[1].from, (MailAddress{"", "me@example.org"}));
  EXPECT_EQ(m[1].to, (List{{"Ben Okafor", "ben@example.com"}}));
  EXPECT_EQ(m[1].in_reply_to, "3F01.5060@example.com");
  EXPECT_EQ(m[1].message_id, "3F01.6000@example.org");
  EXPECT_EQ(m[1].date, 1057049557 + 563);
}

// Gmail Takeout: "From <thread id>@xxx" separators, X-GM-THRID and
// X-Gmail-Labels first, CRLF line ends, encoded names.
constexpr std::string_view kGmail =
    "From 1771234567890123456@xxx Wed Oct 18 09:15:02 +0000 2023\n"
    "X-GM-THRID: 1771234567890123456\n"
    "X-Gmail-Labels: Inbox,Important,Opened\n"
    "Delivered-To: me@example.com\n"
    "Received: by 2002:a05:6a10:1234 with SMTP id x1csp123;\n"
    "        Wed, 18 Oct 2023 02:15:02 -0700 (PDT)\n"
    "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.fr; s=s1;\n"
    "        h=from:to:cc:subject:date:message-id;\n"
    "        bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;\n"
    "        b=dGhpcyBpcyBub3QgYSByZWFsIHNpZ25hdHVyZQ==\n"
    "From: =?UTF-8?B?Wm/DqyBNYXJ0aW4=?= <zoe@example.fr>\n"
    "Date: Wed, 18 Oct 2023 11:15:02 +0200\n"
    "Message-ID: <CAF+abc=def@mail.gmail.com>\n"
    "To: me@example.com\n"
    "Cc: =?iso-8859-1?Q?Jos=E9?= =?iso-8859-1?Q?_Garc=EDa?= <jose@example.es>,\n"
    "  =?UTF-8?Q?=C5=81ukasz?= <lk@example.pl>\n"
    "Content-Type: text/plain; charset=\"UTF-8\"\n"
    "\n"
    "Salut !\n"
    "\n"
    "From 1771234567890999999@xxx Wed Oct 18 10:00:00 +0000 2023\n"
    "X-GM-THRID: 1771234567890999999\n"
    "X-Gmail-Labels: Category Promotions\n"
    "From: Shop <noreply@shop.example>\n"
    "To: me@example.com\n"
    "List-Unsubscribe: <mailto:unsub@shop.example>\n"
    "Precedence: Bulk\n"
    "Date: Wed, 18 Oct 2023 10:00:00 +0000\n"
    "\n"
    "Sale!\n";

TEST(MboxGmailTest, ReadsCrlfTakeout) {
  std::string mbox = Crlf(kGmail);
  std::vector<MailMessage> m = ReadAll(mbox);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].from, (MailAddress{"Zoë Martin", "zoe@example.fr"}));
  EXPECT_EQ(m[0].to, (List{{"", "me@example.com"}}));
  EXPECT_EQ(m[0].cc, (List{{"José García", "jose@example.es"}, {"Łukasz", "lk@example.pl"}}));
  EXPECT_EQ(m[0].message_id, "CAF+abc=def@mail.gmail.com");
  EXPECT_EQ(m[0].date, 1697620502);
  EXPECT_EQ(m[0].bulk, nullptr);
  EXPECT_EQ(m[1].offset, static_cast<int64_t>(mbox.find("From 1771234567890999999")));
  EXPECT_EQ(m[1].from, (MailAddress{"Shop", "noreply@shop.example"}));
  EXPECT_EQ(m[1].date, 1697623200);
}

TEST(MboxBulkTest, StrongestReasonWins) {
  EXPECT_STREQ(ReadAll(kGmail)[1].bulk, "Precedence: bulk");
  auto bulk = [](std::string_view headers) {
    std::string mbox = "From x\n" + std::string(headers) + "\nbody\n";
    std::vector<MailMessage> m = ReadAll(mbox);
    return m.size() == 1 && m[0].bulk ? std::string(m[0].bulk) : std::string("none");
  };
  EXPECT_EQ(bulk("List-Unsubscribe: <x>\nList-Id: <a.b>\n"), "List-Id");
  EXPECT_EQ(bulk("precedence: list\n"), "Precedence: list");
  EXPECT_EQ(bulk("Precedence: junk (spam)\n"), "Precedence: junk");
  EXPECT_EQ(bulk("Precedence: first-class\n"), "none");
  EXPECT_EQ(bulk("Auto-Submitted: auto-replied\n"), "Auto-Submitted");
  EXPECT_EQ(bulk("Auto-Submitted: No (a person)\n"), "none");
  EXPECT_EQ(bulk("X-List-Id: not-a-list\n"), "none");
}

// A multipart message whose attachment holds lines that look like headers and
// separators; only the escaped one could be a separator, and it is escaped.
constexpr std::string_view kMultipart =
    "From ben@example.com Thu Mar  7 09:00:00 2024\n"
    "From: ben@example.com\n"
    "To: me@example.com\n"
    "Date: Thu, 7 Mar 2024 09:00:00 +0000\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/mixed; boundary=\"b1\"\n"
    "\n"
    "--b1\n"
    "Content-Type: text/plain\n"
    "\n"
    "See attached.\n"
    "From: not a header\n"
    ">From ben@example.com Thu Mar  7 09:00:00 2024\n"
    "--b1\n"
    "Content-Type: application/pdf; name=\"a.pdf\"\n"
    "Content-Transfer-Encoding: base64\n"
    "\n"
    "JVBERi0xLjQKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFIvRmlsdGVyIC9GbGF0ZURlY29k\n"
    "ZT4+CnN0cmVhbQp4nCvkMlAwUDC1NNUzMVGwMDHUszRSKErlCtdSyOMK5AIAXbEFJQplbmRzdHJl\n"
    "--b1--\n"
    "\n"
    "From me@example.com Thu Mar  7 10:00:00 2024\n"
    "From: me@example.com\n"
    "To: ben@example.com\n"
    "\n";

TEST(MboxMultipartTest, BodiesAndAttachmentsAreSkipped) {
  std::vector<MailMessage> m = ReadAll(kMultipart);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].from, (MailAddress{"", "ben@example.com"}));
  EXPECT_EQ(m[0].to, (List{{"", "me@example.com"}}));
  EXPECT_EQ(m[0].date, 1709802000);
  EXPECT_EQ(m[1].from, (MailAddress{"", "me@example.com"}));
  EXPECT_EQ(m[1].date, std::nullopt);  // no Date: header
}

TEST(MboxFramingTest, LeadingBlankLinesAndMessagesWithoutBody) {
  std::vector<MailMessage> m =
      ReadAll("\n\r\nFrom a\nFrom: a@example.com\nFrom b\nFrom: b@example.com\n");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].offset, 3);
  EXPECT_EQ(m[0].from.email, "a@example.com");
  EXPECT_EQ(m[1].offset, 30);
  EXPECT_EQ(m[1].from.email, "b@example.com");
}

TEST(MboxFramingTest, EmptyFilesHoldNoMessages) {
  EXPECT_TRUE(ReadAll("").empty());
  EXPECT_TRUE(ReadAll("\n\n").empty());
}

TEST(MboxFramingTest, ReusedMessageIsResetBetweenMessages) {
  std::vector<MailMessage> m = ReadAll(
      "From a\nFrom: a@example.com\nTo: b@example.com, c@example.com\nCc: d@example.com\n"
      "Date: Thu, 7 Mar 2024 09:00:00 +0000\nMessage-ID: <1@a>\nList-Id: x\n\nFrom b\n\n");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[1].from, MailAddress{});
  EXPECT_EQ(m[1].to, List{});
  EXPECT_EQ(m[1].cc, List{});
  EXPECT_EQ(m[1].date, std::nullopt);
  EXPECT_EQ(m[1].message_id, "");
  EXPECT_EQ(m[1].bulk, nullptr);
}

TEST(MboxFramingTest, FirstFromAndDateWinAndToCcAccumulate) {
  std::vector<MailMessage> m = ReadAll(
      "From x\nFrom: undisclosed:;\nFrom: a@example.com\nFrom: b@example.com\n"
      "Date: garbage\nDate: Thu, 7 Mar 2024 09:00:00 +0000\n"
      "To: b@example.com\nTo: c@example.com\n\n");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].from.email, "a@example.com");
  EXPECT_EQ(m[0].date, std::nullopt);
  EXPECT_EQ(m[0].to, (List{{"", "b@example.com"}, {"", "c@example.com"}}));
}

TEST(MboxErrorTest, NotAnMboxFile) {
  MboxReader reader("Return-Path: <a@example.com>\nFrom: a@example.com\n\nhi\n");
  MailMessage m;
  Result<bool> r = reader.Next(m);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "byte 0: not an mbox file (expected a \"From \" line)");
  EXPECT_EQ(r.status().code(), Code::kInvalid);
  Result<bool> again = reader.Next(m);
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(*again);
}

TEST(MboxErrorTest, HeaderBlockTooLarge) {
  std::string mbox = "From a\nFrom: a@example.com\n\nbody\nFrom b\n";
  size_t second = mbox.size() - 7;
  for (int i = 0; i < 20000; ++i) mbox += "X-Filler: " + std::string(60, 'x') + "\n";
  mbox += "\nbody\n";
  MboxReader reader(mbox);
  MailMessage m;
  ASSERT_TRUE(*reader.Next(m));
  Result<bool> r = reader.Next(m);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(),
            "byte " + std::to_string(second) + ": header block larger than 1 MiB");
}

TEST(MboxErrorTest, GarbageDatesAreNullopt) {
  std::vector<MailMessage> m = ReadAll(
      "From a\nDate: someday\n\nFrom b\nDate: Tue, 31 Feb 2003 10:00:00 +0000\n\n"
      "From c\nDate:\n\n");
  ASSERT_EQ(m.size(), 3u);
  for (const MailMessage& message : m) EXPECT_EQ(message.date, std::nullopt);
}

TEST(MboxErrorTest, HeaderLinesWithoutColonAreSkipped) {
  std::vector<MailMessage> m =
      ReadAll("From a\nnonsense line\n: empty name\nTo: b@example.com\n\n");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].to, (List{{"", "b@example.com"}}));
}

// A file read in two parts, split where MboxSplit says, gives the messages
// of the whole file, at every split point.
std::vector<MailMessage> ReadInParts(std::string_view mbox, size_t near) {
  size_t split = MboxSplit(mbox, near);
  std::vector<MailMessage> messages;
  for (auto [begin, end] : {std::pair{size_t{0}, split}, std::pair{split, mbox.size()}}) {
    MboxReader reader(mbox.substr(0, end), begin);
    MailMessage m;
    for (;;) {
      Result<bool> more = reader.Next(m);
      EXPECT_TRUE(more.ok()) << more.status().message();
      if (!more.ok() || !*more) break;
      messages.push_back(m);
    }
  }
  return messages;
}

TEST(MboxSplitTest, PartsReadLikeTheWholeFileAtEverySplit) {
  std::string crlf = Crlf(kThunderbird);
  std::string framing = "\n\r\nFrom a\nFrom: a@example.com\nFrom b\nFrom: b@example.com\n";
  for (std::string_view mbox :
       {kThunderbird, std::string_view(crlf), kMultipart, std::string_view(framing)}) {
    std::vector<MailMessage> whole = ReadAll(mbox);
    for (size_t near = 0; near <= mbox.size() + 1; ++near) {
      std::vector<MailMessage> parts = ReadInParts(mbox, near);
      ASSERT_EQ(parts.size(), whole.size()) << "split near " << near;
      for (size_t i = 0; i < whole.size(); ++i) {
        EXPECT_EQ(parts[i].offset, whole[i].offset) << "split near " << near;
        EXPECT_EQ(parts[i].from, whole[i].from);
        EXPECT_EQ(parts[i].to, whole[i].to);
        EXPECT_EQ(parts[i].date, whole[i].date);
        EXPECT_EQ(parts[i].message_id, whole[i].message_id);
      }
    }
  }
}

TEST(MboxSplitTest, SplitsFallOnMessageStarts) {
  std::string_view mbox = "From a\nFrom: a@example.com\n\nbody From x\nFrom b\n\n";
  EXPECT_EQ(MboxSplit(mbox, 0), 0u);
  EXPECT_EQ(MboxSplit(mbox, 1), 40u);  // "From b", not the "From x" inside a line
  EXPECT_EQ(MboxSplit(mbox, 40), 40u);
  EXPECT_EQ(MboxSplit(mbox, 41), mbox.size());
  EXPECT_EQ(MboxSplit(mbox, 1000), mbox.size());
}

TEST(MboxSplitTest, ErrorsInALaterPartNameTheirPlaceInTheFile) {
  std::string mbox = "From a\nFrom: a@example.com\n\nbody\nFrom b\n";
  size_t second = mbox.size() - 7;
  for (int i = 0; i < 20000; ++i) mbox += "X-Filler: " + std::string(60, 'x') + "\n";
  MboxReader reader(mbox, MboxSplit(mbox, 1));
  MailMessage m;
  Result<bool> r = reader.Next(m);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(),
            "byte " + std::to_string(second) + ": header block larger than 1 MiB");
}

}  // namespace
}  // namespace kith::formats
