#include "import/vcard_import.h"

#include <gtest/gtest.h>

#include "store/details.h"
#include "store/people.h"
#include "store/test_db.h"

namespace kith::import {
namespace {

constexpr char kCards[] =
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Silva\r\nORG:Crumb & Co\r\n"
    "item1.EMAIL;TYPE=INTERNET:ana@example.com\r\nitem1.X-ABLABEL:_$!<Work>!$_\r\n"
    "TEL;TYPE=CELL:+44 20 7946 0958\r\nBDAY:1988-03-01\r\nCATEGORIES:baker\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Nowak;=C5=81ukasz;;;"
    "\r\n"
    "TEL;CELL:020 7946 0000\r\nEND:VCARD\r\n";

class VcardImportTest : public store::StoreTest {
 protected:
  Status Import(std::string_view text, ImportReport& report) {
    PeopleMerger merger(*db_, "GB", kNow);
    return ImportVcards(text, "contacts.vcf", merger, report);
  }
};

TEST_F(VcardImportTest, CardsBecomePeople) {
  ImportReport r;
  ASSERT_TRUE(Import(kCards, r).ok());
  EXPECT_EQ(r.created, 2);
  EXPECT_EQ(store::GetPerson(*db_, 2)->name, "Łukasz Nowak");
  auto contacts = store::ContactsOf(*db_, 1);
  ASSERT_EQ(contacts->size(), 2u);
  EXPECT_EQ((*contacts)[0].label, "work");
  EXPECT_EQ((*contacts)[1].normalized, "+442079460958");
  EXPECT_EQ(store::DatesOf(*db_, 1)->at(0).date, (Date{1988, 3, 1}));
  EXPECT_EQ(*store::TagsOf(*db_, 1), std::vector<std::string>{"baker"});
}

TEST_F(VcardImportTest, ImportingTwiceChangesNothing) {
  ImportReport first, second;
  ASSERT_TRUE(Import(kCards, first).ok());
  std::string before = std::to_string(Count("SELECT count(*) FROM contact_point")) + "/" +
                       std::to_string(Count("SELECT count(*) FROM person"));
  ASSERT_TRUE(Import(kCards, second).ok());
  EXPECT_EQ(second.unchanged, 2);
  EXPECT_EQ(second.created + second.merged, 0);
  EXPECT_EQ(std::to_string(Count("SELECT count(*) FROM contact_point")) + "/" +
                std::to_string(Count("SELECT count(*) FROM person")),
            before);
}

TEST_F(VcardImportTest, ParseErrorsNameFileAndLine) {
  ImportReport r;
  Status s = Import("BEGIN:VCARD\nFN:Ana\nBEGIN:VCARD\n", r);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message().rfind("contacts.vcf:3: ", 0), 0u) << s.message();
}

}  // namespace
}  // namespace kith::import

namespace kith::import {
namespace {

class NamesakesTest : public store::StoreTest {};

TEST_F(NamesakesTest, TwoCardsOfOneFileStayTwoPeopleButAnotherFileMerges) {
  constexpr char kTwo[] =
      "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Lima\r\nORG:Acme\r\nEMAIL:ana@acme.com\r\n"
      "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Lima\r\nORG:Acme\r\n"
      "EMAIL:ana.lima@gmail.com\r\nEND:VCARD\r\n";
  constexpr char kSame[] =
      "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Lima\r\nORG:Acme\r\nEMAIL:ana@acme.com\r\n"
      "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Lima\r\nORG:Acme\r\n"
      "TEL:+44 20 7946 0958\r\nEMAIL:ana@acme.com\r\nEND:VCARD\r\n";
  PeopleMerger merger(*db_, "GB", kNow);
  ImportReport r;
  ASSERT_TRUE(ImportVcards(kTwo, "export.vcf", merger, r).ok());
  EXPECT_EQ(r.created, 2);
  ImportReport again;
  ASSERT_TRUE(ImportVcards(kSame, "phone.vcf", merger, again).ok());
  EXPECT_EQ(again.created, 0);  // by email, then by email again (and the phone added)
  EXPECT_EQ(Count("SELECT count(*) FROM person"), 2);
  core::Person p;
  p.name = "Ben Ortiz";
  p.company = "Hooli";
  ASSERT_TRUE(store::InsertPerson(*db_, p, kNow).ok());
  constexpr char kBen[] =
      "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben Ortiz\r\nORG:Hooli\r\nEND:VCARD\r\n";
  ImportReport ben;
  ASSERT_TRUE(ImportVcards(kBen, "linkedin.vcf", merger, ben).ok());
  EXPECT_EQ(ben.created + ben.unchanged, 1);
  EXPECT_EQ(ben.created, 0);  // someone kith had before: name and company still match
}

}  // namespace
}  // namespace kith::import
