#include "app/import_files.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "app/backup.h"
#include "import/vcard_import.h"
#include "util/text.h"

namespace kith::app {
namespace {

constexpr std::uintmax_t kMaxFileBytes = std::uintmax_t{2} << 30;  // 2 GiB

using Importer = Status (*)(Context& ctx, std::string_view text, std::string_view source,
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

// A JSON object: whether it is a kith backup, the restore says precisely.
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
     }},
    {"json", LooksLikeBackup, RestoreBackupFile},
};

Result<std::string> ReadFile(const std::string& path) {
  std::error_code ec;
  auto size = std::filesystem::file_size(path, ec);
  if (ec) return Status::NotFound(fmt::format("{}: {}", path, ec.message()));
  if (size > kMaxFileBytes) return Status::Invalid(fmt::format("{}: larger than 2 GiB", path));
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Io(fmt::format("{}: {}", path, std::strerror(errno)));
  // Read straight into the string: a backup can be hundreds of megabytes.
  std::string text(static_cast<size_t>(size), '\0');
  if (!in.read(text.data(), static_cast<std::streamsize>(size))) {
    return Status::Io(fmt::format("{}: {}", path, std::strerror(errno)));
  }
  return text;
}

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

Result<import::ImportReport> ImportFiles(Context& ctx, const ImportRequest& request) {
  auto tx = store::Transaction::Begin(ctx.db);
  if (!tx) return tx.status();
  import::PeopleMerger merger(ctx.db, ctx.region, ctx.now);
  import::ImportReport report;
  import::ImportSession session{merger, report, request.options};
  for (const auto& path : request.files) {
    auto text = ReadFile(path);
    if (!text) return text.status();
    auto format = Choose(path, *text, request.format);
    if (!format) return format.status();
    KITH_RETURN_IF_ERROR((*format)->run(ctx, *text, path, session));
  }
  if (!request.dry_run) KITH_RETURN_IF_ERROR(tx->Commit());
  return report;
}

}  // namespace kith::app
