#include "import/people_merger.h"

#include <gtest/gtest.h>

#include <memory>

#include "store/details.h"
#include "store/people.h"
#include "store/test_db.h"

namespace kith::import {
namespace {

class MergerTest : public store::StoreTest {
 protected:
  PersonRecord Record(const std::string& name, std::vector<RecordContact> contacts = {},
                      const std::string& company = "") {
    PersonRecord r;
    r.place = "test.vcf:1";
    r.name = name;
    r.company = company;
    r.contacts = std::move(contacts);
    return r;
  }
  ImportReport Apply(const PersonRecord& r) {
    ImportReport report;
    PeopleMerger merger(*db_, "GB", kNow);
    Status s = merger.Apply(r, report);
    EXPECT_TRUE(s.ok()) << s.message();
    return report;
  }
  int64_t People() { return Count("SELECT count(*) FROM person"); }
};

TEST_F(MergerTest, NewPersonIsCreatedWithContacts) {
  auto r = Apply(Record("Ana Silva", {{core::ContactKind::kEmail, "ana@example.com", "work"}}));
  EXPECT_EQ(r.created, 1);
  EXPECT_EQ(r.contacts_added, 1);
  EXPECT_EQ(People(), 1);
}

TEST_F(MergerTest, SameEmailDifferentSpellingMerges) {
  Apply(Record("Ben Okafor", {{core::ContactKind::kEmail, "ben.okafor@gmail.com", ""}}));
  auto r =
      Apply(Record("Benjamin O.", {{core::ContactKind::kEmail, "BenOkafor+x@googlemail.com", ""},
                                   {core::ContactKind::kPhone, "+44 20 7946 0958", "cell"}}));
  EXPECT_EQ(r.merged, 1);
  EXPECT_EQ(People(), 1);
  EXPECT_EQ(store::GetPerson(*db_, 1)->name, "Ben Okafor");  // names are not overwritten
}

TEST_F(MergerTest, SamePhoneInAnotherFormatMerges) {
  Apply(Record("Ana", {{core::ContactKind::kPhone, "+44 20 7946 0958", ""}}));
  auto r = Apply(Record("Ana Silva", {{core::ContactKind::kPhone, "020 7946 0958", ""}}));
  EXPECT_EQ(r.unchanged, 1);
  EXPECT_EQ(People(), 1);
}

TEST_F(MergerTest, ASwitchboardPhoneDoesNotMergeColleagues) {
  Apply(Record("Ana Lima", {{core::ContactKind::kPhone, "+44 20 7946 0000", "work"}}, "Acme"));
  auto r =
      Apply(Record("Ben Okafor", {{core::ContactKind::kPhone, "020 7946 0000", "work"}}, "Acme"));
  EXPECT_EQ(r.created, 1);
  EXPECT_EQ(People(), 2);
  EXPECT_EQ(Count("SELECT count(*) FROM contact_point WHERE normalized = '+442079460000'"), 2);
}

TEST_F(MergerTest, ASharedPhoneMatchesTheOneHolderWhoseNameAgrees) {
  RecordContact phone{core::ContactKind::kPhone, "020 7946 0000", "work"};
  Apply(Record("Ana Lima", {phone}, "Acme"));
  Apply(Record("Ben Okafor", {phone}, "Acme"));
  EXPECT_EQ(Apply(Record("A. Lima", {phone})).unchanged, 1);
  EXPECT_EQ(People(), 2);
  // A card without a name can't tell the two apart.
  EXPECT_EQ(Apply(Record("", {phone, {core::ContactKind::kEmail, "x@example.com", ""}})).created,
            1);
}

TEST_F(MergerTest, ARoleAddressIsMatchedLikeASharedPhone) {
  RecordContact sales{core::ContactKind::kEmail, "sales@acme.com", "work"};
  Apply(Record("Ana Lima", {sales}, "Acme"));
  EXPECT_EQ(Apply(Record("Ben Okafor", {sales}, "Acme")).created, 1);
  EXPECT_EQ(Apply(Record("Ana Lima", {sales})).unchanged, 1);
  EXPECT_EQ(People(), 2);
}

TEST_F(MergerTest, APhoneMatchesAnInitialOrANickname) {
  RecordContact phone{core::ContactKind::kPhone, "020 7946 0958", ""};
  Apply(Record("Robert Okafor", {phone}));
  EXPECT_EQ(Apply(Record("Bob Okafor", {phone})).unchanged, 1);
  EXPECT_EQ(Apply(Record("R. Okafor", {phone})).unchanged, 1);
  EXPECT_EQ(People(), 1);
}

TEST_F(MergerTest, ACardWithoutANameMatchesByPhone) {
  Apply(Record("Ana Lima", {{core::ContactKind::kPhone, "+44 20 7946 0958", ""}}));
  auto r = Apply(Record("", {{core::ContactKind::kPhone, "020 7946 0958", ""},
                             {core::ContactKind::kEmail, "ana@example.com", ""}}));
  EXPECT_EQ(r.merged, 1);
  EXPECT_EQ(People(), 1);
}

TEST_F(MergerTest, NamePlusCompanyMergesAndFillsBlanks) {
  Apply(Record("Zoë Adler", {}, "Crumb & Co"));
  PersonRecord more = Record("zoe adler", {}, "crumb & co");
  more.title = "Head Baker";
  auto r = Apply(more);
  EXPECT_EQ(r.merged, 1);
  EXPECT_EQ(store::GetPerson(*db_, 1)->title, "Head Baker");
}

TEST_F(MergerTest, SameNameAtDifferentCompaniesStaysTwoPeople) {
  Apply(Record("John Smith", {}, "Acme"));
  auto r = Apply(Record("John Smith", {}, "Globex"));
  EXPECT_EQ(r.created, 1);
  EXPECT_EQ(People(), 2);
}

TEST_F(MergerTest, SameNameAndMailDomainMerges) {
  Apply(Record("John Smith", {{core::ContactKind::kEmail, "john@acme.example", ""}}, "Acme"));
  Apply(Record("John Smith", {}, "Globex"));
  auto r = Apply(
      Record("John Smith", {{core::ContactKind::kEmail, "j.smith@acme.example", ""}}, "ACME Inc"));
  EXPECT_EQ(r.merged, 1);
  EXPECT_EQ(People(), 2);
}

TEST_F(MergerTest, WebmailDomainsSayNothing) {
  Apply(Record("John Smith", {{core::ContactKind::kEmail, "john1@gmail.com", ""}}, "Acme"));
  Apply(Record("John Smith", {}, "Globex"));
  auto r =
      Apply(Record("John Smith", {{core::ContactKind::kEmail, "john2@gmail.com", ""}}, "Initech"));
  EXPECT_EQ(r.created, 1);
}

TEST_F(MergerTest, BadContactValuesAreSkippedWithThePlace) {
  auto r = Apply(Record("Ana", {{core::ContactKind::kPhone, "n/a", ""},
                                {core::ContactKind::kEmail, "ana@example.com", ""}}));
  EXPECT_EQ(r.created, 1);
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_EQ(r.warnings[0], "test.vcf:1: skipped phone: invalid phone number 'n/a'");
}

TEST_F(MergerTest, NamelessCardsUseCompanyOrEmailOrAreSkipped) {
  EXPECT_EQ(Apply(Record("", {{core::ContactKind::kEmail, "info@bakery.example", ""}})).created, 1);
  EXPECT_EQ(store::GetPerson(*db_, 1)->name, "info@bakery.example");
  auto r = Apply(Record("  "));
  EXPECT_EQ(r.skipped, 1);
  EXPECT_EQ(People(), 1);
}

TEST_F(MergerTest, DatesTagsAndNotesAreAddedOnce) {
  PersonRecord r = Record("Ana");
  r.dates = {{"birthday", {1988, 3, 1}}};
  r.tags = {"baker"};
  r.note = "Makes sourdough";
  Apply(r);
  auto again = Apply(r);
  EXPECT_EQ(again.unchanged, 1);
  EXPECT_EQ(Count("SELECT count(*) FROM note"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM important_date"), 1);
  r.dates = {{"birthday", {1990, 1, 1}}};
  Apply(r);
  EXPECT_EQ(store::DatesOf(*db_, 1)->at(0).date, (Date{1988, 3, 1}));  // kith's own is kept
}

// One merger for a whole run, as `kith import` uses it: its identity index
// must follow what it writes and what others write.
class OneRunTest : public MergerTest {
 protected:
  void SetUp() override {
    MergerTest::SetUp();
    merger_ = std::make_unique<PeopleMerger>(*db_, "GB", kNow);
  }
  ImportReport Apply(const PersonRecord& r) {
    ImportReport report;
    Status s = merger_->Apply(r, report);
    EXPECT_TRUE(s.ok()) << s.message();
    return report;
  }
  std::unique_ptr<PeopleMerger> merger_;  // after the database opens
};

TEST_F(OneRunTest, TheSameContactTwiceInOneRecordIsAddedOnce) {
  auto r = Apply(Record("Ana", {{core::ContactKind::kEmail, "ana@example.com", "work"},
                                {core::ContactKind::kEmail, "ANA@example.com", "home"}}));
  EXPECT_EQ(r.contacts_added, 1);
  EXPECT_EQ(Count("SELECT count(*) FROM contact_point"), 1);
}

TEST_F(OneRunTest, AContactAddedEarlierInTheRunMatchesLater) {
  Apply(Record("Ana", {{core::ContactKind::kEmail, "ana@example.com", ""}}));
  Apply(Record("Ana Lima", {{core::ContactKind::kEmail, "ana@example.com", ""},
                            {core::ContactKind::kPhone, "+44 20 7946 0958", ""}}));
  auto r = Apply(Record("A. Lima", {{core::ContactKind::kPhone, "020 7946 0958", ""}}));
  EXPECT_EQ(r.unchanged, 1);
  EXPECT_EQ(People(), 1);
}

TEST_F(OneRunTest, APhoneTwoPeopleShareMatchesNeither) {
  Apply(Record("Ana", {{core::ContactKind::kPhone, "+44 20 7946 0958", ""}}));
  Apply(Record("Ben", {{core::ContactKind::kEmail, "ben@example.com", ""}}));
  Apply(Record("Ben", {{core::ContactKind::kEmail, "ben@example.com", ""},
                       {core::ContactKind::kPhone, "+44 20 7946 0958", ""}}));
  EXPECT_EQ(People(), 2);  // Ben by email, and now the phone is both Ana's and Ben's
  auto r = Apply(Record("Carla", {{core::ContactKind::kPhone, "+44 20 7946 0958", ""}}));
  EXPECT_EQ(r.created, 1);
}

TEST_F(OneRunTest, ACompanyFilledInTheRunMatchesByNameAndCompany) {
  Apply(Record("Zoë Adler", {{core::ContactKind::kEmail, "zoe@example.com", ""}}));
  Apply(Record("Zoë Adler", {{core::ContactKind::kEmail, "zoe@example.com", ""}}, "Crumb & Co"));
  PersonRecord other = Record("Zoe Adler", {}, "crumb & co");
  other.place = "other.vcf:1";
  auto r = Apply(other);
  EXPECT_EQ(r.unchanged, 1);
  EXPECT_EQ(People(), 1);
}

TEST_F(OneRunTest, SomeoneAnotherWriterAddedMidRunIsMatched) {
  Apply(Record("Ana", {{core::ContactKind::kEmail, "ana@example.com", ""}}));
  core::Person ben;
  ben.name = "Ben";
  int64_t id = *store::InsertPerson(*db_, ben, kNow);
  core::ContactValue email{core::ContactKind::kEmail, "ben@example.com", "ben@example.com"};
  ASSERT_TRUE(store::AddContact(*db_, id, email, "", kNow).ok());
  auto r = Apply(Record("Benjamin", {{core::ContactKind::kEmail, "ben@example.com", ""}}));
  EXPECT_EQ(r.unchanged, 1);
  EXPECT_EQ(People(), 2);
}

}  // namespace
}  // namespace kith::import
