// `kith export`: your data out, in open formats. Each format is a row of
// kFormats; the file is written whole or not at all.
#include <fmt/format.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "app/calendar_feed.h"
#include "app/csv_export.h"
#include "app/vcard_export.h"
#include "cli/command.h"

namespace kith::cli {
namespace {

struct ExportOptions {
  std::string format;
  std::string output;  // empty: stdout
  int days = 30;
  int vcard_version = 4;
};

using Exporter = Result<std::string> (*)(app::Context& ctx, const ExportOptions& o);

Result<std::string> ExportIcs(app::Context& ctx, const ExportOptions& o) {
  return app::CalendarFeed(ctx, o.days);
}

Result<std::string> ExportVcard(app::Context& ctx, const ExportOptions& o) {
  return app::ExportVcards(ctx, o.vcard_version);
}

Result<std::string> ExportCsv(app::Context& ctx, const ExportOptions&) {
  return app::ExportCsv(ctx);
}

struct Format {
  const char* name;
  const char* what;
  Exporter run;
};
constexpr Format kFormats[] = {
    {"ics", "iCalendar: yearly birthdays and dates, reconnect reminders", ExportIcs},
    {"vcard", "vCard 4.0 (or 3.0): everyone not archived, with every contact point", ExportVcard},
    {"csv", "CSV in Google Contacts' columns: everyone not archived, with every contact point",
     ExportCsv},
};

// Writes beside the target and renames, so a reader never sees half a file.
Status WriteFileAtomically(const std::string& path, const std::string& content) {
  std::string tmp = path + ".kith-tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Status::Io(fmt::format("cannot write {}", path));
    out << content;
    if (!out.flush()) return Status::Io(fmt::format("cannot write {}", path));
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) {
    std::filesystem::remove(tmp, ec);
    return Status::Io(fmt::format("cannot write {}: {}", path, ec.message()));
  }
  return Status::Ok();
}

Status RunExport(Env& env, const ExportOptions& o) {
  const Format* format = nullptr;
  std::string names;
  for (const auto& f : kFormats) {
    if (o.format == f.name) format = &f;
    names += (names.empty() ? "" : ", ") + std::string(f.name);
  }
  if (format == nullptr) {
    return Status::Invalid(fmt::format("unknown export format '{}': use {}", o.format, names));
  }
  auto ctx = env.Open();
  if (!ctx) return ctx.status();
  auto content = format->run(**ctx, o);
  if (!content) return content.status();
  if (o.output.empty() || o.output == "-") {
    std::fwrite(content->data(), 1, content->size(), env.out());
    return Status::Ok();
  }
  KITH_RETURN_IF_ERROR(WriteFileAtomically(o.output, *content));
  fmt::print(stderr, "Wrote {} ({} bytes)\n", o.output, content->size());
  return Status::Ok();
}

}  // namespace

void RegisterExport(CLI::App& app, Action& action) {
  auto o = std::make_shared<ExportOptions>();
  auto* sub = app.add_subcommand(
      "export", "Write your data in an open format: kith export --format ics -o kith.ics");
  std::string help = "Format:";
  for (const auto& f : kFormats) help += fmt::format(" {} ({})", f.name, f.what);
  sub->add_option("--format", o->format, help)->required();
  sub->add_option("-o,--output", o->output, "File to write (default: standard output)");
  sub->add_option("--days", o->days,
                  "ics: reminders for who falls due in this many days (default 30)")
      ->check(CLI::Range(0, 366));
  sub->add_option("--vcard-version", o->vcard_version, "vcard: 4 (default) or 3")
      ->check(CLI::IsMember({3, 4}));
  OnRun(sub, action, o, RunExport);
}

}  // namespace kith::cli
