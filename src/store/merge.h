// Merging two records of one person, and undoing it.
//
// MergePeople moves everything OTHER has onto KEEP and deletes OTHER: contact
// points, facts, notes, tags, important dates, needs and offers,
// interactions, knows edges, events, groups, intros, opportunities, and the
// people you met through OTHER. Where KEEP already has the same thing it wins
// and OTHER's copy is dropped: the same contact point, fact text, tag, date
// kind, need or offer, interaction, event, group or opportunity; an edge
// between KEEP and OTHER, or an intro between them, is dropped; an edge of
// both to the same third person becomes one (counts summed). KEEP's empty
// fields (company, title, location, met_*, circle, cadence) are filled from
// OTHER's.
//
// Every merge is written to merge_log with what undoing needs: OTHER's row,
// every row it deleted (in full) and, for every row it moved or changed, how
// to put it back. UnmergePeople recreates OTHER with the same id and restores
// both people exactly; rows added to KEEP after the merge stay with KEEP, rows
// deleted since stay deleted.
//
// person_stats is the app's (app::RefreshStats): a merge drops OTHER's row
// with OTHER and leaves KEEP's as it was, an unmerge puts OTHER's back;
// refresh both after either. Both functions run inside the caller's
// transaction: a failure part way leaves changes the caller must roll back.
//
//   auto tx = Transaction::Begin(db);
//   auto merged = MergePeople(db, /*keep=*/3, /*other=*/9, now);
//   if (!merged) return merged.status();
//   ...
//   auto undone = UnmergePeople(db, merged->merge_id, later);
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/person.h"
#include "store/db.h"

namespace kith::store {

// What happened to OTHER's rows of one table.
struct MergeCount {
  std::string table;     // "contact_point", "knows", "person" (people met through OTHER)
  int64_t moved = 0;     // now KEEP's
  int64_t dropped = 0;   // KEEP already had the same; deleted
  int64_t combined = 0;  // folded into KEEP's row (knows: counts summed)
};

struct MergeSummary {
  int64_t merge_id = 0;
  core::PersonRef kept, other;
  std::vector<MergeCount> counts;   // tables where anything happened, in schema order
  std::vector<std::string> filled;  // KEEP's columns filled from OTHER ("title", "met_on")
};

// Merges `other` into `keep` and logs it. Invalid when they are the same
// person or `other` is your own profile (is_me; it may be `keep`); NotFound
// when either does not exist.
Result<MergeSummary> MergePeople(Db& db, int64_t keep, int64_t other, int64_t now);

struct MergeEntry {
  int64_t id = 0;
  core::PersonRef kept;   // name as it is now (as at the merge if KEEP is gone)
  core::PersonRef other;  // name as it was at the merge
  int64_t merged_at = 0;
  std::optional<int64_t> undone_at;
};

// Undoes merge `merge_id`. NotFound when there is no such merge or KEEP is
// gone; Conflict when it was already undone, when a later merge that is not
// undone involves either person (undo that first), or when an id OTHER's rows
// need was taken since the merge.
Result<MergeEntry> UnmergePeople(Db& db, int64_t merge_id, int64_t now);

// The most recent merges first; at most `limit` (0: all).
Result<std::vector<MergeEntry>> ListMerges(Db& db, int limit);

// Pairs that were merged and then unmerged, each as (kept, other): people you
// have said are not one person.
Result<std::vector<std::pair<int64_t, int64_t>>> UndoneMergePairs(Db& db);

}  // namespace kith::store
