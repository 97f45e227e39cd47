#include "store/merge_record.h"

#include <SQLiteCpp/Statement.h>

namespace kith::store::detail {

constexpr int kRecordVersion = 1;

nlohmann::json MergeRecord::ToJson() const {
  nlohmann::json out = {{"version", kRecordVersion}, {"kept", kept}, {"other", other}};
  out["deleted"] = nlohmann::json::array();
  for (const auto& d : deleted) out["deleted"].push_back({{"table", d.table}, {"row", d.row}});
  out["restore"] = nlohmann::json::array();
  for (const auto& r : restores) {
    out["restore"].push_back({{"table", r.table}, {"set", r.set}, {"where", r.where}});
  }
  return out;
}

std::optional<MergeRecord> MergeRecord::FromJson(const nlohmann::json& json) {
  try {
    if (json.at("version") != kRecordVersion) return std::nullopt;
    MergeRecord record;
    record.kept = json.at("kept");
    record.other = json.at("other");
    for (const auto& d : json.at("deleted")) {
      record.deleted.push_back({d.at("table"), d.at("row")});
    }
    for (const auto& r : json.at("restore")) {
      record.restores.push_back({r.at("table"), r.at("set"), r.at("where")});
    }
    return record;
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;
  }
}

void ReindexPerson(SQLite::Database& db, int64_t person_id) {
  // person_fts_update fires on any UPDATE OF name, even to the same value.
  SQLite::Statement q(db, "UPDATE person SET name = name WHERE id = ?");
  q.bind(1, person_id);
  q.exec();
}

}  // namespace kith::store::detail
