#include "import/people_merger.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace kith::import
