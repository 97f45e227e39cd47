// Fuzzes ReadCsv and CsvLine (src/formats/csv.h).
//
// Reads the input as a .csv file. A read error must name the place
// ("fuzz.csv:<line>: ..."), with a line inside the file. When the read
// succeeds, rows must start on increasing lines, every field must be UTF-8
// and within the limits, and the rows written back with CsvLine must read
// back as the same rows.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "formats/csv.h"
#include "util/text.h"

namespace {

using kith::formats::CsvRow;

void Require(bool condition, const char* what) {
  if (condition) return;
  std::fprintf(stderr, "invariant failed: %s\n", what);
  std::abort();
}

kith::Status Read(std::string_view text, std::vector<CsvRow>* rows) {
  return kith::formats::ReadCsv(text, "fuzz.csv", [&](const CsvRow& row) {
    rows->push_back(row);
    return kith::Status::Ok();
  });
}

void CheckRows(const std::vector<CsvRow>& rows) {
  int line = 0;
  for (const CsvRow& row : rows) {
    Require(row.line > line, "rows do not start on increasing lines");
    line = row.line;
    Require(!row.fields.empty(), "a row without fields");
    Require(row.fields.size() <= kith::formats::kMaxCsvRowFields, "too many fields");
    for (const std::string& field : row.fields) {
      Require(field.size() <= kith::formats::kMaxCsvFieldBytes, "field too large");
      Require(kith::IsValidUtf8(field), "field is not UTF-8");
    }
  }
}

void CheckRoundTrip(const std::vector<CsvRow>& rows) {
  std::string text;
  for (const CsvRow& row : rows) text += kith::formats::CsvLine(row.fields);
  std::vector<CsvRow> back;
  kith::Status status = Read(text, &back);
  if (!status.ok()) std::fprintf(stderr, "%s\n", status.message().c_str());
  Require(status.ok(), "written rows do not read");
  Require(back.size() == rows.size(), "written rows read back as another number of rows");
  for (size_t i = 0; i < rows.size(); ++i) {
    Require(back[i].fields == rows[i].fields, "written row reads back different");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<CsvRow> rows;
  kith::Status status = Read(text, &rows);
  if (!status.ok()) {
    Require(status.message().starts_with("fuzz.csv:"), "error does not name the file");
    int line = std::atoi(status.message().c_str() + 9);
    Require(line >= 1 && static_cast<size_t>(line) <= size + 1, "error line outside the file");
    return 0;
  }
  CheckRows(rows);
  CheckRoundTrip(rows);
  return 0;
}
