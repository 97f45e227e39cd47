#include "app/merge.h"

#include "app/keep_in_touch.h"
#include "app/resolve.h"

namespace kith::app {

Result<store::MergeSummary> Merge(Context& ctx, std::string_view keep, std::string_view other,
                                  bool dry_run) {
  auto kept = ResolvePerson(ctx.db, keep);
  if (!kept) return kept.status().Prefixed("person to keep");
  auto merged = ResolvePerson(ctx.db, other);
  if (!merged) return merged.status().Prefixed("person to merge");
  auto tx = store::Transaction::Begin(ctx.db);
  if (!tx) return tx.status();
  auto summary = store::MergePeople(ctx.db, kept->id, merged->id, ctx.now);
  if (!summary) return summary.status();
  KITH_RETURN_IF_ERROR(RefreshStats(ctx, {kept->id}));
  if (dry_run) {
    summary->merge_id = 0;
    return summary;  // the transaction rolls back
  }
  KITH_RETURN_IF_ERROR(tx->Commit());
  return summary;
}

Result<store::MergeEntry> Unmerge(Context& ctx, int64_t merge_id) {
  auto tx = store::Transaction::Begin(ctx.db);
  if (!tx) return tx.status();
  auto entry = store::UnmergePeople(ctx.db, merge_id, ctx.now);
  if (!entry) return entry.status();
  KITH_RETURN_IF_ERROR(RefreshStats(ctx, {entry->kept.id, entry->other.id}));
  KITH_RETURN_IF_ERROR(tx->Commit());
  return entry;
}

}  // namespace kith::app
