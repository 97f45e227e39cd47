// CSV (RFC 4180) reading and writing for `kith import` and `kith export
// --format csv`. Reading is a thin wrapper over libcsv that adds what libcsv
// leaves to its callers: line numbers, a byte order mark, size limits and
// error messages that name the place.
//
//   Status s = ReadCsv(text, "contacts.csv", [&](const CsvRow& row) {
//     rows.push_back(row.fields);
//     return Status::Ok();
//   });
//   // s.message(): "contacts.csv:12: unterminated quoted field"
//   std::string line = CsvLine({"Ana", "Crumb, \"the\" bakery"});
//   // "Ana,\"Crumb, \"\"the\"\" bakery\"\r\n"
//
// Strict quoting: a field is either unquoted and holds no '"', or quoted from
// its first to its last byte with "" for a quote inside; spaces around fields
// are kept. Rows end in CRLF, LF or a lone CR; quoted fields may hold line
// breaks, which are kept as written. Empty lines between rows are skipped.
// Text that is not UTF-8 is read as Windows-1252, which is what Excel and
// Outlook on Windows save. Pure functions, thread-safe.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "util/status.h"

namespace kith::formats {

inline constexpr size_t kMaxCsvFieldBytes = size_t{1} << 20;  // 1 MiB
inline constexpr size_t kMaxCsvRowFields = 10000;

struct CsvRow {
  int line = 0;  // 1-based line where the row starts
  std::vector<std::string> fields;
};

// Calls `on_row` for each row of `text` as soon as it has been read, and
// stops at the first error, either the reader's or the one `on_row` returns.
// Reader errors are Invalid and name the place: "<source>:<line>: <what>",
// where <what> is one of "unterminated quoted field", "quote in unquoted
// field", "text after closing quote", "field larger than 1 MiB" and "row has
// more than 10000 fields".
Status ReadCsv(std::string_view text, std::string_view source,
               const std::function<Status(const CsvRow&)>& on_row);

// `value` as one CSV field: as is when it holds no comma, quote, CR or LF and
// does not start or end with a space, else quoted with quotes doubled.
// ReadCsv reads it back as `value`.
std::string CsvField(std::string_view value);

// One row: the fields through CsvField joined with commas, then CRLF. A row
// of one empty field is written as "" so that it is not read as a blank line.
std::string CsvLine(const std::vector<std::string>& fields);

}  // namespace kith::formats
