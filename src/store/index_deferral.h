// Large contact-file imports build the two look-up indexes that only SQL
// matching reads (contact_point_by_value, person_by_name) once, at the end,
// instead of inserting into them row by row: SQLite builds an index from
// sorted rows several times faster than it inserts random keys into one. A
// vCard or CSV import matches people in memory (import/identity_index.h) and
// never reads these indexes while it writes.
//
// Begin() drops the indexes inside the caller's transaction; Finish()
// creates them again from the SQL they were created with. Both are part of
// the transaction, so a rollback (an error, --dry-run) restores them as they
// were. Until Finish(), look-ups by contact value or name scan whole tables.
//
//   if (DeferredLookupIndexes::Worthwhile(db, estimated_contact_points)) {
//     auto deferred = DeferredLookupIndexes::Begin(db);
//     ... import ...
//     KITH_RETURN_IF_ERROR(deferred->Finish());
//   }
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "store/db.h"

namespace kith::store {

class DeferredLookupIndexes {
 public:
  // Whether rebuilding beats inserting: true when the database holds fewer
  // contact points than about `incoming` are to be added.
  static Result<bool> Worthwhile(Db& db, int64_t incoming);
  static Result<DeferredLookupIndexes> Begin(Db& db);
  // Creates the indexes again. Call once, before committing.
  Status Finish();

 private:
  DeferredLookupIndexes(Db& db, std::vector<std::string> create_sql)
      : db_(&db), create_sql_(std::move(create_sql)) {}
  Db* db_;
  std::vector<std::string> create_sql_;
};

}  // namespace kith::store
