// UnmergePeople and the readers of merge_log; MergePeople is in merge.cc.
#include <fmt/format.h>
#include <sqlite3.h>

#include "store/merge.h"
#include "store/merge_record.h"
#include "store/row.h"

namespace kith::store {
namespace {

struct LoggedMerge {
  MergeEntry entry;
  std::string record;
};

constexpr const char* kEntryColumns =
    "m.id, m.kept_id, coalesce(p.name, json_extract(m.record, '$.kept.name')), m.other_id, "
    "json_extract(m.record, '$.other.name'), m.merged_at, m.undone_at, m.record";

LoggedMerge ReadEntry(SQLite::Statement& q) {
  LoggedMerge m;
  m.entry.id = q.getColumn(0).getInt64();
  m.entry.kept = {q.getColumn(1).getInt64(), q.getColumn(2).getString()};
  m.entry.other = {q.getColumn(3).getInt64(), q.getColumn(4).getString()};
  m.entry.merged_at = q.getColumn(5).getInt64();
  m.entry.undone_at = OptionalInt(q, 6);
  m.record = q.getColumn(7).getString();
  return m;
}

Result<LoggedMerge> FindMerge(Db& db, int64_t merge_id) {
  static const std::string kSql = fmt::format(
      "SELECT {} FROM merge_log m LEFT JOIN person p ON p.id = m.kept_id WHERE m.id = ?",
      kEntryColumns);
  SQLite::Statement q(db.sql(), kSql);
  q.bind(1, merge_id);
  if (!q.executeStep()) return Status::NotFound(fmt::format("no merge #{}", merge_id));
  return ReadEntry(q);
}

bool PersonExists(Db& db, int64_t id) {
  SQLite::Statement q(db.sql(), "SELECT 1 FROM person WHERE id = ?");
  q.bind(1, id);
  return q.executeStep();
}

// Why merge `m` cannot be undone now, if it cannot.
Status CheckUndoable(Db& db, const MergeEntry& m) {
  if (m.undone_at) return Status::Conflict(fmt::format("merge #{} was already undone", m.id));
  SQLite::Statement later(db.sql(),
                          "SELECT id FROM merge_log WHERE id > :id AND undone_at IS NULL AND "
                          "(kept_id IN (:k, :o) OR other_id IN (:k, :o)) ORDER BY id DESC LIMIT 1");
  later.bind(":id", m.id);
  later.bind(":k", m.kept.id);
  later.bind(":o", m.other.id);
  if (later.executeStep()) {
    int64_t l = later.getColumn(0).getInt64();
    return Status::Conflict(fmt::format(
        "merge #{} came later and involves {} (#{}) or {} (#{}); undo it first: kith unmerge {}", l,
        m.kept.name, m.kept.id, m.other.name, m.other.id, l));
  }
  if (!PersonExists(db, m.kept.id)) {
    return Status::NotFound(fmt::format("{} (#{}), the person kept by merge #{}, is gone",
                                        m.kept.name, m.kept.id, m.id));
  }
  if (PersonExists(db, m.other.id)) {
    return Status::Conflict(
        fmt::format("id #{} of {} has been given to someone else since merge #{}", m.other.id,
                    m.other.name, m.id));
  }
  return Status::Ok();
}

void Apply(Db& db, const detail::MergeRecord& record) {
  detail::InsertRowImage(db.sql(), "person", record.other);
  for (const auto& d : record.deleted) detail::InsertRowImage(db.sql(), d.table, d.row);
  for (auto r = record.restores.rbegin(); r != record.restores.rend(); ++r) {
    detail::UpdateRowImage(db.sql(), r->table, r->set, r->where);
  }
  detail::ReindexPerson(db.sql(), record.kept["id"]);
  detail::ReindexPerson(db.sql(), record.other["id"]);
}

}  // namespace

Result<MergeEntry> UnmergePeople(Db& db, int64_t merge_id, int64_t now) {
  return Guard("undoing a merge", [&]() -> Result<MergeEntry> {
    auto m = FindMerge(db, merge_id);
    if (!m) return m.status();
    KITH_RETURN_IF_ERROR(CheckUndoable(db, m->entry));
    auto record = detail::MergeRecord::FromJson(nlohmann::json::parse(m->record, nullptr, false));
    if (!record)
      return Status::Internal(fmt::format("merge #{} has an unreadable record", merge_id));
    try {
      Apply(db, *record);
    } catch (const SQLite::Exception& e) {
      if ((e.getErrorCode() & 0xff) != SQLITE_CONSTRAINT) throw;
      return Status::Conflict(fmt::format(
          "merge #{} cannot be undone: the database changed since in a way that collides ({})",
          merge_id, e.what()));
    }
    SQLite::Statement done(db.sql(), "UPDATE merge_log SET undone_at = ? WHERE id = ?");
    done.bind(1, now);
    done.bind(2, merge_id);
    done.exec();
    m->entry.undone_at = now;
    return m->entry;
  });
}

Result<std::vector<MergeEntry>> ListMerges(Db& db, int limit) {
  return Guard("listing merges", [&]() -> Result<std::vector<MergeEntry>> {
    std::string sql = fmt::format(
        "SELECT {} FROM merge_log m LEFT JOIN person p ON p.id = m.kept_id ORDER BY m.id DESC",
        kEntryColumns);
    if (limit > 0) sql += fmt::format(" LIMIT {}", limit);
    SQLite::Statement q(db.sql(), sql);
    std::vector<MergeEntry> out;
    while (q.executeStep()) out.push_back(ReadEntry(q).entry);
    return out;
  });
}

Result<std::vector<std::pair<int64_t, int64_t>>> UndoneMergePairs(Db& db) {
  return Guard("reading undone merges", [&]() -> Result<std::vector<std::pair<int64_t, int64_t>>> {
    SQLite::Statement q(db.sql(),
                        "SELECT DISTINCT kept_id, other_id FROM merge_log "
                        "WHERE undone_at IS NOT NULL ORDER BY 1, 2");
    std::vector<std::pair<int64_t, int64_t>> out;
    while (q.executeStep()) out.emplace_back(q.getColumn(0).getInt64(), q.getColumn(1).getInt64());
    return out;
  });
}

}  // namespace kith::store
