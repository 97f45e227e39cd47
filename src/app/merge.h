// `kith merge` and `kith unmerge`: one person entered twice becomes one, and
// back. The people are named as everywhere else (app/resolve.h); the moves and
// the log are store/merge.h. Each runs in one transaction together with the
// refresh of both people's keep-in-touch aggregates (app/keep_in_touch.h).
//
//   auto merged = Merge(ctx, "ana lima", "#9", /*dry_run=*/false);
//   if (!merged) return merged.status();
//   Print(merged->counts);                  // what moved onto Ana Lima
//   auto undone = Unmerge(ctx, merged->merge_id);
#pragma once

#include <cstdint>
#include <string_view>

#include "app/context.h"
#include "store/merge.h"

namespace kith::app {

// Merges `other` into `keep`. A dry run does all of it and rolls back, so it
// reports exactly what would happen; its merge_id is 0.
Result<store::MergeSummary> Merge(Context& ctx, std::string_view keep, std::string_view other,
                                  bool dry_run);

// Undoes merge `merge_id` (see store::UnmergePeople for when it refuses).
Result<store::MergeEntry> Unmerge(Context& ctx, int64_t merge_id);

}  // namespace kith::app
