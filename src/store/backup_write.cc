// Writing a backup: one read transaction, each table scanned in key order,
// rows formatted straight into a buffer that is flushed to the stream every
// megabyte, so memory stays flat however large the database.
#include <fmt/chrono.h>
#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <ctime>

#include "store/backup.h"
#include "store/backup_tables.h"
#include "util/text.h"

namespace kith::store {
namespace {

constexpr size_t kFlushBytes = size_t{1} << 20;

std::string IsoTime(int64_t t) {
  auto tt = static_cast<std::time_t>(t);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  return fmt::format("{:%Y-%m-%dT%H:%M:%SZ}", tm);
}

// Reads see one snapshot of the database; nothing is written.
class ReadTransaction {
 public:
  explicit ReadTransaction(Db& db) : db_(db) { db_.sql().exec("BEGIN"); }
  ~ReadTransaction() {
    try {
      db_.sql().exec("ROLLBACK");
    } catch (const SQLite::Exception&) {
      // Already ended with the connection's error; nothing to undo.
    }
  }
  ReadTransaction(const ReadTransaction&) = delete;
  ReadTransaction& operator=(const ReadTransaction&) = delete;

 private:
  Db& db_;
};

class BackupWriter {
 public:
  explicit BackupWriter(std::ostream& out) : out_(out) {}

  void Header(int schema_version, int64_t exported_at) {
    buf_ += fmt::format(
        "{{\n  \"kith_backup\": {},\n  \"schema_version\": {},\n  \"exported_at\": \"{}\",\n"
        "  \"tables\": {{",
        kBackupFormat, schema_version, IsoTime(exported_at));
  }

  Status Table(Db& db, const detail::BackupTable& table, bool first) {
    buf_ += fmt::format("{}\n    \"{}\": [", first ? "" : ",", table.name);
    std::string cols;
    std::vector<std::string> keys;  // ,"name":
    for (const auto& c : table.columns) {
      cols += (cols.empty() ? "" : ", ") + c.name;
      keys.push_back(fmt::format("{}\"{}\":", keys.empty() ? "" : ",", c.name));
    }
    SQLite::Statement q(
        db.sql(), fmt::format("SELECT {} FROM {} ORDER BY {}", cols, table.name, table.order_by));
    int64_t row = 0;
    while (q.executeStep()) {
      buf_ += row == 0 ? "\n      {" : ",\n      {";
      for (size_t i = 0; i < table.columns.size(); ++i) {
        buf_ += keys[i];
        KITH_RETURN_IF_ERROR(Value(q.getColumn(static_cast<int>(i)), table, row, i));
      }
      buf_ += '}';
      ++row;
      KITH_RETURN_IF_ERROR(MaybeFlush());
    }
    buf_ += row == 0 ? "]" : "\n    ]";
    return Status::Ok();
  }

  Status Finish() {
    buf_ += "\n  }\n}\n";
    return Flush();
  }

 private:
  Status Value(const SQLite::Column& v, const detail::BackupTable& table, int64_t row,
               size_t column) {
    if (v.isNull()) {
      buf_ += "null";
    } else if (v.isInteger()) {
      fmt::format_to(std::back_inserter(buf_), "{}", v.getInt64());
    } else if (v.isFloat()) {
      return Real(v.getDouble(), table, row, column);
    } else if (v.isText()) {
      return Text(v.getString(), table, row, column);
    } else {
      return Unwritable("holds binary data", table, row, column);
    }
    return Status::Ok();
  }

  // The shortest text that reads back as the same double, always with a
  // point or exponent so it reads back as a real.
  Status Real(double d, const detail::BackupTable& table, int64_t row, size_t column) {
    if (!std::isfinite(d)) return Unwritable("is not a finite number", table, row, column);
    char text[32];
    auto end = std::to_chars(text, text + sizeof text, d).ptr;
    std::string_view s(text, end - text);
    buf_ += s;
    if (s.find_first_of(".e") == std::string_view::npos) buf_ += ".0";
    return Status::Ok();
  }

  Status Text(const std::string& s, const detail::BackupTable& table, int64_t row, size_t column) {
    if (!IsValidUtf8(s)) return Unwritable("is not valid UTF-8", table, row, column);
    buf_ += '"';
    for (unsigned char c : s) {
      switch (c) {
        case '"':
          buf_ += "\\\"";
          break;
        case '\\':
          buf_ += "\\\\";
          break;
        case '\n':
          buf_ += "\\n";
          break;
        case '\r':
          buf_ += "\\r";
          break;
        case '\t':
          buf_ += "\\t";
          break;
        default:
          if (c < 0x20) {
            fmt::format_to(std::back_inserter(buf_), "\\u{:04x}", c);
          } else {
            buf_ += static_cast<char>(c);
          }
      }
    }
    buf_ += '"';
    return Status::Ok();
  }

  static Status Unwritable(std::string_view why, const detail::BackupTable& table, int64_t row,
                           size_t column) {
    return Status::Invalid(fmt::format("cannot back up {} row {} (by {}): {} {}", table.name,
                                       row + 1, table.order_by, table.columns[column].name, why));
  }

  Status MaybeFlush() { return buf_.size() < kFlushBytes ? Status::Ok() : Flush(); }

  Status Flush() {
    out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
    if (!out_) return Status::Io("writing the backup failed");
    return Status::Ok();
  }

  std::ostream& out_;
  std::string buf_;
};

}  // namespace

Status WriteBackup(Db& db, int64_t exported_at, std::ostream& out) {
  auto tables = detail::LoadBackupTables(db);
  if (!tables) return tables.status();
  return Guard("writing the backup", [&]() -> Status {
    ReadTransaction snapshot(db);
    BackupWriter writer(out);
    writer.Header(db.SchemaVersion(), exported_at);
    for (size_t i = 0; i < tables->size(); ++i) {
      KITH_RETURN_IF_ERROR(writer.Table(db, (*tables)[i], i == 0));
    }
    return writer.Finish();
  });
}

}  // namespace kith::store
