// `kith import FILE...`: contacts in, with a summary of what happened.
#include <fmt/format.h>

#include "app/import_files.h"
#include "cli/command.h"
#include "import/csv_import.h"

namespace kith::cli {
namespace {

constexpr size_t kShownWarnings = 20;

struct ImportOptions {
  app::ImportRequest request;
};

void PrintConversations(std::FILE* out, const import::ImportReport& r) {
  if (r.interactions_added + r.already_imported + r.left_out_people == 0 &&
      r.messages_skipped.empty()) {
    return;
  }
  fmt::print(out, "{} interaction{} added, {} already imported; {} sighting{} of people together\n",
             r.interactions_added, r.interactions_added == 1 ? "" : "s", r.already_imported,
             r.edges_counted, r.edges_counted == 1 ? "" : "s");
  if (r.left_out_people > 0) {
    fmt::print(out, "{} correspondent{} left out (no two-way exchange or meeting with you)\n",
               r.left_out_people, r.left_out_people == 1 ? "" : "s");
  }
  for (const auto& [why, n] : r.messages_skipped) fmt::print(out, "{} skipped: {}\n", n, why);
}

void PrintReport(std::FILE* out, const import::ImportReport& r, bool dry_run) {
  fmt::print(out,
             "{}{} created, {} merged into people you had, {} unchanged, {} skipped; {} contact "
             "point{} added\n",
             dry_run ? "Dry run (nothing written): " : "", r.created, r.merged, r.unchanged,
             r.skipped, r.contacts_added, r.contacts_added == 1 ? "" : "s");
  PrintConversations(out, r);
  for (size_t i = 0; i < r.warnings.size() && i < kShownWarnings; ++i) {
    fmt::print(stderr, "kith: note: {}\n", r.warnings[i]);
  }
  if (r.warnings.size() > kShownWarnings) {
    fmt::print(stderr, "kith: note: ... and {} more\n", r.warnings.size() - kShownWarnings);
  }
}

Status RunImport(Env& env, const ImportOptions& o) {
  auto ctx = env.Open();
  if (!ctx) return ctx.status();
  app::ImportRequest request = o.request;
  request.progress = stderr;
  const auto& me = (*ctx)->config.me;  // kith config me "..." then --me
  request.options.me.insert(request.options.me.begin(), me.begin(), me.end());
  auto report = app::ImportFiles(**ctx, request);
  if (!report) return report.status();
  PrintReport(env.out(), *report, o.request.dry_run);
  return Status::Ok();
}

}  // namespace

void RegisterImport(CLI::App& app, Action& action) {
  auto o = std::make_shared<ImportOptions>();
  auto& r = o->request;
  auto* sub = app.add_subcommand("import",
                                 "Bring people in from files: kith import contacts.vcf (the same "
                                 "person is merged, not duplicated)");
  sub->add_option("files", r.files, "Files to import, all in one transaction")->required();
  sub->add_option("--format", r.format,
                  "Format (default: told from content): " + app::ImportFormats());
  sub->add_option("--me", r.options.me,
                  "Your own email address or chat name (repeatable): decides each message's "
                  "direction; never made a person")
      ->allow_extra_args(false);  // --me x FILE: FILE is a file, not a second --me
  sub->add_option("--map", r.options.csv_map,
                  "csv: which column holds what, \"First Name=given,E-mail=email:work\"; fields: " +
                      import::CsvMapFields() + " (default: LinkedIn, Google and Outlook headers)");
  sub->add_flag("--dry-run", r.dry_run, "Report what would be created and merged; write nothing");
  OnRun(sub, action, o, RunImport);
}

}  // namespace kith::cli
