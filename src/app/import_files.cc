#include "app/import_files.h"

#include <fmt/format.h>

#include <algorithm>

#include "app/keep_in_touch.h"
#include "import/conversations.h"
#include "import/vcard_import.h"
#include "util/mapped_file.h"
#include "util/progress.h"
#include "util/text.h"

namespace kith::app {
namespace {

using Importer = Status (*)(std::string_view text, std::string_view source,
                            import::ImportSession& session);

struct Format {
  const char* name;
  bool (*looks_like)(std::string_view head);
  Importer run;
};

bool LooksLikeVcard(std::string_view head) {
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  return StartsWithNoCase(Trim(head), "BEGIN:VCARD");
}

constexpr Format kFormats[] = {
    {"vcard", LooksLikeVcard,
     [](std::string_view text, std::string_view source, import::ImportSession& s) {
       return import::ImportVcards(text, source, s.merger, s.report);
     }},
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

Status ImportOne(const std::string& path, const std::string& format_name,
                 import::ImportSession& session, std::FILE* progress_out) {
  auto file = MappedFile::Open(path);
  if (!file) return file.status();
  std::string_view text = file->text();
  auto format = Choose(path, text, format_name);
  if (!format) return format.status();
  Progress bar(progress_out, path, text.size());
  import::ImportSession s{session.merger, session.report, session.options, session.conversations,
                          bar};
  return (*format)->run(text, path, s);
}

}  // namespace

Result<import::ImportReport> ImportFiles(Context& ctx, const ImportRequest& request) {
  auto tx = store::Transaction::Begin(ctx.db);
  if (!tx) return tx.status();
  import::PeopleMerger merger(ctx.db, ctx.region, ctx.now);
  import::ConversationLog log(ctx.db, merger, request.options, ctx.now);
  import::ImportReport report;
  Progress none(nullptr, "", 0);
  import::ImportSession session{merger, report, request.options, log, none};
  for (const auto& path : request.files) {
    KITH_RETURN_IF_ERROR(ImportOne(path, request.format, session, request.progress));
  }
  KITH_RETURN_IF_ERROR(FinishConversations(ctx, log, report));
  if (!request.dry_run) KITH_RETURN_IF_ERROR(tx->Commit());
  return report;
}

}  // namespace kith::app
