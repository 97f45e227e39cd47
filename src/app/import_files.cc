#include "app/import_files.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "app/backup.h"
#include "app/keep_in_touch.h"
#include "import/conversation_imports.h"
#include "import/conversations.h"
#include "import/csv_import.h"
#include "import/vcard_import.h"
#include "store/index_deferral.h"
#include "store/search_deferral.h"
#include "util/mapped_file.h"
#include "util/progress.h"
#include "util/text.h"

namespace kith::app {
namespace {

using Importer = Status (*)(Context& ctx, std::string_view text, std::string_view source,
                            import::ImportSession& session);

struct Format {
  const char* name;
  bool (*looks_like)(std::string_view head);
  Importer run;
  // Writes only through people the report lists as touched, so the search
  // index can be brought up to date once at the end (store/search_deferral.h).
  bool defer_search = false;
  // The import's page cache. Mail, calendars and chats write in key order
  // (conversations.h), so pages are done with as they are written and a
  // small cache keeps a multi-GB mbox's import within 200 MB; people from
  // contact files touch index pages all over, which must stay cached.
  int64_t cache_mib = store::LargeCache::kDefaultMiB;
  // Matches people only in memory (import/identity_index.h), never by SQL,
  // so a large import may build the look-up indexes at the end
  // (store/index_deferral.h).
  bool matches_in_memory = false;
};

// About one email, phone or address per this many bytes of a contact file
// (100k generated cards: 131; a LinkedIn export: about 150).
constexpr int64_t kBytesPerContactPoint = 150;

constexpr int64_t kKeyOrderCacheMiB = 32;

bool LooksLikeVcard(std::string_view head) {
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  return StartsWithNoCase(Trim(head), "BEGIN:VCARD");
}

bool LooksLikeBackup(std::string_view head) {
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  return Trim(head).starts_with("{");
}

Status RestoreBackupFile(Context& ctx, std::string_view text, std::string_view source,
                         import::ImportSession& s) {
  auto counts = RestoreBackup(ctx, text, source);
  if (!counts) return counts.status();
  s.report.created += counts->people;
  s.report.contacts_added += counts->contact_points;
  return Status::Ok();
}

constexpr Format kFormats[] = {
    {"vcard", LooksLikeVcard,
     [](Context&, std::string_view text, std::string_view source, import::ImportSession& s) {
       return import::ImportVcards(text, source, s.merger, s.report);
     },
     true, store::LargeCache::kDefaultMiB, true},
    {"ics", import::LooksLikeCalendar,
     [](Context&, std::string_view text, std::string_view source, import::ImportSession& s) {
       return import::ImportCalendar(text, source, s.now, s);
     },
     true, kKeyOrderCacheMiB},
    {"mbox", import::LooksLikeMbox,
     [](Context&, std::string_view text, std::string_view source, import::ImportSession& s) {
       return import::ImportMbox(text, source, s);
     },
     true, kKeyOrderCacheMiB},
    {"whatsapp", import::LooksLikeWhatsApp,
     [](Context&, std::string_view text, std::string_view source, import::ImportSession& s) {
       return import::ImportWhatsApp(text, source, s);
     },
     true, kKeyOrderCacheMiB},
    // A restore indexes everyone itself (and fills an empty database only).
    {"json", LooksLikeBackup, RestoreBackupFile},
    // Last: any text with commas looks like CSV.
    {"csv", import::LooksLikeCsv,
     [](Context&, std::string_view text, std::string_view source, import::ImportSession& s) {
       return import::ImportCsv(text, source, s.options.csv_map, s.merger, s.report);
     },
     true, store::LargeCache::kDefaultMiB, true},
};

Result<const Format*> Choose(const std::string& path, std::string_view text,
                             const std::string& format) {
  for (const auto& f : kFormats) {
    if (format.empty() ? f.looks_like(text.substr(0, 4096)) : format == f.name) return &f;
  }
  if (!format.empty()) {
    return Status::Invalid(
        fmt::format("unknown import format '{}': use {}", format, ImportFormats()));
  }
  return Status::Invalid(fmt::format(
      "{}: cannot tell the format from its content; give --format ({})", path, ImportFormats()));
}

}  // namespace

std::string ImportFormats() {
  std::string names;
  for (const auto& f : kFormats) names += (names.empty() ? "" : ", ") + std::string(f.name);
  return names;
}

namespace {

// Mail, calendars and chats are written once every file is read: who
// becomes a person depends on all of them. Their people's tie statistics are
// then brought up to date in the same transaction.
Status FinishConversations(Context& ctx, import::ConversationLog& log,
                           import::ImportReport& report) {
  size_t before = report.touched.size();
  KITH_RETURN_IF_ERROR(log.Finish(report));
  std::vector<int64_t> ids(report.touched.begin() + static_cast<std::ptrdiff_t>(before),
                           report.touched.end());
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return RefreshStats(ctx, ids);
}

struct OpenFile {
  std::string path;
  MappedFile file;
  const Format* format;
};

// Every file is opened and its format told before anything is written, so
// a typo in the last path fails at once.
Result<std::vector<OpenFile>> OpenAll(const ImportRequest& request) {
  std::vector<OpenFile> out;
  for (const auto& path : request.files) {
    auto file = MappedFile::Open(path);
    if (!file) return file.status();
    auto format = Choose(path, file->data(), request.format);
    if (!format) return format.status();
    out.push_back({path, std::move(*file), *format});
  }
  return out;
}

Status ImportOne(Context& ctx, OpenFile& f, import::ImportSession& session,
                 const ImportRequest& request) {
  Progress bar(request.progress, f.path, f.file.data().size());
  bar.Mirror(request.bytes_done);
  import::ImportSession s{
      session.merger, session.report, session.options, session.conversations, bar,
      session.now,    &f.file};
  return f.format->run(ctx, f.file.data(), f.path, s);
}

Status ImportAll(Context& ctx, const ImportRequest& request, std::vector<OpenFile>& files,
                 import::ImportReport& report) {
  import::PeopleMerger merger(ctx.db, ctx.region, ctx.now);
  import::ConversationLog log(ctx.db, merger, request.options, ctx.now);
  Progress none(nullptr, "", 0);
  import::ImportSession session{merger, report, request.options, log, none, ctx.now};
  for (auto& f : files) KITH_RETURN_IF_ERROR(ImportOne(ctx, f, session, request));
  return FinishConversations(ctx, log, report);
}

// The look-up indexes are dropped for the import when only contact files
// come and they bring more contact points than the database holds.
using MaybeDeferred = std::optional<store::DeferredLookupIndexes>;

Result<MaybeDeferred> DeferLookups(Context& ctx, const std::vector<OpenFile>& files) {
  int64_t bytes = 0;
  for (const auto& f : files) {
    if (!f.format->matches_in_memory) return MaybeDeferred();
    bytes += static_cast<int64_t>(f.file.data().size());
  }
  auto worthwhile = store::DeferredLookupIndexes::Worthwhile(ctx.db, bytes / kBytesPerContactPoint);
  if (!worthwhile) return worthwhile.status();
  if (!*worthwhile) return MaybeDeferred();
  auto begun = store::DeferredLookupIndexes::Begin(ctx.db);
  if (!begun) return begun.status();
  return MaybeDeferred(std::move(*begun));
}

}  // namespace

Result<import::ImportReport> ImportFiles(Context& ctx, const ImportRequest& request) {
  auto files = OpenAll(request);
  if (!files) return files.status();
  auto tx = store::Transaction::Begin(ctx.db);
  if (!tx) return tx.status();
  bool defer = std::all_of(files->begin(), files->end(),
                           [](const OpenFile& f) { return f.format->defer_search; });
  std::optional<store::DeferredSearchIndex> deferred;
  if (defer) {
    auto begun = store::DeferredSearchIndex::Begin(ctx.db);
    if (!begun) return begun.status();
    deferred.emplace(*begun);
  }
  auto lookups = DeferLookups(ctx, *files);
  if (!lookups) return lookups.status();
  int64_t cache_mib = kKeyOrderCacheMiB;
  for (const auto& f : *files) cache_mib = std::max(cache_mib, f.format->cache_mib);
  store::LargeCache cache(ctx.db, cache_mib);
  import::ImportReport report;
  KITH_RETURN_IF_ERROR(ImportAll(ctx, request, *files, report));
  if (deferred) KITH_RETURN_IF_ERROR(deferred->Finish(report.touched));
  if (*lookups) KITH_RETURN_IF_ERROR((*lookups)->Finish());
  if (!request.dry_run) KITH_RETURN_IF_ERROR(tx->Commit());
  return report;
}

}  // namespace kith::app
