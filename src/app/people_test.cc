#include "app/people.h"

#include <gtest/gtest.h>

#include "app/brief.h"
#include "app/test_context.h"

namespace kith::app {
namespace {

class PeopleAppTest : public AppTest {
 protected:
  Result<int64_t> Capture(const std::string& line) {
    auto c = core::ParseCapture(line);
    if (!c) return c.status();
    auto prepared = PreparePerson(ctx(), *c);
    if (!prepared) return prepared.status();
    return WritePerson(ctx(), *prepared);
  }
};

TEST_F(PeopleAppTest, MeetLineStoresEverything) {
  ASSERT_TRUE(Capture("Ana Silva; ana@example.com"));
  auto id = Capture(
      "Ben Okafor; met at Venture Cafe via Ana Silva; works at Acme as CTO; dog Biscuit; likes "
      "trail running; needs a designer; offers mentoring; ben@acme.example");
  ASSERT_TRUE(id) << id.status().message();
  auto b = LoadBriefById(ctx(), *id);
  ASSERT_TRUE(b);
  EXPECT_EQ(b->person.company, "Acme");
  EXPECT_EQ(b->person.title, "CTO");
  EXPECT_EQ(b->person.met_where, "Venture Cafe");
  ASSERT_TRUE(b->person.met_through);
  EXPECT_EQ(b->person.met_through->name, "Ana Silva");
  ASSERT_EQ(b->contacts.size(), 1u);
  EXPECT_EQ(b->contacts[0].normalized, "ben@acme.example");
  ASSERT_EQ(b->facts.size(), 2u);
  EXPECT_EQ(b->facts[0].kind, core::FactKind::kPet);
  EXPECT_EQ(b->facts[0].text, "dog Biscuit");
  ASSERT_EQ(b->needs_offers.size(), 2u);
}

TEST_F(PeopleAppTest, UnknownViaIsKeptAsText) {
  auto c = core::ParseCapture("Ben; via Carla Diaz");
  auto prepared = PreparePerson(ctx(), *c);
  ASSERT_TRUE(prepared);
  EXPECT_FALSE(prepared->person.met_through);
  EXPECT_EQ(prepared->person.met_how, "via Carla Diaz");
  ASSERT_EQ(prepared->warnings.size(), 1u);
}

TEST_F(PeopleAppTest, BadPhoneFailsAndWritesNothing) {
  auto id = Capture("Ben; 12; ben@acme.example");
  // "12" is not recognised as a phone (too short), so it becomes a note; a
  // malformed recognised phone must fail:
  ASSERT_TRUE(id);
  core::Capture c;
  c.name = "Carla";
  c.phones = {"+1 555"};
  auto prepared = PreparePerson(ctx(), c);
  ASSERT_FALSE(prepared);
  EXPECT_EQ(prepared.status().code(), Code::kInvalid);
}

TEST_F(PeopleAppTest, EmailOfAnotherPersonIsAConflict) {
  ASSERT_TRUE(Capture("Ana Silva; ana@example.com"));
  auto again = Capture("Ana S; ANA@example.com");
  ASSERT_FALSE(again);
  EXPECT_EQ(again.status().code(), Code::kConflict);
  EXPECT_NE(again.status().message().find("already belongs to Ana Silva"), std::string::npos);
  EXPECT_EQ(Count("SELECT count(*) FROM person"), 1);
}

TEST_F(PeopleAppTest, SameNameWarns) {
  ASSERT_TRUE(Capture("Ana Silva"));
  core::Capture c;
  c.name = "ana silva";
  auto prepared = PreparePerson(ctx(), c);
  ASSERT_TRUE(prepared);
  ASSERT_EQ(prepared->warnings.size(), 1u);
  EXPECT_NE(prepared->warnings[0].find("already called Ana Silva"), std::string::npos);
}

TEST_F(PeopleAppTest, NamesMustBeOneLineAndBounded) {
  core::Capture c;
  c.name = "Ana\nSilva";
  EXPECT_EQ(PreparePerson(ctx(), c).status().message(), "name must be one line");
  c.name = std::string(1001, 'a');
  EXPECT_EQ(PreparePerson(ctx(), c).status().code(), Code::kInvalid);
  c.name = "Ana\xff";
  EXPECT_EQ(PreparePerson(ctx(), c).status().message(), "name is not valid UTF-8");
}

TEST_F(PeopleAppTest, EditChangesOnlyGivenFields) {
  auto id = Capture("Ben Okafor; works at Acme as CTO");
  PersonEdit edit;
  edit.title = "CEO";
  auto p = EditPerson(ctx(), "ben", edit);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->title, "CEO");
  EXPECT_EQ(p->company, "Acme");
  edit = {};
  edit.company = "";
  EXPECT_EQ(EditPerson(ctx(), "ben", edit)->company, "");
  edit = {};
  edit.name = " ";
  EXPECT_EQ(EditPerson(ctx(), "ben", edit).status().message(), "name is empty");
  (void)id;
}

TEST_F(PeopleAppTest, EditViaSelfIsRefused) {
  ASSERT_TRUE(Capture("Ben Okafor"));
  PersonEdit edit;
  edit.met_via = "ben";
  EXPECT_EQ(EditPerson(ctx(), "ben", edit).status().message(),
            "a person cannot be met through themselves");
}

TEST_F(PeopleAppTest, ArchiveAndRestore) {
  auto id = Capture("Ben Okafor");
  ASSERT_TRUE(ArchivePerson(ctx(), "ben", true));
  EXPECT_TRUE(LoadBriefById(ctx(), *id)->person.archived_at);
  ASSERT_TRUE(ArchivePerson(ctx(), "ben", false));
  EXPECT_FALSE(LoadBriefById(ctx(), *id)->person.archived_at);
}

}  // namespace
}  // namespace kith::app
