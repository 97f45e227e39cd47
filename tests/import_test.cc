// kith import / export end to end: merges instead of duplicates, changes
// nothing when run twice or when any file is bad, and round-trips vCards and
// CSV.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "kith_test.h"

namespace kith::test {
namespace {

using ::testing::HasSubstr;

constexpr char kPhoneCards[] =
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Silva\r\nORG:Crumb & Co\r\n"
    "item1.EMAIL;TYPE=INTERNET:Ana@Example.com\r\nitem1.X-ABLABEL:_$!<Work>!$_\r\n"
    "TEL;TYPE=CELL:+44 20 7946 0958\r\nBDAY:1988-03-01\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Nowak;=C5=81ukasz;;;"
    "\r\n"
    "TEL;CELL:020 7946 0000\r\nTEL;HOME:n/a\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:李娜\r\nEMAIL:li.na@example.cn\r\nBDAY:--0412\r\nEND:"
    "VCARD\r\n";

// Each line of `text` passed through `f` (which may drop it by returning "").
template <typename F>
std::string MapLines(const std::string& text, F f) {
  std::string out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    std::string line = f(text.substr(start, end - start));
    if (!line.empty()) out += line + "\n";
    start = end == std::string::npos ? text.size() : end + 1;
  }
  return out;
}

// `kith list` lines without the id column (ids depend on insertion order).
std::string WithoutIds(const std::string& list) {
  return MapLines(list,
                  [](std::string line) { return line.starts_with("#") ? line.substr(7) : line; });
}

// The snapshot's schema lines: its indexes, tables and triggers.
std::string SchemaOf(const std::string& snapshot) {
  return MapLines(snapshot, [](std::string line) {
    return line.find(": CREATE ") != std::string::npos ? line : std::string();
  });
}

using ImportTest = KithTest;

TEST_F(ImportTest, MergesWithWhatYouHaveAndIsIdempotent) {
  Ok({"add", "Ana Silva", "--email", "ana@example.com"});
  std::string file = Write("phone.vcf", kPhoneCards);
  Output o = Ok({"import", file});
  EXPECT_EQ(
      o.out,
      "2 created, 1 merged into people you had, 0 unchanged, 0 skipped; 3 contact points added\n");
  EXPECT_THAT(o.err, HasSubstr("phone.vcf:10: skipped phone: invalid phone number 'n/a'"));
  std::string after = kith_.Snapshot();
  EXPECT_EQ(
      Ok({"import", file}).out,
      "0 created, 0 merged into people you had, 3 unchanged, 0 skipped; 0 contact points added\n");
  EXPECT_EQ(kith_.Snapshot(), after);
  EXPECT_THAT(Ok({"show", "lukasz"}).out, HasSubstr("Łukasz Nowak (#2)"));
  EXPECT_THAT(Ok({"show", "ana"}).out, HasSubstr("phone    +44 20 7946 0958 (cell)"));
}

TEST_F(ImportTest, DryRunWritesNothing) {
  std::string file = Write("phone.vcf", kPhoneCards);
  Ok({"list"});
  std::string before = kith_.Snapshot();
  EXPECT_THAT(Ok({"import", "--dry-run", file}).out,
              HasSubstr("Dry run (nothing written): 3 created"));
  EXPECT_EQ(kith_.Snapshot(), before);
}

TEST_F(ImportTest, ABadFileAnywhereLeavesTheDatabaseAsItWas) {
  Ok({"add", "Ben Okafor"});
  std::string good = Write("good.vcf", kPhoneCards);
  std::string bad = Write("bad.vcf", "BEGIN:VCARD\nFN:Carla\nEMAIL:carla@example.com\n");
  std::string before = kith_.Snapshot();
  Output o = kith_.Run({"import", good, bad});
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_THAT(o.err, HasSubstr(bad + ":1: "));
  EXPECT_EQ(kith_.Snapshot(), before);
  o = kith_.Run({"import", (kith_.dir() / "missing.vcf").string()});
  EXPECT_EQ(o.exit_code, 3);
  std::string text = Write("notes.txt", "just some notes\n");
  o = kith_.Run({"import", text});
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_THAT(
      o.err,
      HasSubstr("notes.txt: cannot tell the format from its content; give --format (vcard, ics, "
                "mbox, whatsapp, json, csv)"));
  EXPECT_EQ(kith_.Snapshot(), before);
}

// A contact file bringing more than the database holds is written with the
// look-up indexes paused (store/index_deferral.h); they must come back.
TEST_F(ImportTest, ALargeImportBuildsItsLookUpIndexesAgain) {
  Ok({"list"});
  std::string schema = SchemaOf(kith_.Snapshot());
  ASSERT_THAT(schema, HasSubstr("index contact_point_by_value: CREATE INDEX"));
  ASSERT_THAT(schema, HasSubstr("index person_by_name: CREATE INDEX"));
  std::string cards;
  for (int i = 0; i < 200; ++i) {
    cards += "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person " + std::to_string(i) + "\r\nEMAIL:p" +
             std::to_string(i) + "@example.com\r\nEND:VCARD\r\n";
  }
  Ok({"import", Write("many.vcf", cards)});
  EXPECT_EQ(SchemaOf(kith_.Snapshot()), schema);
  EXPECT_THAT(Ok({"show", "p137@example.com"}).out, HasSubstr("Person 137"));
  // A small file into what is now the larger database: written row by row.
  Ok({"import", Write("one.vcf",
                      "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Silva\r\n"
                      "EMAIL:ana@example.com\r\nEND:VCARD\r\n")});
  EXPECT_EQ(SchemaOf(kith_.Snapshot()), schema);
  EXPECT_THAT(Ok({"show", "ana@example.com"}).out, HasSubstr("Ana Silva"));
}

TEST_F(ImportTest, VcardExportThenImportKeepsEveryPersonAndContactPoint) {
  Ok({"add", "Ana Silva", "--email", "ana@example.com", "--phone", "+44 20 7946 0958", "--company",
      "Crumb & Co", "--tag", "baker"});
  Ok({"meet", "Zoë Adler; zoe@example.com; https://zoe.example; birthday 1990-02-28"});
  Ok({"contact", "zoe", "handle", "@zoe_climbs", "--label", "instagram"});
  Ok({"add", "Ben; Okafor, \"the, tricky\" one"});
  for (const char* version : {"3", "4"}) {
    std::string file = (kith_.dir() / (std::string("out") + version + ".vcf")).string();
    Ok({"export", "--format", "vcard", "--vcard-version", version, "-o", file});
    KithRunner fresh;
    Output o = fresh.Run({"import", file});
    ASSERT_EQ(o.exit_code, 0) << o.err;
    EXPECT_EQ(o.out,
              "3 created, 0 merged into people you had, 0 unchanged, 0 skipped; 5 contact points "
              "added\n");
    EXPECT_EQ(WithoutIds(fresh.Run({"list"}).out), WithoutIds(kith_.Run({"list"}).out))
        << "vCard " << version;
    EXPECT_EQ(fresh.Run({"show", "zoe", "--json"}).out.find("\"@zoe_climbs\"") != std::string::npos,
              true);
  }
}

TEST_F(ImportTest, CsvExportThenImportKeepsEveryPersonAndContactPoint) {
  Ok({"add", "Ana Silva", "--email", "ana@example.com", "--phone", "+44 20 7946 0958", "--company",
      "Crumb & Co", "--title", "Head Baker", "--tag", "baker", "--tag", "early riser", "--note",
      "Sourdough, \"mostly\""});
  Ok({"meet", "Zoë Adler; zoe@example.com; https://zoe.example; birthday 1990-02-28"});
  Ok({"contact", "zoe", "handle", "@zoe_climbs", "--label", "instagram"});
  Ok({"contact", "zoe", "address", "1 High St, London", "--label", "home"});
  Ok({"contact", "zoe", "email", "zoe@adler.example", "--label", "work"});
  Ok({"date", "zoe", "anniversary", "2015-06-01"});
  Ok({"add", "Ben; Okafor, \"the, tricky\" one"});
  Ok({"add", "Old Friend", "--email", "old@example.com"});
  Ok({"archive", "old friend"});
  std::string file = (kith_.dir() / "out.csv").string();
  Ok({"export", "--format", "csv", "-o", file});
  KithRunner fresh;
  Output o = fresh.Run({"import", file});
  ASSERT_EQ(o.exit_code, 0) << o.err;
  EXPECT_EQ(o.out,
            "3 created, 0 merged into people you had, 0 unchanged, 0 skipped; 7 contact points "
            "added\n");
  EXPECT_EQ(o.err, "");
  EXPECT_EQ(WithoutIds(fresh.Run({"list"}).out), WithoutIds(kith_.Run({"list"}).out));
  EXPECT_EQ(fresh.Run({"export", "--format", "csv"}).out,
            kith_.Run({"export", "--format", "csv"}).out);
}

TEST_F(ImportTest, CsvExportHasGoogleContactsColumns) {
  Ok({"add", "Ana Silva", "--email", "ana@example.com", "--company", "Crumb, Co", "--tag", "baker",
      "--tag", "friend"});
  Ok({"date", "ana", "birthday", "--03-01"});
  EXPECT_EQ(Ok({"export", "--format", "csv"}).out,
            "Name,Given Name,Family Name,Organization 1 - Name,Organization 1 - Title,Birthday,"
            "Notes,Group Membership,E-mail 1 - Type,E-mail 1 - Value\r\n"
            "Ana Silva,Ana,Silva,\"Crumb, Co\",,--03-01,,baker ::: friend,,ana@example.com\r\n");
}

TEST_F(ImportTest, CsvIsToldFromContentAndMapped) {
  std::string linkedin = Write("Connections.csv",
                               "Notes:\n\"When exporting your connection data, you may notice "
                               "that some of the email addresses are missing.\"\n\n"
                               "First Name,Last Name,URL,Email Address,Company,Position,Connected "
                               "On\nAna,Silva,https://www.linkedin.com/in/anasilva,ana@example.com,"
                               "Crumb & Co,Baker,12 Mar 2021\n");
  EXPECT_EQ(
      Ok({"import", linkedin}).out,
      "1 created, 0 merged into people you had, 0 unchanged, 0 skipped; 2 contact points added\n");
  std::string crm = Write("crm.csv", "Who,Mail\r\nAna Silva,ana.silva@crumb.example\r\n");
  std::string before = kith_.Snapshot();
  Output o = kith_.Run({"import", crm});
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_THAT(o.err, HasSubstr(crm + ":1: unrecognized CSV header; give --map"));
  EXPECT_EQ(kith_.Snapshot(), before);
  o = kith_.Run({"import", crm, "--map", "Who=name,Mail=mail"});
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_THAT(o.err, HasSubstr("--map: unknown field 'mail' for column 'Mail'"));
  EXPECT_EQ(
      Ok({"import", crm, "--map", "Who=name,Mail=email:work"}).out,
      "0 created, 1 merged into people you had, 0 unchanged, 0 skipped; 1 contact point added\n");
  EXPECT_THAT(Ok({"show", "ana"}).out, HasSubstr("ana.silva@crumb.example (work)"));
}

}  // namespace
}  // namespace kith::test
