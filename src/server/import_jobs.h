// Imports started from the browser: the uploaded file is written to a
// private temporary file and imported on a thread of its own (one at a
// time: an import is one write transaction), while the page polls for the
// bytes read and, at the end, the summary or the error. The temporary file
// is removed when the job ends.
#pragma once

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <thread>

#include "core/model_config.h"
#include "util/clock.h"
#include "util/status.h"

namespace kith::server {

struct ImportUpload {
  std::string filename;  // as the browser named it; for messages only
  std::string format;    // "" to detect
  bool dry_run = false;
  std::string me;  // your address, for mail (optional)
  std::string content;
};

class ImportJobs {
 public:
  ImportJobs(std::string db_path, std::string region, core::ModelConfig config, const Clock& clock)
      : db_path_(std::move(db_path)), region_(std::move(region)), config_(config), clock_(clock) {}
  ~ImportJobs();
  ImportJobs(const ImportJobs&) = delete;
  ImportJobs& operator=(const ImportJobs&) = delete;

  // Starts a job; Conflict while another runs.
  Result<int64_t> Start(ImportUpload upload);
  // {"id", "state": "running"|"done"|"failed", "filename", "bytes", "bytes_done",
  //  "report"?, "error"?}; NotFound for an unknown id.
  Result<nlohmann::json> Get(int64_t id);
  // Waits for the running job, if any (tests; shutdown).
  void Wait();

 private:
  struct Job {
    int64_t id = 0;
    std::string filename;
    uint64_t bytes = 0;
    std::atomic<uint64_t> bytes_done{0};
    std::atomic<bool> finished{false};
    nlohmann::json result;  // written once before `finished`
  };
  void Run(Job& job, ImportUpload upload, std::string path);

  std::string db_path_;
  std::string region_;
  core::ModelConfig config_;
  const Clock& clock_;
  std::mutex mu_;
  int64_t next_id_ = 1;
  std::map<int64_t, std::unique_ptr<Job>> jobs_;
  std::thread worker_;
  std::optional<int64_t> running_;
};

}  // namespace kith::server
