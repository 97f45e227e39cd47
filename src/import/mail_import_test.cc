// mbox into the conversation log, read in parts on two threads: the same
// people, interactions and counts whatever the part size, and the first
// error in the file is the one told.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <string>

#include "import/conversation_imports.h"
#include "import/conversations.h"
#include "store/test_db.h"

namespace kith::import {
namespace {

// Ana, Ben and Carla write to you and you to them; every fifth message is a
// newsletter.
std::string Mailbox(int messages) {
  const char* people[] = {"Ana Lima <ana@example.com>", "Ben Ortiz <ben@example.org>",
                          "=?UTF-8?Q?Carla_D=C3=ADaz?= <carla@example.net>"};
  std::string out;
  for (int i = 0; i < messages; ++i) {
    std::string them = people[i % 3];
    bool from_me = i % 2 == 0;
    out += fmt::format("From x@y Thu Mar  7 09:00:00 2024\nMessage-ID: <m{}@example.com>\n", i);
    out += fmt::format("Date: Thu, {} Mar 2024 09:00:00 +0000\n", 1 + i % 28);
    out += fmt::format("From: {}\nTo: {}\n", from_me ? "me@example.com" : them,
                       from_me ? them : "me@example.com");
    if (i % 5 == 4) out += "List-Id: <news.example.com>\n";
    out += fmt::format("\nBody {}\n>From an escaped line\n\n", i);
  }
  return out;
}

class MailImportTest : public store::StoreTest {
 protected:
  // Imports `text` in parts of `part_bytes`; the report, or the error.
  Result<ImportReport> Import(std::string_view text, size_t part_bytes) {
    PeopleMerger merger(*db_, "GB", kNow);
    ConversationLog log(*db_, merger, options_, kNow);
    ImportReport report;
    Progress none(nullptr, "", 0);
    ImportSession session{merger, report, options_, log, none, kNow};
    KITH_RETURN_IF_ERROR(ImportMbox(text, "inbox.mbox", session, part_bytes));
    KITH_RETURN_IF_ERROR(log.Finish(report));
    return report;
  }
  std::string Interactions() {
    SQLite::Statement q(db_->sql(),
                        "SELECT group_concat(source_key || '/' || at || '/' || direction, ' ') "
                        "FROM (SELECT * FROM interaction ORDER BY id)");
    q.executeStep();
    return q.getColumn(0).getString();
  }
  ImportOptions options_{.csv_map = "", .me = {"me@example.com"}};
};

TEST_F(MailImportTest, PartsOnTwoThreadsGiveWhatTheWholeFileGives) {
  std::string mbox = Mailbox(60);
  auto whole = Import(mbox, kMboxPartBytes);
  ASSERT_TRUE(whole) << whole.status().message();
  EXPECT_EQ(whole->created, 3);
  EXPECT_EQ(whole->interactions_added, 48);
  EXPECT_EQ(whole->messages_skipped["mailing lists and bulk mail"], 12);
  std::string expected = Interactions();
  for (size_t part : {size_t{1}, size_t{100}, size_t{777}, mbox.size() / 2}) {
    db_->sql().exec("DELETE FROM interaction; DELETE FROM person;");
    auto parts = Import(mbox, part);
    ASSERT_TRUE(parts) << parts.status().message();
    EXPECT_EQ(parts->created, 3) << "parts of " << part;
    EXPECT_EQ(parts->interactions_added, 48) << "parts of " << part;
    EXPECT_EQ(parts->messages_skipped, whole->messages_skipped) << "parts of " << part;
    EXPECT_EQ(Interactions(), expected) << "parts of " << part;
  }
}

TEST_F(MailImportTest, AnErrorInTheSecondThreadsPartNamesItsByte) {
  std::string mbox = Mailbox(10);
  size_t bad = mbox.size();
  mbox += "From x\nFrom: a@example.com\n";
  for (int i = 0; i < 20000; ++i) mbox += "X-Filler: " + std::string(60, 'x') + "\n";
  auto r = Import(mbox, bad / 2);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.status().message(),
            fmt::format("inbox.mbox: byte {}: header block larger than 1 MiB", bad));
}

TEST_F(MailImportTest, TheFirstErrorInTheFileWins) {
  std::string mbox = "Not mail at all\n" + Mailbox(10);
  auto r = Import(mbox, 50);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.status().message(),
            "inbox.mbox: byte 0: not an mbox file (expected a \"From \" line)");
}

}  // namespace
}  // namespace kith::import
