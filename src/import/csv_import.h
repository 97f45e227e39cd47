// CSV contact lists into people: LinkedIn's Connections.csv, Google Contacts
// (the export since 2023 and the one before), Outlook, or any CSV whose
// columns the user names with --map. Each data row becomes a PersonRecord
// (place "file.csv:LINE") and goes through identity resolution
// (import/people_merger.h). Which columns are read is in import/csv_columns.h
// and docs/formats.md.
//
//   Status s = ImportCsv(text, "Connections.csv", "", merger, report);
//   Status t = ImportCsv(text, "crm.csv", "Full Name=name,Mail=email:work", merger, report);
//
// Errors stop the import with "file:line: what", and the caller's transaction
// then leaves the database as it was: CSV syntax (formats/csv.h), a header
// that is no known layout and no --map, a --map column the header lacks, and
// a row with more fields than the header. A shorter row is fine (its missing
// fields are empty), and a date that does not parse is a warning.
#pragma once

#include <string>
#include <string_view>

#include "import/people_merger.h"

namespace kith::import {

// True when the start of a file looks like CSV: text with a comma in one of
// its first lines, and not JSON, XML, HTML, vCard, iCalendar or mbox.
bool LooksLikeCsv(std::string_view head);

// "name, given, middle, family, email, ..." — the fields --map accepts.
std::string CsvMapFields();

// Imports every data row of `text` (named `source` in messages). The header
// is the first row, within the first 10, that is a known layout or, when
// `map` is not empty, that has every column `map` names; only those columns
// are read then.
Status ImportCsv(std::string_view text, std::string_view source, const std::string& map,
                 PeopleMerger& merger, ImportReport& report);

}  // namespace kith::import
