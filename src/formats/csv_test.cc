#include "formats/csv.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace kith::formats {
namespace {

using Rows = std::vector<std::pair<int, std::vector<std::string>>>;

Result<Rows> Read(std::string_view text) {
  Rows rows;
  Status s = ReadCsv(text, "in.csv", [&](const CsvRow& row) {
    rows.emplace_back(row.line, row.fields);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return rows;
}

std::string Error(std::string_view text) {
  auto rows = Read(text);
  return rows ? "no error" : rows.status().message();
}

TEST(CsvReadTest, LfAndCrlfRowsWithLineNumbers) {
  EXPECT_EQ(*Read("a,b\nc,d\n"), (Rows{{1, {"a", "b"}}, {2, {"c", "d"}}}));
  EXPECT_EQ(*Read("a,b\r\nc,d\r\n"), (Rows{{1, {"a", "b"}}, {2, {"c", "d"}}}));
  EXPECT_EQ(*Read("a,b\rc,d"), (Rows{{1, {"a", "b"}}, {2, {"c", "d"}}}));
}

TEST(CsvReadTest, LastRowWithoutLineBreak) {
  EXPECT_EQ(*Read("a,b\nc,"), (Rows{{1, {"a", "b"}}, {2, {"c", ""}}}));
  EXPECT_EQ(*Read("\"x\""), (Rows{{1, {"x"}}}));
}

TEST(CsvReadTest, BlankLinesAreSkippedAndCounted) {
  EXPECT_EQ(*Read("\n\r\na\n\n\nb,c\r\n\r\n"), (Rows{{3, {"a"}}, {6, {"b", "c"}}}));
  EXPECT_EQ(*Read(""), Rows{});
}

TEST(CsvReadTest, ByteOrderMarkIsSkipped) {
  EXPECT_EQ(*Read("\xEF\xBB\xBF"
                  "First Name,E-mail Address\r\nAna,ana@example.com\r\n"),
            (Rows{{1, {"First Name", "E-mail Address"}}, {2, {"Ana", "ana@example.com"}}}));
}

TEST(CsvReadTest, QuotedFieldsHoldCommasQuotesAndLineBreaks) {
  EXPECT_EQ(*Read("\"a,b\",\"say \"\"hi\"\"\",\"\"\n"), (Rows{{1, {"a,b", "say \"hi\"", ""}}}));
  EXPECT_EQ(*Read("x,\"line 1\r\nline 2\nline 3\"\ny,z\n"),
            (Rows{{1, {"x", "line 1\r\nline 2\nline 3"}}, {4, {"y", "z"}}}));
  EXPECT_EQ(*Read("\"\n\nstarts\",late\nnext\n"),
            (Rows{{1, {"\n\nstarts", "late"}}, {4, {"next"}}}));
}

TEST(CsvReadTest, SpacesAreKept) {
  EXPECT_EQ(*Read(" a , b \n  \n"), (Rows{{1, {" a ", " b "}}, {2, {"  "}}}));
}

TEST(CsvReadTest, EmptyFields) {
  EXPECT_EQ(*Read(",\n,,x\n"), (Rows{{1, {"", ""}}, {2, {"", "", "x"}}}));
}

TEST(CsvReadTest, Windows1252IsReadAsUtf8) {
  EXPECT_EQ(*Read("Zo\xEB,\x80 5\n"), (Rows{{1, {"Zoë", "€ 5"}}}));
}

TEST(CsvReadTest, StrictQuotingErrorsNameTheLine) {
  EXPECT_EQ(Error("a,b\nc,\"d\n"), "in.csv:2: unterminated quoted field");
  EXPECT_EQ(Error("a,b\nx,\"multi\nline\",\"open\n\n"), "in.csv:2: unterminated quoted field");
  EXPECT_EQ(Error("a,b\n\nc,d\"e\n"), "in.csv:3: quote in unquoted field");
  EXPECT_EQ(Error("a\n\"x\nyz\"q,b\n"), "in.csv:3: text after closing quote");
  EXPECT_EQ(Error("\"a\" ,b\n"), "in.csv:1: text after closing quote");
}

TEST(CsvReadTest, FieldsOverOneMebibyteAreRefused) {
  std::string ok(kMaxCsvFieldBytes, 'x');
  EXPECT_EQ(Read("a\n" + ok + "\n")->at(1).second[0].size(), kMaxCsvFieldBytes);
  EXPECT_EQ(Read("a\n\"" + ok + "\"\n")->at(1).second[0].size(), kMaxCsvFieldBytes);
  EXPECT_EQ(Error("a\n" + ok + "y\n"), "in.csv:2: field larger than 1 MiB");
  EXPECT_EQ(Error("a\n\"" + ok + "y\"\n"), "in.csv:2: field larger than 1 MiB");
  EXPECT_EQ(Error("a\n\"" + ok + "\"\"\"\n"), "in.csv:2: field larger than 1 MiB");
  EXPECT_EQ(Error("a\nb,\"\n" + std::string(3 * kMaxCsvFieldBytes, '\n')),
            "in.csv:2: field larger than 1 MiB");
}

TEST(CsvReadTest, RowsOverTenThousandFieldsAreRefused) {
  EXPECT_EQ(Read(std::string(kMaxCsvRowFields - 1, ','))->at(0).second.size(), kMaxCsvRowFields);
  EXPECT_EQ(Error("a\n" + std::string(kMaxCsvRowFields, ',')),
            "in.csv:2: row has more than 10000 fields");
}

TEST(CsvReadTest, TheCallersErrorStopsReading) {
  int calls = 0;
  Status s = ReadCsv("a\nb\nc\n", "in.csv", [&](const CsvRow& row) {
    ++calls;
    return row.fields[0] == "b" ? Status::Invalid("stop at b") : Status::Ok();
  });
  EXPECT_EQ(s.message(), "stop at b");
  EXPECT_EQ(calls, 2);
}

TEST(CsvWriteTest, QuotesOnlyWhatNeedsIt) {
  EXPECT_EQ(CsvField("Ana Silva"), "Ana Silva");
  EXPECT_EQ(CsvField(""), "");
  EXPECT_EQ(CsvField("Crumb, Co"), "\"Crumb, Co\"");
  EXPECT_EQ(CsvField("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(CsvField("a\nb"), "\"a\nb\"");
  EXPECT_EQ(CsvField(" pad"), "\" pad\"");
  EXPECT_EQ(CsvLine({"a", "b,c", ""}), "a,\"b,c\",\r\n");
  EXPECT_EQ(CsvLine({""}), "\"\"\r\n");
}

TEST(CsvWriteTest, WrittenRowsReadBackEqual) {
  std::vector<std::vector<std::string>> rows = {
      {""}, {"", ""}, {" x ", "a\"b", "c\r\nd", "\r"}, {"\xEF\xBB\xBFstarts with a BOM"}};
  std::string text;
  for (const auto& row : rows) text += CsvLine(row);
  auto back = Read(text);
  ASSERT_TRUE(back) << back.status().message();
  ASSERT_EQ(back->size(), rows.size());
  for (size_t i = 0; i < rows.size(); ++i) EXPECT_EQ((*back)[i].second, rows[i]);
}

}  // namespace
}  // namespace kith::formats
