// Which CSV column holds which part of a person: the layouts kith recognizes
// by their header (LinkedIn, Google Contacts old and new, Outlook), and the
// user's own `--map "First Name=given,E-mail=email:work"`. Internal to
// import/csv_import.cc; the layouts are written down in docs/formats.md.
// Pure functions, thread-safe.
//
//   auto map = ParseCsvMap("First Name=given,E-mail=email");  // Result<CsvMap>
//   std::optional<CsvColumns> c = RecognizeCsvHeader(header_fields);
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/status.h"

namespace kith::import {

// What a column holds. Scalars (name parts, company, title, note) take the
// first non-empty column; the others add every value.
enum class CsvField {
  kName,  // the whole name; else given, middle and family are joined
  kGiven,
  kMiddle,
  kFamily,
  kEmail,
  kPhone,
  kAddress,
  kUrl,
  kHandle,
  kCompany,
  kTitle,
  kNote,
  kTag,
  kBirthday,
  kEvent,  // a date whose label names it ("anniversary"); layouts only
};

struct CsvColumn {
  size_t index = 0;  // in the row
  CsvField field = CsvField::kName;
  std::string label;                  // fixed: "mobile" for Outlook's "Mobile Phone"
  std::optional<size_t> label_index;  // or the column that holds it ("E-mail 1 - Type")
  friend bool operator==(const CsvColumn&, const CsvColumn&) = default;
};

struct CsvColumns {
  std::string layout;  // "LinkedIn", "Google Contacts", ..., or "--map"
  std::vector<CsvColumn> columns;
};

// One "Column=field" or "Column=field:label" of --map.
struct CsvMapEntry {
  std::string header;
  CsvField field = CsvField::kName;
  std::string label;
};
using CsvMap = std::vector<CsvMapEntry>;

// "name, given, middle, family, email, ..." — the fields --map accepts.
std::string CsvFieldList();

// Parses --map. Errors (Invalid) name the bad entry: "--map: expected
// Column=field, got 'E-mail'", "--map: unknown field 'mail' for column
// 'E-mail' (fields: ...)".
Result<CsvMap> ParseCsvMap(std::string_view map);

// The columns of the first layout whose key columns `header` has, or nothing.
// Header names match ignoring case and surrounding spaces.
std::optional<CsvColumns> RecognizeCsvHeader(const std::vector<std::string>& header);

// The columns `map` names, or the first of them `header` lacks in `*missing`.
std::optional<CsvColumns> MapCsvHeader(const CsvMap& map, const std::vector<std::string>& header,
                                       std::string* missing);

}  // namespace kith::import
