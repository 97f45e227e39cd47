// Restoring a backup: nlohmann's SAX parser feeds a small state machine, one
// level per depth of the document (root, tables, rows, row). A row is checked
// column by column as it arrives and inserted when its object closes, with a
// statement prepared once per table (and per set of columns present), so a
// million rows cost a million executions and one row of memory. Foreign keys
// are deferred (a person may name an introducer further down the file) and
// checked once at the end, where a dangling one gets a message of its own
// rather than a failed commit.
#include <fmt/format.h>

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <variant>

#include "store/backup.h"
#include "store/backup_restore_checks.h"
#include "store/backup_tables.h"
#include "store/backup_values.h"
#include "store/migrations.h"

namespace kith::store {
namespace {

using json = nlohmann::json;
using detail::BackupColumn;
using detail::BackupTable;
using detail::Bound;
using detail::Convert;
using detail::Expected;
using detail::PointerToken;
using detail::Scalar;

// One table being restored: its columns and its insert statements.
struct TableRestore {
  const BackupTable* table = nullptr;
  std::map<uint64_t, std::unique_ptr<SQLite::Statement>> inserts;  // by columns present
};

class RestoreHandler {
 public:
  RestoreHandler(Db& db, const std::vector<BackupTable>& tables, std::string_view source)
      : db_(db), source_(source) {
    for (const auto& t : tables) tables_[t.name].table = &t;
  }

  const Status& status() const { return status_; }
  const RestoreCounts& counts() const { return counts_; }

  // nlohmann's SAX interface. Returning false stops the parse.
  bool null() { return OnScalar(nullptr); }
  bool boolean(bool v) { return OnScalar(v); }
  bool number_integer(int64_t v) { return OnScalar(v); }
  bool number_unsigned(uint64_t v) { return OnScalar(v); }
  bool number_float(double v, const std::string&) { return OnScalar(v); }
  bool string(std::string& v) { return OnScalar(std::move(v)); }
  bool binary(json::binary_t&) { return Fail(Path(), "unexpected binary value"); }
  bool start_object(size_t) { return OnStart(true); }
  bool start_array(size_t) { return OnStart(false); }
  bool key(std::string& k) { return OnKey(k); }
  bool end_object() { return OnEndObject(); }
  bool end_array() { return OnEndArray(); }
  bool parse_error(size_t position, const std::string&, const nlohmann::detail::exception& e) {
    status_ = detail::SyntaxError(source_, text_, position, e.what());
    return false;
  }

  void set_text(std::string_view text) { text_ = text; }

 private:
  enum Level { kDocument, kRoot, kTables, kRows, kRow };

  bool Fail(const std::string& pointer, const std::string& what) {
    status_ = Status::Invalid(pointer.empty() ? fmt::format("{}: {}", source_, what)
                                              : fmt::format("{}: {}: {}", source_, pointer, what));
    return false;
  }

  std::string Path() const {
    switch (level_) {
      case kDocument:
        return "";
      case kRoot:
        return "/" + PointerToken(root_key_);
      case kTables:
        return "/tables/" + PointerToken(table_key_);
      case kRows:
        return fmt::format("/tables/{}/{}", current_->table->name, row_);
      case kRow:
        return fmt::format("/tables/{}/{}/{}", current_->table->name, row_,
                           PointerToken(column_key_));
    }
    return "";
  }

  bool OnScalar(Scalar v) {
    switch (level_) {
      case kDocument:
        return Fail("", "not a kith backup (expected a JSON object)");
      case kRoot:
        return RootValue(v);
      case kTables:
        return Fail(Path(), "expected an array of rows");
      case kRows:
        return Fail(Path(), "expected an object");
      case kRow:
        return ColumnValue(v);
    }
    return false;
  }

  bool OnStart(bool object) {
    switch (level_) {
      case kDocument:
        if (!object) return Fail("", "not a kith backup (expected a JSON object)");
        level_ = kRoot;
        return true;
      case kRoot:
        if (object && root_key_ == "tables") return EnterTables();
        return RootValue(nothing_, object ? "an object" : "an array");
      case kTables:
        if (object) return Fail(Path(), "expected an array of rows");
        level_ = kRows;
        row_ = 0;
        return true;
      case kRows:
        if (!object) return Fail(Path(), "expected an object");
        BeginRow();
        return true;
      case kRow:
        return Fail(Path(), Expected(*column_));
    }
    return false;
  }

