#include "store/schema_checks.h"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include <cctype>
#include <optional>
#include <utility>
#include <vector>

namespace kith::store::detail {
namespace {

// writable_schema is a setting of the connection, not of the transaction:
// it goes off again whether the rewrite commits or throws. A build of SQLite
// that starts connections in defensive mode would refuse the edit, so that is
// off for the same span.
class WritableSchema {
 public:
  explicit WritableSchema(SQLite::Database& db) : db_(db) {
    sqlite3_db_config(db_.getHandle(), SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive_);
    sqlite3_db_config(db_.getHandle(), SQLITE_DBCONFIG_DEFENSIVE, 0, nullptr);
    db_.exec("PRAGMA writable_schema = ON");
  }
  ~WritableSchema() {
    try {
      db_.exec("PRAGMA writable_schema = OFF");
    } catch (const SQLite::Exception&) {
      // Nothing more to do in a destructor; closing the connection resets it.
    }
    sqlite3_db_config(db_.getHandle(), SQLITE_DBCONFIG_DEFENSIVE, defensive_, nullptr);
  }
  WritableSchema(const WritableSchema&) = delete;
  WritableSchema& operator=(const WritableSchema&) = delete;

 private:
  SQLite::Database& db_;
  int defensive_ = 0;
};

constexpr std::string_view kIn = " IN (";

bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

size_t SkipSpace(std::string_view sql, size_t at) {
  while (at < sql.size() && std::isspace(static_cast<unsigned char>(sql[at]))) ++at;
  return at;
}

struct NameList {
  std::vector<std::string_view> names;  // quotes included
  size_t end = 0;                       // just after the closing ')'
};

// The list that starts at `at` (just after its '('), when it holds only
// quoted names: 'a', 'b', ... ). Anything else (numbers, a sub-query, a
// doubled quote inside a name) is not rewritten.
std::optional<NameList> QuotedNames(std::string_view sql, size_t at) {
  NameList list;
  while (true) {
    at = SkipSpace(sql, at);
    if (at >= sql.size() || sql[at] != '\'') return std::nullopt;
    size_t close = sql.find('\'', at + 1);
    if (close == std::string_view::npos) return std::nullopt;
    list.names.push_back(sql.substr(at, close + 1 - at));
    at = SkipSpace(sql, close + 1);
    if (at < sql.size() && sql[at] == ',') {
      ++at;
    } else if (at < sql.size() && sql[at] == ')') {
      list.end = at + 1;
      return list;
    } else {
      return std::nullopt;
    }
  }
}

}  // namespace

std::string InListsAsComparisons(std::string_view sql) {
  std::string out;
  size_t copied = 0;  // sql[0, copied) is in `out`
  for (size_t at = sql.find(kIn); at != std::string_view::npos; at = sql.find(kIn, at)) {
    size_t column = at;
    while (column > 0 && IsWordChar(sql[column - 1])) --column;
    auto list = QuotedNames(sql, at + kIn.size());
    // SQLite already compares one or two names in place.
    if (column == at || !list || list->names.size() < 3) {
      at += kIn.size();
      continue;
    }
    out.append(sql.substr(copied, column - copied));
    std::string_view name = sql.substr(column, at - column);
    out += '(';
    for (size_t i = 0; i < list->names.size(); ++i) {
      if (i > 0) out += " OR ";
      out += fmt::format("{} = {}", name, list->names[i]);
    }
    out += ')';
    copied = at = list->end;
  }
  out.append(sql.substr(copied));
  return out;
}

void RewriteInListChecksV7(SQLite::Database& db) {
  std::vector<std::pair<std::string, std::string>> changed;  // name, new definition
  {
    SQLite::Statement tables(db, "SELECT name, sql FROM sqlite_schema WHERE type = 'table'");
    while (tables.executeStep()) {
      std::string sql = tables.getColumn(1).getString();
      std::string rewritten = InListsAsComparisons(sql);
      if (rewritten != sql) changed.emplace_back(tables.getColumn(0).getString(), rewritten);
    }
  }
  if (changed.empty()) return;
  int version = db.execAndGet("PRAGMA schema_version").getInt();
  WritableSchema writable(db);
  SQLite::Statement put(db, "UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = ?");
  for (const auto& [name, sql] : changed) {
    put.bind(1, sql);
    put.bind(2, name);
    put.exec();
    put.reset();
  }
  // A new schema cookie makes every connection, this one included, read the
  // definitions again.
  db.exec(fmt::format("PRAGMA schema_version = {}", version + 1));
}

}  // namespace kith::store::detail
