// MergePeople: the moves, the duplicates KEEP wins over, and the log entry.
// UnmergePeople and the log's readers are in merge_log.cc.
#include "store/merge.h"

#include <fmt/format.h>

#include <algorithm>

#include "store/merge_record.h"
#include "store/row_image.h"

namespace kith::store {
namespace {

using detail::MergeRecord;
using detail::RowImage;

// A table whose rows belong to a person through `column`. A moved row is
// found again by `column` = KEEP and `identity`. `duplicate` is SQL over
// OTHER's row `o` that is true when KEEP already has the same (null: never).
struct OwnedRows {
  const char* table;
  const char* column;
  const char* identity;
  const char* duplicate;
};

constexpr OwnedRows kOwned[] = {
    {"contact_point", "person_id", "id",
     "EXISTS (SELECT 1 FROM contact_point k WHERE k.person_id = :keep AND k.kind = o.kind "
     "AND k.normalized = o.normalized)"},
    {"fact", "person_id", "id",
     "EXISTS (SELECT 1 FROM fact k WHERE k.person_id = :keep AND k.text = o.text)"},
    {"note", "person_id", "id", nullptr},
    {"person_tag", "person_id", "tag_id",
     "EXISTS (SELECT 1 FROM person_tag k WHERE k.person_id = :keep AND k.tag_id = o.tag_id)"},
    {"important_date", "person_id", "id",
     "EXISTS (SELECT 1 FROM important_date k WHERE k.person_id = :keep AND k.kind = o.kind)"},
    {"need_offer", "person_id", "id",
     "EXISTS (SELECT 1 FROM need_offer k WHERE k.person_id = :keep AND k.side = o.side "
     "AND k.text = o.text)"},
    {"interaction_participant", "person_id", "interaction_id",
     "EXISTS (SELECT 1 FROM interaction_participant k WHERE k.person_id = :keep "
     "AND k.interaction_id = o.interaction_id)"},
    {"event_attendee", "person_id", "event_id",
     "EXISTS (SELECT 1 FROM event_attendee k WHERE k.person_id = :keep "
     "AND k.event_id = o.event_id)"},
    {"grp_member", "person_id", "grp_id",
     "EXISTS (SELECT 1 FROM grp_member k WHERE k.person_id = :keep AND k.grp_id = o.grp_id)"},
    {"intro", "a", "id", "o.b = :keep"},
    {"intro", "b", "id", "o.a = :keep"},
    {"opportunity_person", "person_id", "opportunity_id",
     "EXISTS (SELECT 1 FROM opportunity_person k WHERE k.person_id = :keep "
     "AND k.opportunity_id = o.opportunity_id)"},
    // People you met through OTHER (KEEP's own link is settled by FillKept).
    {"person", "met_through", "id", nullptr},
};

// KEEP's columns that OTHER's value fills when KEEP's is empty.
constexpr const char* kFillable[] = {"company", "title",     "location", "met_where",   "met_how",
                                     "met_on",  "met_event", "circle",   "cadence_days"};

bool Empty(const nlohmann::json& v) { return v.is_null() || (v.is_string() && v == ""); }

class Merger {
 public:
  Merger(Db& db, int64_t keep, int64_t other, int64_t now)
      : sql_(db.sql()), keep_(keep), other_(other), now_(now) {}

  Status Load() {
    auto kept = ReadPerson(keep_);
    auto other = ReadPerson(other_);
    if (!kept) return Status::NotFound(fmt::format("no person #{}", keep_));
    if (!other) return Status::NotFound(fmt::format("no person #{}", other_));
    record_.kept = *kept;
    record_.other = *other;
    summary_.kept = {keep_, (*kept)["name"].get<std::string>()};
    summary_.other = {other_, (*other)["name"].get<std::string>()};
    if (keep_ == other_) {
      return Status::Invalid(
          fmt::format("cannot merge {} (#{}) with themself", summary_.kept.name, keep_));
    }
    if ((*other)["is_me"] == 1) {
      return Status::Invalid(fmt::format(
          "{} (#{}) is you; your own profile can only be the person kept: kith merge {} {}",
          summary_.other.name, other_, other_, keep_));
    }
    return Status::Ok();
  }

