#include "server/import_jobs.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

#include "app/import_files.h"
#include "store/db.h"

namespace kith::server {
namespace {

using nlohmann::json;

json ReportJson(const import::ImportReport& r, bool dry_run) {
  return {{"dry_run", dry_run},
          {"created", r.created},
          {"merged", r.merged},
          {"unchanged", r.unchanged},
          {"skipped", r.skipped},
          {"contacts_added", r.contacts_added},
          {"interactions_added", r.interactions_added},
          {"already_imported", r.already_imported},
          {"edges_counted", r.edges_counted},
          {"left_out_people", r.left_out_people},
          {"messages_skipped", r.messages_skipped},
          {"warnings", r.warnings}};
}

// Writes `content` to a new private file; returns its path.
Result<std::string> WriteTemp(const std::string& content) {
  const char* dir = std::getenv("TMPDIR");
  std::string path = fmt::format("{}/kith-upload-XXXXXX", dir && *dir ? dir : "/tmp");
  int fd = mkstemp(path.data());
  if (fd < 0) return Status::Io("cannot create a temporary file for the upload");
  size_t done = 0;
  while (done < content.size()) {
    ssize_t n = write(fd, content.data() + done, content.size() - done);
    if (n <= 0) {
      close(fd);
      unlink(path.c_str());
      return Status::Io("cannot write the upload to " + path);
    }
    done += static_cast<size_t>(n);
  }
  close(fd);
  return path;
}

}  // namespace

ImportJobs::~ImportJobs() { Wait(); }

void ImportJobs::Wait() {
  std::thread t;
  {
    std::lock_guard lock(mu_);
    t = std::move(worker_);
  }
  if (t.joinable()) t.join();
}

Result<int64_t> ImportJobs::Start(ImportUpload upload) {
  std::lock_guard lock(mu_);
  if (running_ && !jobs_[*running_]->finished) {
    return Status::Conflict("an import is already running; wait for it to finish");
  }
  if (worker_.joinable()) worker_.join();
  auto path = WriteTemp(upload.content);
  if (!path) return path.status();
  auto job = std::make_unique<Job>();
  job->id = next_id_++;
  job->filename = upload.filename;
  job->bytes = upload.content.size();
  upload.content = std::string();  // the file has it now
  Job& ref = *job;
  jobs_[ref.id] = std::move(job);
  running_ = ref.id;
  worker_ = std::thread([this, &ref, upload = std::move(upload), p = *path]() mutable {
    Run(ref, std::move(upload), std::move(p));
  });
  return ref.id;
}

void ImportJobs::Run(Job& job, ImportUpload upload, std::string path) {
  json result;
  auto db = store::Db::Open(db_path_);
  if (!db) {
    result = {{"error", db.status().message()}};
  } else {
    app::Context ctx{**db, clock_.Now(), region_, config_};
    app::ImportRequest request;
    request.files = {path};
    request.format = upload.format;
    request.dry_run = upload.dry_run;
    if (!upload.me.empty()) request.options.me = {upload.me};
    request.bytes_done = &job.bytes_done;
    auto report = app::ImportFiles(ctx, request);
    if (report) {
      result = {{"report", ReportJson(*report, upload.dry_run)}};
    } else {
      // Messages name the temporary file; name the upload instead.
      std::string message = report.status().message();
      for (size_t at; (at = message.find(path)) != std::string::npos;) {
        message.replace(at, path.size(), upload.filename);
      }
      result = {{"error", message}};
    }
  }
  unlink(path.c_str());
  std::lock_guard lock(mu_);
  job.result = std::move(result);
  job.finished = true;
}

Result<json> ImportJobs::Get(int64_t id) {
  std::lock_guard lock(mu_);
  auto it = jobs_.find(id);
  if (it == jobs_.end()) return Status::NotFound(fmt::format("no import #{}", id));
  const Job& job = *it->second;
  json out = {{"id", job.id},
              {"filename", job.filename},
              {"bytes", job.bytes},
              {"bytes_done", job.bytes_done.load()}};
  if (!job.finished) {
    out["state"] = "running";
    return out;
  }
  out["state"] = job.result.contains("error") ? "failed" : "done";
  out.update(job.result);
  return out;
}

}  // namespace kith::server
