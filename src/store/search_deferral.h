// Large imports index people for search once, at the end, instead of on
// every row: the search triggers (store/schema_sql.cc) re-index a person on
// each fact, tag or note written, which is half the cost of a vCard import.
//
// Begin() drops the triggers inside the caller's transaction; Finish()
// indexes the given people again and creates the triggers again. Both are
// part of the transaction, so a rollback (an error, --dry-run) restores the
// triggers as they were. A caller that writes search-visible text for
// people it does not pass to Finish() must not use this.
//
//   auto deferred = DeferredSearchIndex::Begin(db);
//   ... import ...
//   KITH_RETURN_IF_ERROR(deferred->Finish(report.touched));
#pragma once

#include <cstdint>
#include <vector>

#include "store/db.h"

namespace kith::store {

class DeferredSearchIndex {
 public:
  static Result<DeferredSearchIndex> Begin(Db& db);
  // Indexes `person_ids` (duplicates and deleted people are fine) and
  // restores the triggers. Call once, before committing.
  Status Finish(const std::vector<int64_t>& person_ids);

 private:
  explicit DeferredSearchIndex(Db& db) : db_(&db) {}
  Db* db_;
};

}  // namespace kith::store
