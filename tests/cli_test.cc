// The CLI session of the foundation issue, run exactly as written.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "kith_test.h"

namespace kith::test {
namespace {

using ::testing::HasSubstr;

class CliTest : public KithTest {
 protected:
  void Session() {
    Ok({"add", "Ana Silva", "--email", "ana@example.com", "--phone", "+44 20 7946 0958",
        "--company", "Crumb & Co", "--title", "Owner", "--met", "Venture Cafe", "--tag", "baker"});
    Ok({"meet",
        "Ben Okafor; met at Venture Cafe via Ana Silva; works at Acme as CTO; dog Biscuit; likes "
        "trail running; needs a designer; offers mentoring; ben@acme.example"});
    Ok({"fact", "ben", "pet", "Biscuit, a beagle"});
    Ok({"note", "ben", "Moving to Lisbon in spring"});
    Ok({"need", "ben", "intro to a seed investor"});
    Ok({"offer", "ana", "catering for events"});
    Ok({"date", "ben", "birthday", "1990-04-12"});
    Ok({"log", "ben", "coffee", "--date", "2026-11-20", "--they-initiated", "--note",
        "talked about his race"});
    Ok({"tag", "ben", "runner"});
  }
};

TEST_F(CliTest, TheFoundationSessionWorksAsWritten) {
  Session();
  Output show = Ok({"show", "ben"});
  EXPECT_EQ(show.out,
            "Ben Okafor (#2)\n"
            "CTO at Acme\n"
            "Contact   email    ben@acme.example\n"
            "Met       at Venture Cafe, via Ana Silva (#1)\n"
            "Tags      runner\n"
            "Matters   pet     dog Biscuit\n"
            "          like    trail running\n"
            "          pet     Biscuit, a beagle\n"
            "Needs     a designer\n"
            "          intro to a seed investor\n"
            "Offers    mentoring\n"
            "Dates     birthday     1990-04-12 (next in 141 days, turns 37)\n"
            "Notes     2026-11-22  Moving to Lisbon in spring\n"
            "History   1 interaction · last 2 days ago\n"
            "          2026-11-20  coffee, they reached out — talked about his race\n");
  Ok({"edit", "ben", "--title", "CEO"});
  EXPECT_THAT(Ok({"show", "ben"}).out, HasSubstr("CEO at Acme\n"));
  EXPECT_EQ(Ok({"archive", "ben"}).out, "Archived Ben Okafor (#2)\n");
  EXPECT_EQ(Ok({"list"}).out,
            "#1     Ana Silva               Owner, Crumb & Co             #baker\n1 person\n");
}

TEST_F(CliTest, ListByTagAndJson) {
  Session();
  Output list = Ok({"list", "--tag", "runner", "--json"});
  EXPECT_THAT(list.out, HasSubstr("\"name\": \"Ben Okafor\""));
  EXPECT_THAT(list.out, HasSubstr("\"last_interaction_at\": \"2026-11-20T12:00:00Z\""));
  EXPECT_THAT(list.out, Not(HasSubstr("Ana Silva")));
}

TEST_F(CliTest, ShowJsonHasTheBrief) {
  Session();
  Output show = Ok({"show", "ana@example.com", "--json"});
  EXPECT_THAT(show.out, HasSubstr("\"normalized\": \"+442079460958\""));
  EXPECT_THAT(show.out, HasSubstr("\"text\": \"catering for events\""));
}

TEST_F(CliTest, MeetDryRunPrintsAndWritesNothing) {
  Output o = Ok({"meet", "--dry-run", "Zoë Adler; works at Crumb & Co; cat Miso; zoe@example.com"});
  EXPECT_EQ(o.out,
            "Zoë Adler (dry run: nothing written)\n"
            "  company   Crumb & Co\n"
            "  email     zoe@example.com\n"
            "  pet       cat Miso\n");
  EXPECT_EQ(kith_.Snapshot().find("Zoë"), std::string::npos);
}

TEST_F(CliTest, NonAsciiNamesMatchWithoutAccents) {
  for (const char* name : {"Zoë Adler", "José Núñez", "李娜", "Łukasz Nowak"}) Ok({"add", name});
  EXPECT_THAT(Ok({"show", "zoe"}).out, HasSubstr("Zoë Adler (#1)"));
  EXPECT_THAT(Ok({"show", "JOSE"}).out, HasSubstr("José Núñez (#2)"));
  EXPECT_THAT(Ok({"show", "李娜"}).out, HasSubstr("李娜 (#3)"));
  EXPECT_THAT(Ok({"show", "lukasz"}).out, HasSubstr("Łukasz Nowak (#4)"));
  Ok({"note", "łukasz", "Plays chess"});
}

TEST_F(CliTest, DatabaseLocationFollowsEnvironment) {
  Output o = kith_.RunRaw({"add", "Ana"}, {"KITH_DB=" + (kith_.dir() / "env.db").string()});
  ASSERT_EQ(o.exit_code, 0) << o.err;
  EXPECT_TRUE(std::filesystem::exists(kith_.dir() / "env.db"));
  o = kith_.RunRaw({"add", "Ben"}, {});
  ASSERT_EQ(o.exit_code, 0) << o.err;
  EXPECT_TRUE(std::filesystem::exists(kith_.dir() / "data" / "kith" / "kith.db"));
}

TEST_F(CliTest, StatsSummarizesTheNetwork) {
  Session();
  Output o = Ok({"stats"});
  EXPECT_THAT(o.out, HasSubstr("2 people · 1 interactions"));
  EXPECT_THAT(o.out, HasSubstr("Most in touch this year: Ben Okafor (#2)"));
}

TEST_F(CliTest, FindSearchesEverythingWithSnippets) {
  Session();
  Output o = Ok({"find", "biscuit"});
  EXPECT_EQ(o.out,
            "#2     Ben Okafor              CTO, Acme\n"
            "       dog [Biscuit] · trail running · [Biscuit], a beagle\n"
            "1 match for \"biscuit\"\n");
  EXPECT_THAT(Ok({"find", "lisb", "spring"}).out, HasSubstr("Moving to [Lisbon] in [spring]"));
  EXPECT_THAT(Ok({"find", "CATERING"}).out, HasSubstr("#1     Ana Silva"));
  EXPECT_THAT(Ok({"find", "nobody-has-this"}).out, HasSubstr("0 matches"));
  EXPECT_THAT(Ok({"find", "runner", "--json"}).out, HasSubstr("\"snippet\": \"[runner]\""));
}

TEST_F(CliTest, HelpExplainsTheMeetGrammar) {
  Output o = kith_.Run({"meet", "--help"});
  EXPECT_EQ(o.exit_code, 0);
  EXPECT_THAT(o.out, HasSubstr("met at PLACE"));
}

}  // namespace
}  // namespace kith::test