  bool OnKey(const std::string& k) {
    switch (level_) {
      case kRoot:
        return RootKey(k);
      case kTables:
        return TableKey(k);
      case kRow:
        return ColumnKey(k);
      default:
        return Fail(Path(), "unexpected key");
    }
  }

  bool OnEndObject() {
    switch (level_) {
      case kRoot:
        level_ = kDocument;
        return FinishRoot();
      case kTables:
        level_ = kRoot;
        return true;
      case kRow:
        level_ = kRows;
        return EndRow();
      default:
        return Fail(Path(), "unexpected end of object");
    }
  }

  bool OnEndArray() {
    if (level_ != kRows) return Fail(Path(), "unexpected end of array");
    level_ = kTables;
    return true;
  }

  // The envelope: {"kith_backup": 1, "schema_version": N, "exported_at", "tables"}.
  bool RootKey(const std::string& k) {
    root_key_ = k;
    if (k != "kith_backup" && k != "schema_version" && k != "exported_at" && k != "tables") {
      return Fail(Path(),
                  "unknown key (a backup has kith_backup, schema_version, exported_at "
                  "and tables)");
    }
    if (!root_seen_.insert(k).second) return Fail(Path(), "appears twice");
    return true;
  }

  bool RootValue(Scalar& v, const char* structured = nullptr) {
    auto* i = structured ? nullptr : std::get_if<int64_t>(&v);
    auto* u = structured ? nullptr : std::get_if<uint64_t>(&v);
    int64_t n = i ? *i : u && *u <= static_cast<uint64_t>(INT64_MAX) ? static_cast<int64_t>(*u) : 0;
    bool integer = i || (u && *u <= static_cast<uint64_t>(INT64_MAX));
    if (root_key_ == "kith_backup") {
      if (!integer || n < 1) return Fail(Path(), fmt::format("expected {}", kBackupFormat));
      if (n > kBackupFormat) {
        return Fail(Path(), fmt::format("backup format {} is newer than this kith understands "
                                        "({}); upgrade kith",
                                        n, kBackupFormat));
      }
      return true;
    }
    if (root_key_ == "schema_version") {
      if (!integer || n < 1) return Fail(Path(), "expected a schema version (an integer from 1)");
      if (n > LatestSchemaVersion()) {
        return Fail(Path(), fmt::format("schema version {} is newer than this kith understands "
                                        "({}); upgrade kith",
                                        n, LatestSchemaVersion()));
      }
      return true;
    }
    if (root_key_ == "exported_at") {
      if (structured || !std::holds_alternative<std::string>(v)) {
        return Fail(Path(), "expected a string");
      }
      return true;
    }
    return Fail(Path(), "expected an object of tables");
  }

  bool EnterTables() {
    if (!root_seen_.count("kith_backup")) {
      return Fail("", "not a kith backup (no \"kith_backup\" before \"tables\")");
    }
    if (!root_seen_.count("schema_version")) {
      return Fail("/schema_version", "missing (it must come before \"tables\")");
    }
    level_ = kTables;
    return true;
  }

  bool FinishRoot() {
    if (!root_seen_.count("kith_backup")) return Fail("", "not a kith backup (no \"kith_backup\")");
    if (!root_seen_.count("tables")) return Fail("/tables", "missing");
    return true;
  }

  bool TableKey(const std::string& k) {
    table_key_ = k;
    auto it = tables_.find(k);
    if (it == tables_.end()) return Fail(Path(), "unknown table");
    if (!tables_seen_.insert(k).second) return Fail(Path(), "appears twice");
    current_ = &it->second;
    return true;
  }

  void BeginRow() {
    level_ = kRow;
    const auto& columns = current_->table->columns;
    values_.assign(columns.size(), Bound());
    present_ = 0;
  }

  bool ColumnKey(const std::string& k) {
    column_key_ = k;
    const auto& columns = current_->table->columns;
    for (size_t i = 0; i < columns.size(); ++i) {
      if (columns[i].name != k) continue;
      if (present_ & (uint64_t{1} << i)) return Fail(Path(), "appears twice");
      column_index_ = i;
      column_ = &columns[i];
      return true;
    }
    return Fail(Path(), "unknown column");
  }

  bool ColumnValue(Scalar& v) {
    auto bound = Convert(*column_, v);
    if (!bound) return Fail(Path(), Expected(*column_));
    values_[column_index_] = std::move(*bound);
    present_ |= uint64_t{1} << column_index_;
    return true;
  }