  MergeSummary Run() {
    FillKept();
    for (const auto& owned : kOwned) MoveOwned(owned);
    MoveKnows();
    DeleteOther();
    summary_.merge_id = Log();
    return summary_;
  }

 private:
  std::optional<RowImage> ReadPerson(int64_t id) {
    SQLite::Statement q(sql_, "SELECT * FROM person WHERE id = ?");
    q.bind(1, id);
    if (!q.executeStep()) return std::nullopt;
    return detail::ReadRowImage(q);
  }

  MergeCount& Count(const std::string& table) {
    auto it = std::find_if(summary_.counts.begin(), summary_.counts.end(),
                           [&](const auto& c) { return c.table == table; });
    if (it != summary_.counts.end()) return *it;
    return summary_.counts.emplace_back(MergeCount{table});
  }

  // Fills KEEP's empty columns from OTHER, and drops KEEP's "met through
  // OTHER", which would point at KEEP.
  void FillKept() {
    const RowImage& kept = record_.kept;
    const RowImage& other = record_.other;
    RowImage set = RowImage::object();
    for (const char* column : kFillable) {
      if (Empty(kept[column]) && !Empty(other[column])) set[column] = other[column];
    }
    nlohmann::json through = kept["met_through"];
    if (through == other_) through = nullptr;
    const auto& theirs = other["met_through"];
    if (through.is_null() && !theirs.is_null() && theirs != keep_ && theirs != other_) {
      through = theirs;
    }
    if (through != kept["met_through"]) set["met_through"] = through;
    for (const auto& [column, value] : set.items()) {
      if (!value.is_null()) summary_.filled.push_back(column);
    }
    set["updated_at"] = now_;
    RowImage before = RowImage::object();
    for (const auto& [column, value] : set.items()) before[column] = kept[column];
    detail::UpdateRowImage(sql_, "person", set, {{"id", keep_}});
    record_.Restore("person", before, {{"id", keep_}});
  }

  void MoveOwned(const OwnedRows& owned) {
    if (owned.duplicate != nullptr) DropDuplicates(owned);
    SQLite::Statement ids(sql_, fmt::format("SELECT \"{}\" FROM \"{}\" WHERE \"{}\" = ?",
                                            owned.identity, owned.table, owned.column));
    ids.bind(1, other_);
    int64_t moved = 0;
    while (ids.executeStep()) {
      RowImage where = {{owned.column, keep_}, {owned.identity, ids.getColumn(0).getInt64()}};
      record_.Restore(owned.table, {{owned.column, other_}}, where);
      ++moved;
    }
    if (moved == 0) return;
    SQLite::Statement move(sql_, fmt::format("UPDATE \"{0}\" SET \"{1}\" = ? WHERE \"{1}\" = ?",
                                             owned.table, owned.column));
    move.bind(1, keep_);
    move.bind(2, other_);
    move.exec();
    Count(owned.table).moved += moved;
  }

  void DropDuplicates(const OwnedRows& owned) {
    SQLite::Statement q(sql_, fmt::format("SELECT o.* FROM \"{}\" o WHERE o.\"{}\" = :other AND {}",
                                          owned.table, owned.column, owned.duplicate));
    q.bind(":other", other_);
    q.bind(":keep", keep_);
    for (auto& row : detail::ReadRowImages(q)) {
      detail::DeleteRowImage(sql_, owned.table,
                             {{owned.column, other_}, {owned.identity, row[owned.identity]}});
      record_.deleted.push_back({owned.table, std::move(row)});
      ++Count(owned.table).dropped;
    }
  }

