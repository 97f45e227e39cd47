#include "import/csv_import.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "formats/csv.h"
#include "store/details.h"
#include "store/people.h"
#include "store/test_db.h"

namespace kith::import {
namespace {

// LinkedIn's Connections.csv: notes, a blank line, then the header; LF.
constexpr char kLinkedIn[] =
    "Notes:\n"
    "\"When exporting your connection data, you may notice that some of the email addresses are "
    "missing. You will only see email addresses of connections who have allowed their connections "
    "to see or download their email address using this setting "
    "https://www.linkedin.com/psettings/privacy/email. You can learn more here "
    "https://www.linkedin.com/help/linkedin/answer/261\"\n"
    "\n"
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Ana,Silva,https://www.linkedin.com/in/anasilva,ana@example.com,\"Crumb & Co, Ltd\",Head "
    "Baker,12 Mar 2021\n"
    "Ben,Okafor,https://www.linkedin.com/in/benokafor,,Okafor Labs,Founder,01 Feb 2020\n";

// Google Contacts since 2023 (columns with nothing in them left out).
constexpr char kGoogleHeader[] =
    "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last "
    "Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,"
    "Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,"
    "E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Address 1 - Label,"
    "Address 1 - Formatted,Address 1 - Street,Address 1 - City,Website 1 - Label,Website 1 - "
    "Value,Event 1 - Label,Event 1 - Value";

// Google Contacts before 2023.
constexpr char kGoogleOldHeader[] =
    "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,"
    "Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,"
    "Gender,Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,"
    "Priority,Subject,Notes,Language,Photo,Group Membership,E-mail 1 - Type,E-mail 1 - Value,"
    "Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value,Organization 1 - Type,"
    "Organization 1 - Name,Organization 1 - Yomi Name,Organization 1 - Title,Organization 1 - "
    "Department,Event 1 - Type,Event 1 - Value,IM 1 - Type,IM 1 - Service,IM 1 - Value";

// Outlook: a BOM, every field quoted, CRLF, "0/0/00" for no date.
constexpr char kOutlook[] =
    "\xEF\xBB\xBF\"First Name\",\"Middle Name\",\"Last Name\",\"Title\",\"Suffix\",\"Initials\","
    "\"Web Page\",\"Gender\",\"Birthday\",\"Anniversary\",\"Location\",\"Language\",\"Internet "
    "Free Busy\",\"Notes\",\"E-mail Address\",\"E-mail 2 Address\",\"E-mail 3 Address\",\"Primary "
    "Phone\",\"Home Phone\",\"Home Phone 2\",\"Mobile Phone\",\"Pager\",\"Home Fax\",\"Company "
    "Main Phone\",\"Business Phone\",\"Business Phone 2\",\"Business Fax\",\"Assistant's "
    "Phone\",\"Company\",\"Job Title\",\"Department\",\"Categories\"\r\n"
    "\"Dan\",\"\",\"Brown\",\"Mr.\",\"\",\"D.B.\",\"http://danbrown.example/\",\"Unspecified\","
    "\"4/12/1990\",\"0/0/00\",\"\",\"\",\"\",\"Prefers calls.\r\nNot before 9.\","
    "\"dan@brown.example\",\"dan.brown@gmail.com\",\"\",\"\",\"+1 415 555 0100\",\"\","
    "\"+1 415 555 0101\",\"\",\"\",\"\",\"+1 415 555 0102\",\"\",\"\",\"\",\"Brown & Partners\","
    "\"Partner\",\"\",\"Clients;Golf\"\r\n"
    "\"Eve\",\"\",\"Stone\",\"\",\"\",\"\",\"\",\"Unspecified\",\"0/0/00\",\"6/1/2015\",\"\",\"\","
    "\"\",\"\",\"eve@stone.example\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\","
    "\"\",\"\",\"\",\"\",\"\"\r\n";

// One data line for `header`: the named columns filled, the others empty.
std::string Line(std::string_view header, const std::map<std::string, std::string>& values) {
  std::vector<std::string> fields;
  Status s = formats::ReadCsv(header, "header", [&](const formats::CsvRow& row) {
    for (const auto& name : row.fields) {
      auto it = values.find(name);
      fields.push_back(it == values.end() ? "" : it->second);
    }
    return Status::Ok();
  });
  EXPECT_TRUE(s.ok());
  return formats::CsvLine(fields);
}

class CsvImportTest : public store::StoreTest {
 protected:
  Status Import(std::string_view text, const std::string& map = "") {
    PeopleMerger merger(*db_, "GB", kNow);
    return ImportCsv(text, "in.csv", map, merger, report_);
  }

