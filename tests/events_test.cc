// kith event, followups and group end to end.
#include <gmock/gmock.h>

#include <nlohmann/json.hpp>

#include "kith_test.h"

namespace kith::test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class EventsTest : public KithTest {
 protected:
  void SetUp() override {
    Ok({"add", "Ana Silva"});
    Ok({"add", "Ben Okafor"});
    Ok({"event", "add", "Venture Cafe", "--date", "2026-11-19", "--place", "Cambridge, MA"});
  }
};

TEST_F(EventsTest, MetAtAnEventThenFollowedUp) {
  EXPECT_THAT(Ok({"event", "met", "venture", "ben", "ana"}).out,
              HasSubstr("Met at Venture Cafe (2026-11-19): Ben Okafor (#2), Ana Silva (#1)"));
  EXPECT_THAT(Ok({"event", "met", "#1", "ben"}).out, HasSubstr("Already recorded: Ben Okafor"));
  std::string due = Ok({"followups"}).out;
  EXPECT_THAT(due, HasSubstr("Ana Silva"));
  EXPECT_THAT(due, HasSubstr("h late"));  // met 2026-11-19, now 2026-11-22
  Ok({"log", "ana", "message"});
  due = Ok({"followups"}).out;
  EXPECT_THAT(due, Not(HasSubstr("Ana Silva")));
  EXPECT_THAT(due, HasSubstr("Ben Okafor"));
  std::string brief = Ok({"show", "ben"}).out;
  EXPECT_THAT(brief, HasSubstr("Met at    2026-11-19 Venture Cafe (Cambridge, MA)"));
  EXPECT_THAT(Ok({"event", "list"}).out, HasSubstr("Venture Cafe (Cambridge, MA)  · met 2"));
}

TEST_F(EventsTest, MeetingAgainChangesNothing) {
  Ok({"event", "met", "venture", "ben"});
  std::string before = kith_.Snapshot();
  Ok({"event", "met", "venture", "ben"});
  EXPECT_EQ(kith_.Snapshot(), before);
}

TEST_F(EventsTest, BadReferencesChangeNothing) {
  std::string before = kith_.Snapshot();
  Output o = kith_.Run({"event", "met", "venture", "ben", "nobody"});
  EXPECT_EQ(o.exit_code, 3);
  EXPECT_THAT(o.err, HasSubstr("no person matches 'nobody'"));
  EXPECT_EQ(kith_.Run({"event", "met", "gala", "ben"}).exit_code, 3);
  EXPECT_EQ(kith_.Snapshot(), before);
  Ok({"event", "add", "Gala", "--date", "2027-03-01"});
  o = kith_.Run({"event", "met", "gala", "ben"});
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_THAT(o.err, HasSubstr("has not happened yet"));
}

TEST_F(EventsTest, Groups) {
  EXPECT_THAT(Ok({"group", "join", "Running club", "ben", "ana"}).out,
              HasSubstr("Running club: added Ben Okafor (#2), Ana Silva (#1)"));
  EXPECT_THAT(Ok({"group", "join", "running CLUB", "ben"}).out, HasSubstr("already in it"));
  EXPECT_THAT(Ok({"group", "list"}).out, HasSubstr("Running club (2): Ana Silva (#1), Ben Okafor"));
  EXPECT_THAT(Ok({"show", "ana", "--json"}).out, HasSubstr("\"groups\": [\n    \"Running club\""));
  EXPECT_EQ(kith_.Run({"group", "list", "chess"}).exit_code, 3);
}

TEST_F(EventsTest, AListToInviteInTheFormatYouNeed) {
  Ok({"contact", "ana", "email", "ana@example.com"});
  Ok({"tag", "ana", "fundraiser"});
  Ok({"tag", "ben", "fundraiser"});
  Output link = kith_.Run({"list", "--tag", "fundraiser", "--export", "mailto"});
  EXPECT_EQ(link.exit_code, 0);
  EXPECT_EQ(link.out, "mailto:?bcc=ana@example.com\n");
  EXPECT_THAT(link.err, HasSubstr("Ben Okafor (#2) has no email address"));
  std::string csv = Ok({"list", "--tag", "fundraiser", "--export", "csv"}).out;
  EXPECT_THAT(csv, HasSubstr("Ana Silva,Ana,Silva"));
  EXPECT_THAT(csv, HasSubstr("Ben Okafor,Ben,Okafor"));
  Ok({"circle", "ana", "close"});
  std::string cards = Ok({"list", "--circle", "close", "--export", "vcard"}).out;
  EXPECT_THAT(cards, HasSubstr("FN:Ana Silva"));
  EXPECT_THAT(cards, Not(HasSubstr("Ben")));
  EXPECT_EQ(kith_.Run({"list", "--circle", "besties"}).exit_code, 2);
  EXPECT_EQ(kith_.Run({"list", "--tag", "nobody-has-it", "--export", "mailto"}).exit_code, 3);
}

TEST_F(EventsTest, OpportunitiesWithPeople) {
  EXPECT_THAT(Ok({"opp", "add", "Staff engineer at Acme", "--kind", "job", "--with", "ben"}).out,
              HasSubstr("#1    job      open   Staff engineer at Acme — with Ben Okafor (#2)"));
  EXPECT_THAT(Ok({"show", "ben"}).out,
              HasSubstr("Opportunities #1 Staff engineer at Acme (job, open)"));
  EXPECT_THAT(Ok({"opp", "set", "1", "won"}).out, HasSubstr("won"));
  EXPECT_THAT(Ok({"opp", "list", "--status", "open"}).out, HasSubstr("No opportunities open."));
  std::string before = kith_.Snapshot();
  EXPECT_EQ(kith_.Run({"opp", "add", "X", "--kind", "gig"}).exit_code, 2);
  EXPECT_EQ(kith_.Run({"opp", "add", "X", "--with", "nobody"}).exit_code, 3);
  EXPECT_EQ(kith_.Run({"opp", "set", "9", "won"}).exit_code, 3);
  EXPECT_EQ(kith_.Snapshot(), before);
}

TEST_F(EventsTest, ReadCommandsSpeakJson) {
  Ok({"event", "met", "venture", "ben"});
  Ok({"group", "join", "Running club", "ana"});
  Ok({"opp", "add", "Seed round", "--kind", "investment", "--with", "ana"});
  auto events = nlohmann::json::parse(Ok({"event", "list", "--json"}).out);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0]["name"], "Venture Cafe");
  EXPECT_EQ(events[0]["met"], 1);
  auto due = nlohmann::json::parse(Ok({"followups", "--json"}).out);
  ASSERT_EQ(due.size(), 1u);
  EXPECT_EQ(due[0]["person"]["name"], "Ben Okafor");
  EXPECT_EQ(due[0]["overdue"], true);
  auto groups = nlohmann::json::parse(Ok({"group", "list", "--json"}).out);
  EXPECT_EQ(groups[0]["members"][0]["name"], "Ana Silva");
  auto opps = nlohmann::json::parse(Ok({"opp", "list", "--json"}).out);
  EXPECT_EQ(opps[0]["kind"], "investment");
  EXPECT_EQ(opps[0]["people"][0]["id"], 1);
  EXPECT_EQ(kith_.Run({"group", "list", "chess", "--json"}).exit_code, 3);
  auto merges = nlohmann::json::parse(Ok({"merges", "--json"}).out);
  EXPECT_TRUE(merges.is_array() && merges.empty());
}

}  // namespace
}  // namespace kith::test
