// A progress bar on a terminal: bytes done, rate and time left, redrawn at
// most ten times a second so that reporting costs nothing next to the work.
//
// Silent unless the stream is a terminal (scripts and tests see only the
// final summary). Not thread-safe; one per long-running job.
//
//   Progress bar(stderr, "mail.mbox", file.size());
//   while (...) bar.Update(reader.consumed());
//   bar.Finish();
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>

namespace kith {

class Progress {
 public:
  Progress(std::FILE* out, std::string label, uint64_t total);
  ~Progress() { Finish(); }
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // Also publishes `done` to `mirror` (for a progress shown elsewhere: the
  // web UI's import page), every 1024th update and at the end.
  void Mirror(std::atomic<uint64_t>* mirror) { mirror_ = mirror; }

  // `done` bytes of `total`; cheap to call often.
  void Update(uint64_t done) {
    if ((out_ != nullptr || mirror_ != nullptr) && ++calls_ % 1024 == 0) {
      if (mirror_ != nullptr) mirror_->store(done, std::memory_order_relaxed);
      if (out_ != nullptr) Draw(done, false);
    }
  }
  // Draws the last state and ends the line (once).
  void Finish();

  // "[#####.....]  45%  12.3 MB/s  ETA 0:07", for tests.
  static std::string Line(uint64_t done, uint64_t total, double seconds, int width);

 private:
  void Draw(uint64_t done, bool force);
  std::FILE* out_;  // null when not a terminal
  std::atomic<uint64_t>* mirror_ = nullptr;
  std::string label_;
  uint64_t total_;
  uint64_t last_done_ = 0;
  uint64_t calls_ = 0;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point drawn_;
};

}  // namespace kith
