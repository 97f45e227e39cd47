#include "import/conversations.h"

#include <gtest/gtest.h>

#include "store/details.h"
#include "store/people.h"
#include "store/test_db.h"

namespace kith::import {
namespace {

using Shape = Exchange::Shape;

class ConversationLogTest : public store::StoreTest {
 protected:
  Exchange Mail(std::string key, Party from, std::vector<Party> to, int64_t at = kNow - 86400) {
    Exchange e;
    e.source = "mbox";
    e.source_key = std::move(key);
    e.at = at;
    e.from = std::move(from);
    e.others = std::move(to);
    return e;
  }
  Status Run(const std::vector<Exchange>& exchanges, ImportReport& report) {
    PeopleMerger merger(*db_, "GB", kNow);
    ConversationLog log(*db_, merger, options_, kNow);
    for (const auto& e : exchanges) log.Add(e);
    return log.Finish(report);
  }
  ImportOptions options_{.csv_map = "", .me = {"me@example.com"}};
  Party me_{"Me", "me@example.com"};
  Party ana_{"Ana Lima", "Ana.Lima@example.com"};
  Party ben_{"Ben Ortiz", "ben@example.org"};
  Party news_{"Newsletter", "news@shop.example"};
};

TEST_F(ConversationLogTest, OnlyTwoWayCorrespondentsBecomePeople) {
  ImportReport r;
  ASSERT_TRUE(
      Run({Mail("m1", me_, {ana_, ben_}), Mail("m2", ana_, {me_}), Mail("m3", news_, {me_})}, r)
          .ok());
  EXPECT_EQ(r.created, 1);
  EXPECT_EQ(r.left_out_people, 2);  // Ben never wrote back; the newsletter never got a reply
  EXPECT_EQ(store::GetPerson(*db_, 1)->name, "Ana Lima");
  EXPECT_EQ(store::ContactsOf(*db_, 1)->at(0).normalized, "ana.lima@example.com");
  EXPECT_EQ(r.interactions_added, 2);
  EXPECT_EQ(r.messages_skipped["no one in it becomes a person"], 1);
  EXPECT_EQ(Count("SELECT count(*) FROM interaction WHERE direction = 'out'"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM interaction WHERE source = 'mbox'"), 2);
}

TEST_F(ConversationLogTest, ImportingTwiceChangesNothing) {
  std::vector<Exchange> mail = {Mail("m1", me_, {ana_, ben_}), Mail("m2", ana_, {me_, ben_}),
                                Mail("m3", ben_, {me_})};
  ImportReport first, second;
  ASSERT_TRUE(Run(mail, first).ok());
  EXPECT_EQ(first.interactions_added, 3);
  EXPECT_EQ(Count("SELECT count FROM knows"), 2);  // Ana and Ben in m1 and m2
  ASSERT_TRUE(Run(mail, second).ok());
  EXPECT_EQ(second.created, 0);
  EXPECT_EQ(second.interactions_added, 0);
  EXPECT_EQ(second.already_imported, 3);
  EXPECT_EQ(Count("SELECT count FROM knows"), 2);
  EXPECT_EQ(Count("SELECT count(*) FROM interaction"), 3);
}

TEST_F(ConversationLogTest, PeopleKithHasGetTheirMailEvenOneWay) {
  core::Person p;
  p.name = "Newsletter Person";
  auto id = store::InsertPerson(*db_, p, kNow);
  ASSERT_TRUE(store::AddContact(
                  *db_, *id, {core::ContactKind::kEmail, "news@shop.example", "news@shop.example"},
                  "", kNow)
                  .ok());
  ImportReport r;
  ASSERT_TRUE(Run({Mail("m3", news_, {me_})}, r).ok());
  EXPECT_EQ(r.created, 0);
  EXPECT_EQ(r.interactions_added, 1);
  EXPECT_EQ(Count("SELECT person_id FROM interaction_participant"), *id);
}

TEST_F(ConversationLogTest, WithoutMeTheBusiestAddressIsYouAndTheReportSaysSo) {
  options_.me.clear();
  ImportReport r;
  ASSERT_TRUE(
      Run({Mail("m1", me_, {ana_}), Mail("m2", ana_, {me_}), Mail("m3", me_, {ben_})}, r).ok());
  EXPECT_EQ(r.created, 1);
  ASSERT_FALSE(r.warnings.empty());
  EXPECT_EQ(r.warnings[0],
            "taking you to be me@example.com (in 3 of 3 exchanges); pass --me you@example.com to "
            "say otherwise");
}

TEST_F(ConversationLogTest, MeetingsMakePeopleAndEdges) {
  Exchange e = Mail("uid-1@2026-11-01", ben_, {me_, ana_});
  e.source = "ics";
  e.kind = core::InteractionKind::kMeeting;
  e.shape = Shape::kMeeting;
  e.summary = "Roadmap review";
  ImportReport r;
  ASSERT_TRUE(Run({e}, r).ok());
  EXPECT_EQ(r.created, 2);
  EXPECT_EQ(Count("SELECT count(*) FROM knows WHERE source = 'inferred' AND count = 1"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM interaction WHERE direction = 'in' AND kind = 'meeting' "
                  "AND summary = 'Roadmap review'"),
            1);
}

TEST_F(ConversationLogTest, ChatNeedsToKnowWhichSenderIsYou) {
  Exchange e;
  e.source = "whatsapp";
  e.source_key = "2026-11-01:abc";
  e.kind = core::InteractionKind::kMessage;
  e.shape = Shape::kChat;
  e.from = {"Ana Lima", ""};
  e.others = {{"Alex Doe", ""}};
  ImportReport r;
  Status s = Run({e}, r);
  EXPECT_EQ(s.message(),
            "which chat sender is you? pass --me \"Your Name\" (senders: Ana Lima, Alex Doe)");
  options_.me = {"alex doe"};
  ImportReport r2;
  ASSERT_TRUE(Run({e}, r2).ok());
  EXPECT_EQ(r2.created, 1);
  EXPECT_EQ(Count("SELECT count(*) FROM interaction WHERE direction = 'mutual'"), 1);
}

TEST_F(ConversationLogTest, NamesComeFromAddressesWhenMailHasNone) {
  ImportReport r;
  ASSERT_TRUE(
      Run({Mail("m1", me_, {{"", "carla.mendes@x.org"}, {"", "x7@y.org"}}),
           Mail("m2", {"", "carla.mendes@x.org"}, {me_}), Mail("m3", {"", "x7@y.org"}, {me_})},
          r)
          .ok());
  EXPECT_EQ(store::GetPerson(*db_, 1)->name, "Carla Mendes");
  EXPECT_EQ(store::GetPerson(*db_, 2)->name, "x7@y.org");
}

}  // namespace
}  // namespace kith::import

namespace kith::import {
namespace {

TEST_F(ConversationLogTest, ChatSendersShownAsNumbersGetThatPhone) {
  Exchange e;
  e.source = "whatsapp";
  e.source_key = "2026-11-01:abc";
  e.kind = core::InteractionKind::kMessage;
  e.shape = Shape::kChat;
  e.from = {"+44 7700 900123", ""};
  e.others = {{"Me", ""}};
  options_.me = {"me"};
  ImportReport r;
  ASSERT_TRUE(Run({e}, r).ok());
  EXPECT_EQ(r.created, 1);
  EXPECT_EQ(store::ContactsOf(*db_, 1)->at(0).normalized, "+447700900123");
}

}  // namespace
}  // namespace kith::import

namespace kith::import {
namespace {

TEST_F(ConversationLogTest, NamesakesWithDifferentAddressesStayTwoPeople) {
  Party other_ana{"Ana Lima", "ana@elsewhere.org"};
  ImportReport r;
  ASSERT_TRUE(Run({Mail("m1", me_, {ana_, other_ana}), Mail("m2", ana_, {me_}),
                   Mail("m3", other_ana, {me_})},
                  r)
                  .ok());
  EXPECT_EQ(r.created, 2);
  EXPECT_EQ(Count("SELECT count(*) FROM person WHERE name = 'Ana Lima'"), 2);
}

TEST_F(ConversationLogTest, MailFindsSomeoneKnownOnlyByName) {
  core::Person p;
  p.name = "Ana Lima";
  ASSERT_TRUE(store::InsertPerson(*db_, p, kNow).ok());
  ImportReport r;
  ASSERT_TRUE(Run({Mail("m1", me_, {ana_}), Mail("m2", ana_, {me_})}, r).ok());
  EXPECT_EQ(r.created, 0);
  EXPECT_EQ(r.merged, 1);
  EXPECT_EQ(store::ContactsOf(*db_, 1)->at(0).normalized, "ana.lima@example.com");
}

}  // namespace
}  // namespace kith::import
