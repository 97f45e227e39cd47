// Files in and out: uploads imported as jobs, exports as downloads.
#include <fmt/format.h>

#include <charconv>
#include <sstream>

#include "app/backup.h"
#include "app/calendar_feed.h"
#include "app/csv_export.h"
#include "app/vcard_export.h"
#include "server/api.h"
#include "server/import_jobs.h"

namespace kith::server {
namespace {

using nlohmann::json;

// What a download is: its type and file name, and how to make it.
struct Download {
  const char* name;
  const char* type;
  const char* file;
  Result<std::string> (*make)(app::Context&);
};

Result<std::string> Backup(app::Context& ctx) {
  std::ostringstream out;
  KITH_RETURN_IF_ERROR(app::ExportBackup(ctx, out));
  return std::move(out).str();
}

constexpr Download kDownloads[] = {
    {"vcard", "text/vcard; charset=utf-8", "kith.vcf",
     [](app::Context& ctx) { return app::ExportVcards(ctx, 4); }},
    {"csv", "text/csv; charset=utf-8", "kith.csv", app::ExportCsv},
    {"ics", "text/calendar; charset=utf-8", "kith.ics",
     [](app::Context& ctx) { return app::CalendarFeed(ctx, 30); }},
    {"json", "application/json; charset=utf-8", "kith-backup.json", Backup},
};

Response Export(Request& q, app::Context& ctx) {
  const std::string& format = q.params["format"];
  for (const auto& d : kDownloads) {
    if (format != d.name) continue;
    auto body = d.make(ctx);
    if (!body) return FromStatus(body.status());
    Response r;
    r.body = std::move(*body);
    r.Header("Content-Type", d.type);
    r.Header("Content-Disposition", fmt::format("attachment; filename=\"{}\"", d.file));
    return r;
  }
  return Error(404, "not_found", "export formats: vcard, csv, ics, json");
}

// POST /imports?filename=&format=&dry_run=&me= with the file as the body.
Handler StartImport(ImportJobs& jobs) {
  return [&jobs](Request& q, app::Context&) {
    if (q.body.empty()) return Error(400, "invalid", "the request body is the file to import");
    ImportUpload upload;
    upload.filename = std::string(q.Query("filename", "upload")).substr(0, 255);
    upload.format = std::string(q.Query("format")).substr(0, 20);
    upload.dry_run = q.Query("dry_run") == "true" || q.Query("dry_run") == "1";
    upload.me = std::string(q.Query("me")).substr(0, 320);
    upload.content = std::move(q.body);
    auto id = jobs.Start(std::move(upload));
    if (!id) return FromStatus(id.status());
    auto state = jobs.Get(*id);
    if (!state) return FromStatus(state.status());
    return Json(*state, 202).Header("Location", fmt::format("{}/imports/{}", kApi, *id));
  };
}

Handler GetImport(ImportJobs& jobs) {
  return [&jobs](Request& q, app::Context&) {
    const std::string& text = q.params["job"];
    int64_t id = 0;
    auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (ec != std::errc() || p != text.data() + text.size()) {
      return Error(400, "invalid", "an import id is a number");
    }
    return Reply([&] { return jobs.Get(id); });
  };
}

}  // namespace

void AddTransferRoutes(Router& r, ImportJobs& jobs) {
  const std::string api = kApi;
  r.Add("GET", api + "/export/:format", Export);
  r.Add("POST", api + "/imports", StartImport(jobs));
  r.Add("GET", api + "/imports/:job", GetImport(jobs));
}

}  // namespace kith::server
