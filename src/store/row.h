// Small helpers for reading and binding columns; internal to store/.
#pragma once

#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kith::store {

inline std::optional<int64_t> OptionalInt(SQLite::Statement& q, int column) {
  auto c = q.getColumn(column);
  if (c.isNull()) return std::nullopt;
  return c.getInt64();
}

inline void BindOptional(SQLite::Statement& q, int index, std::optional<int64_t> value) {
  if (value) {
    q.bind(index, *value);
  } else {
    q.bind(index);
  }
}

// Binds `text` as TEXT (SQLiteCpp binds views only as blobs, which STRICT
// text columns refuse).
inline void BindText(SQLite::Statement& q, int index, std::string_view text) {
  q.bind(index, std::string(text));
}

// A TEXT column without a copy; valid until the statement steps or resets.
inline std::string_view ColumnText(SQLite::Statement& q, int column) {
  auto c = q.getColumn(column);
  return {c.getText(), static_cast<size_t>(c.getBytes())};
}

// "INSERT ... VALUES " followed by `rows` copies of `values` ("(?, ?)"),
// comma-separated: one statement writing many rows.
inline std::string Repeated(const char* head, const char* values, size_t rows) {
  std::string sql = head;
  for (size_t i = 0; i < rows; ++i) {
    if (i > 0) sql += ", ";
    sql += values;
  }
  return sql;
}

// Splits a group_concat(..., char(31)) result.
inline std::vector<std::string> SplitUnitSeparated(const std::string& joined) {
  std::vector<std::string> out;
  if (joined.empty()) return out;
  size_t start = 0;
  while (true) {
    auto pos = joined.find('\x1f', start);
    out.push_back(joined.substr(start, pos - start));
    if (pos == std::string::npos) break;
    start = pos + 1;
  }
  return out;
}

}  // namespace kith::store