  // Edges are stored once per pair with a < b, so a moved edge may turn
  // around, and an edge to someone KEEP also knows folds into KEEP's.
  void MoveKnows() {
    SQLite::Statement q(sql_, "SELECT * FROM knows WHERE a = :other OR b = :other ORDER BY a, b");
    q.bind(":other", other_);
    for (auto& edge : detail::ReadRowImages(q)) {
      int64_t a = edge["a"], b = edge["b"];
      int64_t third = a == other_ ? b : a;
      RowImage key = {{"a", std::min(keep_, third)}, {"b", std::max(keep_, third)}};
      auto kept = third == keep_ ? std::nullopt : ReadEdge(key);
      if (third == keep_ || kept) {
        if (kept) {
          Combine(*kept, edge, key);
        } else {
          ++Count("knows").dropped;
        }
        detail::DeleteRowImage(sql_, "knows", {{"a", a}, {"b", b}});
        record_.deleted.push_back({"knows", std::move(edge)});
        continue;
      }
      detail::UpdateRowImage(sql_, "knows", key, {{"a", a}, {"b", b}});
      record_.Restore("knows", {{"a", a}, {"b", b}}, key);
      ++Count("knows").moved;
    }
  }

  std::optional<RowImage> ReadEdge(const RowImage& key) {
    SQLite::Statement q(sql_, "SELECT * FROM knows WHERE a = ? AND b = ?");
    detail::BindJson(q, 1, key["a"]);
    detail::BindJson(q, 2, key["b"]);
    if (!q.executeStep()) return std::nullopt;
    return detail::ReadRowImage(q);
  }

  void Combine(const RowImage& kept, const RowImage& edge, const RowImage& key) {
    RowImage set = kept;
    set.erase("a");
    set.erase("b");
    RowImage before = set;
    set["count"] = kept["count"].get<int64_t>() + edge["count"].get<int64_t>();
    if (set["strength"].is_null() ||
        (!edge["strength"].is_null() && edge["strength"] > set["strength"])) {
      set["strength"] = edge["strength"];
    }
    if (set["how"] == "") set["how"] = edge["how"];
    set["created_at"] = std::min(kept["created_at"], edge["created_at"]);
    set["updated_at"] = std::max(kept["updated_at"], edge["updated_at"]);
    detail::UpdateRowImage(sql_, "knows", set, key);
    record_.Restore("knows", before, key);
    ++Count("knows").combined;
  }

  // OTHER's aggregates go with OTHER (ON DELETE CASCADE); the log keeps them
  // so an unmerge can put them back.
  void DeleteOther() {
    SQLite::Statement stats(sql_, "SELECT * FROM person_stats WHERE person_id = ?");
    stats.bind(1, other_);
    for (auto& row : detail::ReadRowImages(stats)) {
      record_.deleted.push_back({"person_stats", std::move(row)});
    }
    detail::DeleteRowImage(sql_, "person", {{"id", other_}});
    detail::ReindexPerson(sql_, keep_);
  }

  int64_t Log() {
    SQLite::Statement q(sql_,
                        "INSERT INTO merge_log (kept_id, other_id, merged_at, record) "
                        "VALUES (?, ?, ?, ?)");
    q.bind(1, keep_);
    q.bind(2, other_);
    q.bind(3, now_);
    q.bind(4, record_.ToJson().dump());
    q.exec();
    return sql_.getLastInsertRowid();
  }

  SQLite::Database& sql_;
  int64_t keep_, other_, now_;
  MergeRecord record_;
  MergeSummary summary_;
};

}  // namespace

Result<MergeSummary> MergePeople(Db& db, int64_t keep, int64_t other, int64_t now) {
  return Guard("merging people", [&]() -> Result<MergeSummary> {
    Merger merger(db, keep, other, now);
    KITH_RETURN_IF_ERROR(merger.Load());
    return merger.Run();
  });
}

}  // namespace kith::store
