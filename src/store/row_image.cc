#include "store/row_image.h"

#include <fmt/format.h>
#include <sqlite3.h>

namespace kith::store::detail {
namespace {

// "a = ? AND b = ?" over the keys of `where`, in their (sorted) order.
std::string Conditions(const RowImage& where) {
  std::vector<std::string> parts;
  for (const auto& [column, value] : where.items())
    parts.push_back(fmt::format("\"{}\" = ?", column));
  return fmt::format("{}", fmt::join(parts, " AND "));
}

int BindAll(SQLite::Statement& q, int first, const RowImage& values) {
  int index = first;
  for (const auto& [column, value] : values.items()) BindJson(q, index++, value);
  return index;
}

}  // namespace

RowImage ReadRowImage(SQLite::Statement& q) {
  RowImage row = RowImage::object();
  for (int i = 0; i < q.getColumnCount(); ++i) {
    SQLite::Column c = q.getColumn(i);
    switch (c.getType()) {
      case SQLITE_INTEGER:
        row[c.getName()] = c.getInt64();
        break;
      case SQLITE_FLOAT:
        row[c.getName()] = c.getDouble();
        break;
      case SQLITE_NULL:
        row[c.getName()] = nullptr;
        break;
      default:
        row[c.getName()] = c.getString();
        break;
    }
  }
  return row;
}

std::vector<RowImage> ReadRowImages(SQLite::Statement& q) {
  std::vector<RowImage> out;
  while (q.executeStep()) out.push_back(ReadRowImage(q));
  return out;
}

void BindJson(SQLite::Statement& q, int index, const nlohmann::json& value) {
  if (value.is_null()) {
    q.bind(index);
  } else if (value.is_number_integer()) {
    q.bind(index, value.get<int64_t>());
  } else if (value.is_number()) {
    q.bind(index, value.get<double>());
  } else {
    q.bind(index, value.get<std::string>());
  }
}

void InsertRowImage(SQLite::Database& db, const std::string& table, const RowImage& row) {
  std::vector<std::string> columns, marks;
  for (const auto& [column, value] : row.items()) {
    columns.push_back(fmt::format("\"{}\"", column));
    marks.push_back("?");
  }
  SQLite::Statement q(db, fmt::format("INSERT INTO \"{}\" ({}) VALUES ({})", table,
                                      fmt::join(columns, ", "), fmt::join(marks, ", ")));
  BindAll(q, 1, row);
  q.exec();
}

int UpdateRowImage(SQLite::Database& db, const std::string& table, const RowImage& set,
                   const RowImage& where) {
  std::vector<std::string> assignments;
  for (const auto& [column, value] : set.items()) {
    assignments.push_back(fmt::format("\"{}\" = ?", column));
  }
  SQLite::Statement q(db, fmt::format("UPDATE \"{}\" SET {} WHERE {}", table,
                                      fmt::join(assignments, ", "), Conditions(where)));
  BindAll(q, BindAll(q, 1, set), where);
  return q.exec();
}

int DeleteRowImage(SQLite::Database& db, const std::string& table, const RowImage& where) {
  SQLite::Statement q(db, fmt::format("DELETE FROM \"{}\" WHERE {}", table, Conditions(where)));
  BindAll(q, 1, where);
  return q.exec();
}

}  // namespace kith::store::detail
