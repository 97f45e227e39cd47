#include "import/identity_index.h"

#include <gtest/gtest.h>

#include "core/contact.h"
#include "store/details.h"
#include "store/people.h"
#include "store/test_db.h"

namespace kith::import {
namespace {

using core::ContactKind;

std::vector<int64_t> Ids(std::span<const int64_t> ids) { return {ids.begin(), ids.end()}; }

class IdentityIndexTest : public store::StoreTest {
 protected:
  int64_t Person(const std::string& name, const std::string& company = "") {
    core::Person p;
    p.name = name;
    p.company = company;
    return *store::InsertPerson(*db_, p, kNow);
  }
  void Contact(int64_t id, ContactKind kind, const std::string& normalized) {
    ASSERT_TRUE(*store::AddContact(*db_, id, {kind, normalized, normalized}, "", kNow));
  }
  IdentityIndex Load() {
    auto index = IdentityIndex::Load(*db_);
    EXPECT_TRUE(index) << index.status().message();
    return std::move(*index);
  }
};

TEST_F(IdentityIndexTest, EmptyDatabaseKnowsNobody) {
  IdentityIndex index = Load();
  EXPECT_TRUE(index.WithContact(ContactKind::kEmail, "ana@example.com").empty());
  EXPECT_TRUE(index.WithName("ana").empty());
}

TEST_F(IdentityIndexTest, LoadsContactPointsAndNamesFromTheDatabase) {
  int64_t ana = Person("Ana Silva", "Acme");
  int64_t ben = Person("Ben Okafor");
  Contact(ana, ContactKind::kEmail, "ana@example.com");
  Contact(ana, ContactKind::kPhone, "+442079460958");
  Contact(ben, ContactKind::kPhone, "+442079460958");
  IdentityIndex index = Load();
  EXPECT_EQ(Ids(index.WithContact(ContactKind::kEmail, "ana@example.com")),
            std::vector<int64_t>{ana});
  EXPECT_EQ(Ids(index.WithContact(ContactKind::kPhone, "+442079460958")),
            (std::vector<int64_t>{ana, ben}));
  ASSERT_EQ(index.WithName("ana silva").size(), 1u);
  EXPECT_EQ(index.WithName("ana silva")[0].id, ana);
  EXPECT_EQ(index.WithName("ana silva")[0].company, "Acme");
  EXPECT_TRUE(index.WithName("Ana Silva").empty());  // keys are folded names
  EXPECT_EQ(index.NameOf(ben), "ben okafor");
  EXPECT_EQ(index.NameOf(ben + 1), "");
}

TEST_F(IdentityIndexTest, KindsKeepTheSameValueApart) {
  int64_t ana = Person("Ana");
  Contact(ana, ContactKind::kHandle, "ana");
  IdentityIndex index = Load();
  EXPECT_TRUE(index.WithContact(ContactKind::kUrl, "ana").empty());
  EXPECT_EQ(Ids(index.WithContact(ContactKind::kHandle, "ana")), std::vector<int64_t>{ana});
}

TEST_F(IdentityIndexTest, AddContactIsFalseForOneThePersonHas) {
  int64_t ana = Person("Ana");
  Contact(ana, ContactKind::kEmail, "ana@example.com");
  IdentityIndex index = Load();
  EXPECT_FALSE(index.AddContact(ana, ContactKind::kEmail, "ana@example.com"));
  EXPECT_TRUE(index.AddContact(ana, ContactKind::kEmail, "ana@work.example"));
  EXPECT_FALSE(index.AddContact(ana, ContactKind::kEmail, "ana@work.example"));
  EXPECT_TRUE(index.AddContact(ana + 1, ContactKind::kEmail, "ana@work.example"));
  EXPECT_EQ(Ids(index.WithContact(ContactKind::kEmail, "ana@work.example")),
            (std::vector<int64_t>{ana, ana + 1}));
}

TEST_F(IdentityIndexTest, NamesakesComeByAscendingId) {
  IdentityIndex index = Load();
  index.AddPerson(7, "ana", "Acme");
  index.AddPerson(3, "ana", "");
  index.AddPerson(9, "ana", "Globex");
  auto named = index.WithName("ana");
  ASSERT_EQ(named.size(), 3u);
  EXPECT_EQ(named[0].id, 3);
  EXPECT_EQ(named[1].id, 7);
  EXPECT_EQ(named[2].id, 9);
}

TEST_F(IdentityIndexTest, SetCompanyChangesOnlyThatPerson) {
  IdentityIndex index = Load();
  index.AddPerson(1, "ana", "");
  index.AddPerson(2, "ana", "");
  index.SetCompany(2, "ana", "Acme");
  EXPECT_EQ(index.WithName("ana")[0].company, "");
  EXPECT_EQ(index.WithName("ana")[1].company, "Acme");
}

}  // namespace
}  // namespace kith::import
