#include "store/search_deferral.h"

#include "store/schema_sql.h"

namespace kith::store {

Result<DeferredSearchIndex> DeferredSearchIndex::Begin(Db& db) {
  return Guard("pausing the search index", [&]() -> Result<DeferredSearchIndex> {
    for (const auto& sql : detail::DropSearchTriggers()) db.sql().exec(sql);
    return DeferredSearchIndex(db);
  });
}

Status DeferredSearchIndex::Finish(const std::vector<int64_t>& person_ids) {
  return Guard("updating the search index",
               [&]() -> Result<bool> {
                 SQLite::Database& sql = db_->sql();
                 sql.exec("CREATE TEMP TABLE IF NOT EXISTS kith_reindex (id INTEGER PRIMARY KEY)");
                 sql.exec("DELETE FROM temp.kith_reindex");
                 SQLite::Statement add(sql,
                                       "INSERT OR IGNORE INTO temp.kith_reindex (id) VALUES (?)");
                 for (int64_t id : person_ids) {
                   add.bind(1, id);
                   add.exec();
                   add.reset();
                 }
                 sql.exec(detail::ReindexPeopleSql("SELECT id FROM temp.kith_reindex"));
                 sql.exec("DELETE FROM temp.kith_reindex");
                 for (const auto& trigger : detail::CurrentSearchTriggers()) sql.exec(trigger);
                 return true;
               })
      .status();
}

}  // namespace kith::store