  // A person as one string: name | company | title, then contacts, tags,
  // dates and notes, one per line.
  std::string Describe(int64_t id) {
    auto p = store::GetPerson(*db_, id);
    if (!p) return p.status().message();
    std::string out = fmt::format("{} | {} | {}", p->name, p->company, p->title);
    auto contacts = store::ContactsOf(*db_, id);
    auto tags = store::TagsOf(*db_, id);
    auto dates = store::DatesOf(*db_, id);
    auto notes = store::NotesOf(*db_, id, 10);
    if (!contacts || !tags || !dates || !notes) return "cannot read the details";
    for (const auto& c : *contacts) {
      out += fmt::format("\n{} {} ({})", core::Name(c.kind), c.value, c.label);
    }
    for (const auto& t : *tags) out += "\ntag " + t;
    for (const auto& d : *dates) out += fmt::format("\n{} {}", d.kind, FormatDate(d.date));
    for (const auto& n : *notes) out += "\nnote " + n.body;
    return out;
  }

  std::string Warnings() const {
    std::string out;
    for (const auto& w : report_.warnings) out += w + "\n";
    return out;
  }

  ImportReport report_;
};

TEST_F(CsvImportTest, LinkedInConnectionsAfterTheirNotes) {
  ASSERT_TRUE(Import(kLinkedIn).ok());
  EXPECT_EQ(report_.created, 2);
  EXPECT_EQ(Describe(1),
            "Ana Silva | Crumb & Co, Ltd | Head Baker\n"
            "email ana@example.com ()\n"
            "url https://www.linkedin.com/in/anasilva (linkedin)");
  EXPECT_EQ(Describe(2),
            "Ben Okafor | Okafor Labs | Founder\n"
            "url https://www.linkedin.com/in/benokafor (linkedin)");
  EXPECT_EQ(Warnings(), "");
}

TEST_F(CsvImportTest, ImportingTwiceChangesNothing) {
  ASSERT_TRUE(Import(kLinkedIn).ok());
  ASSERT_TRUE(Import(kOutlook).ok());
  int64_t contacts = Count("SELECT count(*) FROM contact_point");
  report_ = {};
  ASSERT_TRUE(Import(kLinkedIn).ok());
  ASSERT_TRUE(Import(kOutlook).ok());
  EXPECT_EQ(report_.unchanged, 4);
  EXPECT_EQ(report_.created + report_.merged + report_.contacts_added, 0);
  EXPECT_EQ(Count("SELECT count(*) FROM contact_point"), contacts);
  EXPECT_EQ(Count("SELECT count(*) FROM person"), 4);
}

TEST_F(CsvImportTest, GoogleContactsTakesEveryNumberedColumn) {
  std::string csv =
      std::string(kGoogleHeader) + "\r\n" +
      Line(kGoogleHeader, {{"First Name", "Zoë"},
                           {"Middle Name", "Maria"},
                           {"Last Name", "Adler"},
                           {"Organization Name", "Adler & Sons"},
                           {"Organization Title", "CEO"},
                           {"Birthday", "--04-12"},
                           {"Notes", "Met at the\nclimbing gym"},
                           {"Labels", "* myContacts ::: Climbing ::: * starred"},
                           {"E-mail 1 - Label", "* Home"},
                           {"E-mail 1 - Value", "zoe@example.com ::: zoe@home.example"},
                           {"E-mail 2 - Label", "Work"},
                           {"E-mail 2 - Value", "zoe@adler.example"},
                           {"Phone 1 - Label", "Mobile"},
                           {"Phone 1 - Value", "+44 7700 900123"},
                           {"Address 1 - Label", "Home"},
                           {"Address 1 - Formatted", "1 High St\nLondon"},
                           {"Address 1 - Street", "1 High St"},
                           {"Website 1 - Value", "https://zoe.example"},
                           {"Event 1 - Label", "Anniversary"},
                           {"Event 1 - Value", "2015-06-01"}});
  ASSERT_TRUE(Import(csv).ok());
  EXPECT_EQ(Describe(1),
            "Zoë Maria Adler | Adler & Sons | CEO\n"
            "email zoe@example.com (home)\n"
            "email zoe@home.example (home)\n"
            "email zoe@adler.example (work)\n"
            "phone +44 7700 900123 (mobile)\n"
            "url https://zoe.example ()\n"
            "address 1 High St\nLondon (home)\n"
            "tag Climbing\n"
            "birthday --04-12\n"
            "anniversary 2015-06-01\n"
            "note Met at the\nclimbing gym");
  EXPECT_EQ(Warnings(), "");
}

TEST_F(CsvImportTest, GoogleContactsBefore2023) {
  std::string csv = std::string(kGoogleOldHeader) + "\r\n" +
                    Line(kGoogleOldHeader, {{"Name", "Carla Diaz"},
                                            {"Given Name", "Carla"},
                                            {"Family Name", "Diaz"},
                                            {"Birthday", "1985-07-30"},
                                            {"Notes", "Loves jazz"},
                                            {"Group Membership", "* My Contacts ::: * Friends"},
                                            {"E-mail 1 - Type", "* Other"},
                                            {"E-mail 1 - Value", "carla@example.com"},
                                            {"Phone 1 - Type", "Mobile"},
                                            {"Phone 1 - Value", "+1 415 555 0134"},
                                            {"Phone 2 - Type", "Work"},
                                            {"Phone 2 - Value", "n/a"},
                                            {"Organization 1 - Name", "Diaz Design"},
                                            {"Organization 1 - Title", "Owner"},
                                            {"Event 1 - Type", "Anniversary"},
                                            {"Event 1 - Value", "June 12"},
                                            {"IM 1 - Service", "Skype"},
                                            {"IM 1 - Value", "carla.diaz"}});
  ASSERT_TRUE(Import(csv).ok());
  EXPECT_EQ(Describe(1),
            "Carla Diaz | Diaz Design | Owner\n"
            "email carla@example.com (other)\n"
            "phone +1 415 555 0134 (mobile)\n"
            "handle carla.diaz (skype)\n"
            "tag Friends\n"
            "birthday 1985-07-30\n"
            "note Loves jazz");
  EXPECT_EQ(Warnings(),
            "in.csv:2: anniversary 'June 12' is not a date (YYYY-MM-DD, --MM-DD or M/D/YYYY), "
            "left out\n"
            "in.csv:2: skipped phone: invalid phone number 'n/a'\n");
}

TEST_F(CsvImportTest, OutlookWithBomAndCrlf) {
  ASSERT_TRUE(Import(kOutlook).ok());
  EXPECT_EQ(report_.created, 2);
  EXPECT_EQ(Describe(1),
            "Dan Brown | Brown & Partners | Partner\n"
            "email dan@brown.example ()\n"
            "email dan.brown@gmail.com ()\n"
            "phone +1 415 555 0100 (home)\n"
            "phone +1 415 555 0101 (mobile)\n"
            "phone +1 415 555 0102 (work)\n"
            "url http://danbrown.example/ ()\n"
            "tag Clients\n"
            "tag Golf\n"
            "birthday 1990-04-12\n"
            "note Prefers calls.\nNot before 9.");
  EXPECT_EQ(Describe(2),
            "Eve Stone |  | \n"
            "email eve@stone.example ()\n"
            "anniversary 2015-06-01");
  EXPECT_EQ(Warnings(), "");
}

TEST_F(CsvImportTest, MapReadsOnlyTheMappedColumns) {
  std::string csv =
      "Full Name,Mail,Tel,Company,Born,Groups\n"
      "Ana Silva,ana@example.com,020 7946 0958,Crumb & Co,1988-03-01,bakers;friends\n"
      "Ben Okafor,ben@example.com,,Okafor Labs,yesterday,\n";
  ASSERT_TRUE(
      Import(csv, " Full Name=name, Mail=email:Work ,Tel=phone,Born=birthday,Groups=tag").ok());
  EXPECT_EQ(Describe(1),
            "Ana Silva |  | \n"
            "email ana@example.com (work)\n"
            "phone 020 7946 0958 ()\n"
            "tag bakers\n"
            "tag friends\n"
            "birthday 1988-03-01");
  EXPECT_EQ(Describe(2), "Ben Okafor |  | \nemail ben@example.com (work)");
  EXPECT_EQ(Warnings(),
            "in.csv:3: birthday 'yesterday' is not a date (YYYY-MM-DD, --MM-DD or M/D/YYYY), "
            "left out\n");
}

TEST_F(CsvImportTest, MapJoinsNameParts) {
  ASSERT_TRUE(Import("a,b,c\nAna,,Silva\n", "a=given,b=middle,c=family").ok());
  EXPECT_EQ(Describe(1), "Ana Silva |  | ");
}

TEST_F(CsvImportTest, MapErrorsNameTheEntry) {
  EXPECT_EQ(Import("a,b\n", "a=given,b=mail").message(),
            "--map: unknown field 'mail' for column 'b' (fields: name, given, middle, family, "
            "email, phone, address, url, handle, company, title, note, tag, birthday)");
  EXPECT_EQ(Import("a,b\n", "a=given,b").message(), "--map: expected Column=field, got 'b'");
  EXPECT_EQ(Import("a,b\n", "=email").message(), "--map: expected Column=field, got '=email'");
  EXPECT_EQ(Import("note\n\na,b\n1,2\n", "a=given,E-mail=email").message(),
            "in.csv:3: --map column 'E-mail' is not in the header");
  EXPECT_EQ(Count("SELECT count(*) FROM person"), 0);
}

TEST_F(CsvImportTest, MapFindsTheHeaderAfterAPreamble) {
  ASSERT_TRUE(Import(kLinkedIn, "First Name=given,Email Address=email").ok());
  EXPECT_EQ(Describe(1), "Ana |  | \nemail ana@example.com ()");
  EXPECT_EQ(Describe(2), "Ben |  | ");
}

TEST_F(CsvImportTest, UnrecognizedHeaderAsksForMap) {
  EXPECT_EQ(Import("Exported by CRM\n\nWho,Where\nAna,ana@example.com\n").message(),
            "in.csv:3: unrecognized CSV header; give --map \"Column=field,...\" (fields: name, "
            "given, middle, family, email, phone, address, url, handle, company, title, note, "
            "tag, birthday)");
  EXPECT_EQ(Import("").message().substr(0, 37), "in.csv:1: unrecognized CSV header; gi");
}

TEST_F(CsvImportTest, HeaderMustBeWithinTenRows) {
  std::string csv;
  for (int i = 0; i < 10; ++i) csv += "preamble\n";
  csv += "First Name,Last Name,Email Address,Connected On\n";
  EXPECT_EQ(Import(csv).message().substr(0, 44), "in.csv:1: unrecognized CSV header; give --ma");
}

TEST_F(CsvImportTest, LongRowIsAnErrorShortRowIsFine) {
  const char* header = "First Name,Last Name,Email Address,Connected On\n";
  ASSERT_TRUE(Import(std::string(header) + "Ana,Silva\n").ok());
  EXPECT_EQ(Describe(1), "Ana Silva |  | ");
  EXPECT_EQ(Import(std::string(header) + "\nBen,Okafor,ben@example.com,2020,extra\n").message(),
            "in.csv:3: 5 fields, header has 4");
}

TEST_F(CsvImportTest, RowsOfCommasAreSkippedQuietly) {
  ASSERT_TRUE(Import("First Name,Last Name,Email Address,Connected On\n,,,\n , ,,\n").ok());
  EXPECT_EQ(report_.created + report_.skipped, 0);
  EXPECT_EQ(Warnings(), "");
}

TEST_F(CsvImportTest, SyntaxErrorsNameFileAndLine) {
  EXPECT_EQ(Import("First Name,Last Name,Email Address,Connected On\nAna,\"Silva\n").message(),
            "in.csv:2: unterminated quoted field");
  EXPECT_EQ(Count("SELECT count(*) FROM person"), 0);
}

TEST(LooksLikeCsvTest, TellsCsvFromOtherText) {
  EXPECT_TRUE(LooksLikeCsv("First Name,Last Name\nAna,Silva\n"));
  EXPECT_TRUE(LooksLikeCsv("\xEF\xBB\xBF\"First Name\",\"Last Name\"\r\n"));
  EXPECT_TRUE(LooksLikeCsv(kLinkedIn));
  EXPECT_FALSE(LooksLikeCsv("just some notes\n"));
  EXPECT_FALSE(LooksLikeCsv("BEGIN:VCARD\r\nFN:Ana, Silva\r\n"));
  EXPECT_FALSE(LooksLikeCsv("{\"name\": \"Ana\", \"x\": 1}"));
  EXPECT_FALSE(LooksLikeCsv(std::string_view("a,b\0c", 5)));
  std::string late;
  for (int i = 0; i < 12; ++i) late += "line\n";
  EXPECT_FALSE(LooksLikeCsv(late + "late,comma\n"));
  EXPECT_TRUE(LooksLikeCsv(std::string(20, '\n') + "after,blank lines\n"));
}

}  // namespace
}  // namespace kith::import