  bool EndRow() {
    const auto& columns = current_->table->columns;
    for (size_t i = 0; i < columns.size(); ++i) {
      if (columns[i].required && !(present_ & (uint64_t{1} << i))) {
        return Fail(fmt::format("/tables/{}/{}", current_->table->name, row_),
                    fmt::format("missing {}", columns[i].name));
      }
    }
    try {
      Insert();
    } catch (const SQLite::Exception& e) {
      return Fail(fmt::format("/tables/{}/{}", current_->table->name, row_), e.what());
    }
    Count();
    ++row_;
    return true;
  }

  SQLite::Statement& InsertFor(uint64_t present) {
    auto& q = current_->inserts[present];
    if (q) return *q;
    std::string cols, params;
    const auto& columns = current_->table->columns;
    for (size_t i = 0; i < columns.size(); ++i) {
      if (!(present & (uint64_t{1} << i))) continue;
      cols += (cols.empty() ? "" : ", ") + columns[i].name;
      params += params.empty() ? "?" : ", ?";
    }
    // Filled in from the rows they copy once every table is in (FillDerived).
    for (const auto& column : current_->table->derived_columns) {
      cols += ", " + column;
      params += ", ''";
    }
    q = std::make_unique<SQLite::Statement>(
        db_.sql(),
        fmt::format("INSERT INTO {} ({}) VALUES ({})", current_->table->name, cols, params));
    return *q;
  }

  void Insert() {
    SQLite::Statement& q = InsertFor(present_);
    int index = 0;
    for (const auto& v : values_) {
      if (std::holds_alternative<std::monostate>(v)) continue;
      ++index;
      if (auto* i = std::get_if<int64_t>(&v))
        q.bind(index, *i);
      else if (auto* d = std::get_if<double>(&v))
        q.bind(index, *d);
      else if (auto* s = std::get_if<std::string>(&v))
        q.bindNoCopy(index, *s);
      else
        q.bind(index);
    }
    q.exec();
    q.reset();
    q.clearBindings();
  }

  void Count() {
    ++counts_.rows;
    if (current_->table->name == "person") ++counts_.people;
    if (current_->table->name == "contact_point") ++counts_.contact_points;
  }

  Db& db_;
  std::string_view source_;
  std::string_view text_;
  Scalar nothing_ = nullptr;  // stands for an object or array where a scalar belongs
  Status status_;
  RestoreCounts counts_;
  std::map<std::string, TableRestore, std::less<>> tables_;
  Level level_ = kDocument;
  std::string root_key_, table_key_, column_key_;
  std::set<std::string> root_seen_, tables_seen_;
  TableRestore* current_ = nullptr;
  int64_t row_ = 0;
  std::vector<Bound> values_;
  uint64_t present_ = 0;
  size_t column_index_ = 0;
  const BackupColumn* column_ = nullptr;
};

Result<RestoreCounts> Parse(Db& db, const std::vector<BackupTable>& tables, std::string_view text,
                            std::string_view source) {
  RestoreHandler handler(db, tables, source);
  handler.set_text(text);
  bool ok = false;
  try {
    ok = json::sax_parse(text.begin(), text.end(), &handler);
  } catch (const json::exception& e) {
    return Status::Invalid(fmt::format("{}: {}", source, e.what()));
  }
  if (!handler.status().ok()) return handler.status();
  if (!ok) return Status::Invalid(fmt::format("{}: not a kith backup", source));
  return handler.counts();
}

}  // namespace

Result<RestoreCounts> RestoreBackup(Db& db, std::string_view text, std::string_view source) {
  auto tables = detail::LoadBackupTables(db);
  if (!tables) return tables.status();
  KITH_RETURN_IF_ERROR(detail::CheckEmpty(db, *tables, source));
  std::optional<LargeCache> cache;
  KITH_RETURN_IF_ERROR(Guard("restoring", [&]() -> Status {
    db.sql().exec("PRAGMA defer_foreign_keys = ON");
    cache.emplace(db);
    return Status::Ok();
  }));
  auto counts = Parse(db, *tables, text, source);
  if (!counts) return counts.status();
  KITH_RETURN_IF_ERROR(detail::CheckRestored(db, *tables, source));
  KITH_RETURN_IF_ERROR(detail::RebuildSearchIndex(db));
  return counts;
}

}  // namespace kith::store
