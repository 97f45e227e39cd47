// `kith export`: your data out, in open formats. Each format is a row of
// kFormats and writes to a stream (a backup is too large to hold twice); a
// file is written whole or not at all.
#include <fmt/format.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <ostream>
#include <streambuf>

#include "app/backup.h"
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

using Exporter = Status (*)(app::Context& ctx, const ExportOptions& o, std::ostream& out);

Status WriteAll(const Result<std::string>& content, std::ostream& out) {
  if (!content) return content.status();
  out << *content;
  return Status::Ok();
}

Status ExportIcs(app::Context& ctx, const ExportOptions& o, std::ostream& out) {
  return WriteAll(app::CalendarFeed(ctx, o.days), out);
}

Status ExportVcard(app::Context& ctx, const ExportOptions& o, std::ostream& out) {
  return WriteAll(app::ExportVcards(ctx, o.vcard_version), out);
}

Status ExportJson(app::Context& ctx, const ExportOptions&, std::ostream& out) {
  return app::ExportBackup(ctx, out);
}

Status ExportCsv(app::Context& ctx, const ExportOptions&, std::ostream& out) {
  return WriteAll(app::ExportCsv(ctx), out);
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
    {"json", "the complete, lossless backup; import it into an empty database", ExportJson},
};

// An ostream onto a C stream (the Env's output), unbuffered on our side:
// the FILE* buffers.
class FileOut : public std::streambuf {
 public:
  explicit FileOut(std::FILE* file) : file_(file) {}

 protected:
  int_type overflow(int_type c) override {
    if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
    return std::fputc(c, file_) == EOF ? traits_type::eof() : c;
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    return static_cast<std::streamsize>(std::fwrite(s, 1, static_cast<size_t>(n), file_));
  }

 private:
  std::FILE* file_;
};

// Writes beside the target and renames, so a reader never sees half a file.
Result<std::uintmax_t> WriteFileAtomically(const std::string& path,
                                           const std::function<Status(std::ostream&)>& write) {
  std::string tmp = path + ".kith-tmp";
  std::error_code ec;
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Status::Io(fmt::format("cannot write {}", path));
    Status written = write(out);
    if (written.ok() && !out.flush()) written = Status::Io(fmt::format("cannot write {}", path));
    if (!written.ok()) {
      out.close();
      std::filesystem::remove(tmp, ec);
      return written;
    }
  }
  auto size = std::filesystem::file_size(tmp, ec);
  std::filesystem::rename(tmp, path, ec);
  if (ec) {
    std::filesystem::remove(tmp, ec);
    return Status::Io(fmt::format("cannot write {}: {}", path, ec.message()));
  }
  return size;
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
  auto write = [&](std::ostream& out) { return format->run(**ctx, o, out); };
  if (o.output.empty() || o.output == "-") {
    FileOut buf(env.out());
    std::ostream out(&buf);
    KITH_RETURN_IF_ERROR(write(out));
    if (!out.flush() || std::fflush(env.out()) != 0) return Status::Io("cannot write the output");
    return Status::Ok();
  }
  auto size = WriteFileAtomically(o.output, write);
  if (!size) return size.status();
  fmt::print(stderr, "Wrote {} ({} bytes)\n", o.output, *size);
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
