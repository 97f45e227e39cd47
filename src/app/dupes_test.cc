#include "app/dupes.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "app/merge.h"
#include "app/test_context.h"
#include "store/details.h"
#include "store/people.h"

namespace kith::app {
namespace {

class DupesTest : public AppTest {
 protected:
  int64_t Add(const std::string& name, const std::string& company = "",
              const std::vector<std::string>& emails = {}, const std::string& phone = "") {
    core::Person p;
    p.name = name;
    p.company = company;
    auto id = store::InsertPerson(*db_, p, kNow);
    EXPECT_TRUE(id) << id.status().message();
    for (const auto& e : emails) Contact(*id, core::ContactKind::kEmail, e);
    if (!phone.empty()) Contact(*id, core::ContactKind::kPhone, phone);
    return *id;
  }
  void Contact(int64_t id, core::ContactKind kind, const std::string& value) {
    auto contact = core::MakeContactValue(kind, value, "GB");
    ASSERT_TRUE(contact) << contact.status().message();
    ASSERT_TRUE(store::AddContact(*db_, id, *contact, "", kNow));
  }
  // One line per pair: "keep-other score: reason; reason".
  std::string Found() {
    auto pairs = FindDuplicates(ctx(), 0);
    EXPECT_TRUE(pairs) << pairs.status().message();
    std::string out;
    for (const auto& p : *pairs) {
      out +=
          fmt::format("{}-{} {}: {}\n", p.keep.id, p.other.id, p.score, fmt::join(p.reasons, "; "));
    }
    return out;
  }
};

TEST_F(DupesTest, EachKindOfEvidenceWithItsReason) {
  Add("Ana Lima", "Acme", {"ana@acme.com"});           // 1
  Add("Ana Maria Lima", "ACME", {"a.lima@acme.com"});  // 2
  Add("Ben Okafor", "", {"ben@okafor.dev"});           // 3
  Add("Benjamin Okafor", "", {"Ben@Okafor.dev"});      // 4
  Add("Carla Reyes", "Crumb & Co");                    // 5
  Add("Carla Reyes", "crumb & co");                    // 6
  Add("Dan", "", {}, "020 7946 0958");                 // 7
  Add("Daniel Kim", "", {}, "+44 20 7946 0958");       // 8
  Add("Zoë Adler");                                    // 9
  Add("Zoe Adler");                                    // 10
  Add("Eve Ray", "", {"eve.ray@gmail.com"});           // 11
  Add("Eve Ray Lopes", "", {"eve.lopes@gmail.com"});   // 12: only a free mail domain
  Add("Finn Berg", "", {"finn@berg.io"});              // 13
  Add("Finn Berg", "", {"f@berg.io"});                 // 14
  EXPECT_EQ(Found(),
            "3-4 150: same email ben@okafor.dev; similar names, both with email at okafor.dev\n"
            "1-2 110: similar names, both at Acme; similar names, both with email at acme.com\n"
            "7-8 90: same phone +442079460958\n"
            "5-6 80: same name, both at Crumb & Co\n"
            "13-14 70: same name, both with email at berg.io\n"
            "9-10 50: same name\n");
}

TEST_F(DupesTest, ALandlineUnderTwoNamesIsWeakEvidence) {
  Add("Jane Smith", "", {}, "020 7946 0958");
  Add("John Smith", "", {}, "+44 20 7946 0958");
  Add("J. Smith", "", {}, "+44 20 7946 0958");
  EXPECT_EQ(Found(),
            "1-3 90: same phone +442079460958\n"
            "2-3 90: same phone +442079460958\n"
            "1-2 30: same phone +442079460958, different names\n");
}

TEST_F(DupesTest, ARoleAddressUnderTwoNamesIsWeakEvidence) {
  Add("Ana Lima", "", {"sales@acme.com"});
  Add("Ben Okafor", "", {"sales@acme.com"});
  EXPECT_EQ(Found(), "1-2 30: same email sales@acme.com, different names\n");
}

TEST_F(DupesTest, NicknamesReadAsTheFullName) {
  Add("Robert Chen", "Acme");
  Add("Bob Chen", "Acme");
  Add("Rob Chen", "Other Co");
  EXPECT_EQ(Found(), "1-2 60: similar names, both at Acme\n");
}

TEST_F(DupesTest, NamesakesAtTwoCompaniesAreNotEvidence) {
  Add("Carla Reyes", "Acme");
  Add("Carla Reyes", "Globex");
  Add("Carla Reyes");
  EXPECT_EQ(Found(), "1-3 50: same name\n2-3 50: same name\n");
}

TEST_F(DupesTest, ACommonNameAloneIsNoEvidence) {
  for (int i = 0; i < 6; ++i) Add("Wei Zhang");
  Add("Wei Zhang", "Acme");
  Add("Wei Zhang", "ACME");
  EXPECT_EQ(Found(), "7-8 80: same name, both at Acme\n");
}

TEST_F(DupesTest, NamesThatOnlyShareAWordAreNotSimilar) {
  Add("Ana Lima", "Acme");
  Add("Ana Souza", "Acme");
  EXPECT_EQ(Found(), "");
}

TEST_F(DupesTest, ArchivedPeopleAreLeftOut) {
  Add("Ana Lima", "", {"ana@acme.com"});
  int64_t old = Add("Ana Lima", "", {"ana.lima@acme.com"});
  ASSERT_TRUE(store::SetArchived(*db_, old, kNow, kNow));
  EXPECT_EQ(Found(), "");
}

TEST_F(DupesTest, ASharedInboxIsNoEvidence) {
  for (const char* name : {"Ana", "Ben", "Carla", "Dan", "Eve", "Finn"}) {
    Add(name, "", {"team@acme.com"});
  }
  EXPECT_EQ(Found(), "");
}

TEST_F(DupesTest, YourOwnProfileIsKept) {
  Add("Ana Lima", "", {"ana@acme.com"});
  int64_t me = Add("Ana Lima", "", {"ana@acme.com"});
  db_->sql().exec(fmt::format("UPDATE person SET is_me = 1 WHERE id = {}", me));
  EXPECT_EQ(Found(), "2-1 170: same email ana@acme.com; same name, both with email at acme.com\n");
}

TEST_F(DupesTest, PairsYouUnmergedAreNotSuggestedAgain) {
  Add("Ana Lima", "", {"ana@acme.com"});
  Add("Ana Lima");
  Add("Ana Lima");
  auto merged = Merge(ctx(), "#1", "#2", false);
  ASSERT_TRUE(merged) << merged.status().message();
  ASSERT_TRUE(Unmerge(ctx(), merged->merge_id));
  EXPECT_EQ(Found(), "1-3 50: same name\n2-3 50: same name\n");
}

TEST_F(DupesTest, LimitKeepsTheStrongest) {
  Add("Ana", "", {"ana@acme.com"});
  Add("Ana", "", {"ana@acme.com"});
  Add("Ben");
  Add("Ben");
  auto pairs = FindDuplicates(ctx(), 1);
  ASSERT_TRUE(pairs);
  ASSERT_EQ(pairs->size(), 1u);
  EXPECT_EQ(pairs->front().keep.name, "Ana");
}

}  // namespace
}  // namespace kith::app
