// `kith export --format json` and importing its file back: the complete,
// lossless backup (store/backup.h has the document and its rules).
//
//   std::ofstream out("kith-backup.json");
//   KITH_RETURN_IF_ERROR(ExportBackup(ctx, out));
//
//   auto tx = store::Transaction::Begin(ctx.db);   // in a new, empty database
//   auto counts = RestoreBackup(ctx, text, "kith-backup.json");
//   if (!counts) return counts.status();
//   return tx->Commit();
//
// Export stamps exported_at with ctx.now (so KITH_NOW fixes it). Restore runs
// inside the caller's transaction: it fills the tables, then recomputes each
// person's keep-in-touch aggregates with ctx.config, as `kith demo` does.
#pragma once

#include <ostream>
#include <string_view>

#include "app/context.h"
#include "store/backup.h"

namespace kith::app {

Status ExportBackup(Context& ctx, std::ostream& out);

// Conflict when the database holds any data; Invalid naming the place for
// any problem in `text`.
Result<store::RestoreCounts> RestoreBackup(Context& ctx, std::string_view text,
                                           std::string_view source);

}  // namespace kith::app
