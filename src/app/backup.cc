#include "app/backup.h"

#include "app/keep_in_touch.h"

namespace kith::app {

Status ExportBackup(Context& ctx, std::ostream& out) {
  return store::WriteBackup(ctx.db, ctx.now, out);
}

Result<store::RestoreCounts> RestoreBackup(Context& ctx, std::string_view text,
                                           std::string_view source) {
  auto counts = store::RestoreBackup(ctx.db, text, source);
  if (!counts) return counts.status();
  KITH_RETURN_IF_ERROR(RecomputeAllStats(ctx.db, ctx.config));
  return counts;
}

}  // namespace kith::app
