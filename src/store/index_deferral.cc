#include "store/index_deferral.h"

namespace kith::store {
namespace {

constexpr const char* kDeferred[] = {"contact_point_by_value", "person_by_name"};

}  // namespace

Result<bool> DeferredLookupIndexes::Worthwhile(Db& db, int64_t incoming) {
  return Guard("counting contact points", [&]() -> Result<bool> {
    // The largest id stands in for the count (deleted rows leave gaps): one
    // b-tree descent instead of a scan.
    SQLite::Statement q(db.sql(), "SELECT coalesce(max(id), 0) FROM contact_point");
    q.executeStep();
    return q.getColumn(0).getInt64() < incoming;
  });
}

Result<DeferredLookupIndexes> DeferredLookupIndexes::Begin(Db& db) {
  return Guard("pausing the look-up indexes", [&]() -> Result<DeferredLookupIndexes> {
    db.ResetCached();  // SQLite refuses to drop a b-tree a statement is reading
    std::vector<std::string> create_sql;
    SQLite::Statement q(db.sql(),
                        "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?");
    for (const char* name : kDeferred) {
      q.bind(1, name);
      bool exists = q.executeStep();
      if (exists) create_sql.push_back(q.getColumn(0).getString());
      q.reset();  // done reading sqlite_master before changing it
      if (exists) db.sql().exec(std::string("DROP INDEX ") + name);
    }
    return DeferredLookupIndexes(db, std::move(create_sql));
  });
}

Status DeferredLookupIndexes::Finish() {
  return Guard("building the look-up indexes", [&]() -> Status {
    db_->ResetCached();
    for (const auto& sql : create_sql_) db_->sql().exec(sql);
    create_sql_.clear();
    return Status::Ok();
  });
}

}  // namespace kith::store
