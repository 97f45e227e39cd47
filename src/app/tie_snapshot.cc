#include "app/tie_snapshot.h"

#include "app/keep_in_touch.h"
#include "store/queue.h"

namespace kith::app {

Result<std::shared_ptr<const TieSnapshot>> LoadTies(Context& ctx) {
  if (ctx.ties != nullptr && ctx.ties->snapshot) return ctx.ties->snapshot;
  KITH_RETURN_IF_ERROR(EnsureStats(ctx));
  auto candidates = store::LoadQueueCandidates(ctx.db);
  if (!candidates) return candidates.status();
  auto snapshot = std::make_shared<TieSnapshot>();
  snapshot->candidates = std::move(*candidates);
  snapshot->assessments = core::AssessAll(snapshot->candidates, ctx.config, ctx.now);
  snapshot->now = ctx.now;
  snapshot->index.reserve(snapshot->candidates.size());
  for (size_t i = 0; i < snapshot->candidates.size(); ++i) {
    snapshot->index[snapshot->candidates[i].id] = i;
  }
  if (ctx.ties != nullptr) ctx.ties->snapshot = snapshot;
  return std::shared_ptr<const TieSnapshot>(std::move(snapshot));
}

}  // namespace kith::app
