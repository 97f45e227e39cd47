#include "app/resolve.h"

#include <gtest/gtest.h>

#include "app/people.h"
#include "app/test_context.h"

namespace kith::app {
namespace {

class ResolveTest : public AppTest {
 protected:
  int64_t Add(const std::string& name, const std::string& email = "") {
    core::Capture c;
    c.name = name;
    if (!email.empty()) c.emails = {email};
    auto prepared = PreparePerson(ctx(), c);
    EXPECT_TRUE(prepared) << prepared.status().message();
    return *WritePerson(ctx(), *prepared);
  }
};

TEST_F(ResolveTest, ById) {
  int64_t id = Add("Ana Silva");
  EXPECT_EQ(ResolvePerson(*db_, std::to_string(id))->name, "Ana Silva");
  EXPECT_EQ(ResolvePerson(*db_, "#" + std::to_string(id))->id, id);
  EXPECT_EQ(ResolvePerson(*db_, "999").status().code(), Code::kNotFound);
}

TEST_F(ResolveTest, ByEmailNormalized) {
  int64_t id = Add("Ben Okafor", "Ben.Okafor@gmail.com");
  EXPECT_EQ(ResolvePerson(*db_, "benokafor+x@GMAIL.com")->id, id);
  EXPECT_EQ(ResolvePerson(*db_, "nobody@x.org").status().code(), Code::kNotFound);
}

TEST_F(ResolveTest, ByFragmentIgnoringCaseAndAccents) {
  int64_t zoe = Add("Zoë Adler");
  int64_t lukasz = Add("Łukasz Nowak");
  int64_t li = Add("李娜");
  EXPECT_EQ(ResolvePerson(*db_, "zoe")->id, zoe);
  EXPECT_EQ(ResolvePerson(*db_, "ZOË")->id, zoe);
  EXPECT_EQ(ResolvePerson(*db_, "lukasz")->id, lukasz);
  EXPECT_EQ(ResolvePerson(*db_, "李")->id, li);
}

TEST_F(ResolveTest, WordStartBeatsInsideAWord) {
  int64_t ben = Add("Ben Okafor");
  Add("Reuben Smith");
  EXPECT_EQ(ResolvePerson(*db_, "ben")->id, ben);
}

TEST_F(ResolveTest, ExactNameBeatsLongerNames) {
  int64_t ana = Add("Ana");
  Add("Ana Silva");
  EXPECT_EQ(ResolvePerson(*db_, "ana")->id, ana);
}

TEST_F(ResolveTest, AmbiguousListsCandidatesWithIds) {
  int64_t a = Add("Ana Silva");
  int64_t b = Add("Ana Souza");
  auto r = ResolvePerson(*db_, "ana");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.status().code(), Code::kAmbiguous);
  EXPECT_EQ(r.status().message(), "'ana' matches 2 people; use an id:\n  #" + std::to_string(a) +
                                      "      Ana Silva\n  #" + std::to_string(b) +
                                      "      Ana Souza");
}

TEST_F(ResolveTest, ActiveBeatsArchived) {
  int64_t old = Add("Ana Silva");
  int64_t now = Add("Ana Souza");
  ASSERT_TRUE(ArchivePerson(ctx(), std::to_string(old), true));
  EXPECT_EQ(ResolvePerson(*db_, "ana")->id, now);
}

TEST_F(ResolveTest, EmptyAndPunctuationAreInvalid) {
  EXPECT_EQ(ResolvePerson(*db_, "  ").status().code(), Code::kInvalid);
  EXPECT_EQ(ResolvePerson(*db_, "nobody").status().message(), "no person matches 'nobody'");
}

}  // namespace
}  // namespace kith::app
