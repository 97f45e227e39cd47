#include "store/schema_checks.h"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include <regex>
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

}  // namespace

std::string InListsAsComparisons(std::string_view table_sql) {
  static const std::regex kInList(R"((\w+) IN \(('[^']*'(?:\s*,\s*'[^']*')+)\))");
  static const std::regex kName(R"('[^']*')");
  std::string out;
  auto last = table_sql.begin();
  using Iterator = std::regex_iterator<std::string_view::const_iterator>;
  for (Iterator it(table_sql.begin(), table_sql.end(), kInList), end; it != end; ++it) {
    const auto& m = *it;
    std::string list = m[2].str();
    std::vector<std::string> names;
    for (std::sregex_iterator n(list.begin(), list.end(), kName), none; n != none; ++n) {
      names.push_back(n->str());
    }
    if (names.size() < 3) continue;  // SQLite already compares one or two in place
    out.append(last, m[0].first);
    std::string column = m[1].str();
    out += '(';
    for (size_t i = 0; i < names.size(); ++i) {
      if (i > 0) out += " OR ";
      out += fmt::format("{} = {}", column, names[i]);
    }
    out += ')';
    last = m[0].second;
  }
  out.append(last, table_sql.end());
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
