#include "util/progress.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>

namespace kith {
namespace {

constexpr auto kRedraw = std::chrono::milliseconds(100);

std::string Bytes(double bytes) {
  if (bytes >= 1e9) return fmt::format("{:.1f} GB", bytes / 1e9);
  if (bytes >= 1e6) return fmt::format("{:.1f} MB", bytes / 1e6);
  return fmt::format("{:.0f} kB", bytes / 1e3);
}

}  // namespace

Progress::Progress(std::FILE* out, std::string label, uint64_t total)
    : out_(out != nullptr && ::isatty(::fileno(out)) ? out : nullptr),
      label_(std::move(label)),
      total_(total),
      start_(std::chrono::steady_clock::now()),
      drawn_(start_) {}

std::string Progress::Line(uint64_t done, uint64_t total, double seconds, int width) {
  double fraction = total == 0 ? 1.0 : std::min(1.0, static_cast<double>(done) / total);
  int filled = static_cast<int>(fraction * width);
  std::string bar(static_cast<size_t>(filled), '#');
  bar.append(static_cast<size_t>(width - filled), '.');
  double rate = seconds > 0 ? done / seconds : 0;
  std::string eta = "--:--";
  if (rate > 0 && done < total) {
    int left = static_cast<int>((total - done) / rate);
    eta = fmt::format("{}:{:02}", left / 60, left % 60);
  } else if (done >= total) {
    eta = "0:00";
  }
  return fmt::format("[{}] {:3.0f}%  {}/s  ETA {}", bar, fraction * 100, Bytes(rate), eta);
}

void Progress::Draw(uint64_t done, bool force) {
  auto now = std::chrono::steady_clock::now();
  if (!force && now - drawn_ < kRedraw) return;
  drawn_ = now;
  last_done_ = done;
  double seconds = std::chrono::duration<double>(now - start_).count();
  fmt::print(out_, "\r{} {}\x1b[K", label_, Line(done, total_, seconds, 24));
  std::fflush(out_);
}

void Progress::Finish() {
  if (mirror_ != nullptr) mirror_->store(total_, std::memory_order_relaxed);
  mirror_ = nullptr;
  if (out_ == nullptr) return;
  Draw(total_, true);
  fmt::print(out_, "\n");
  out_ = nullptr;
}

}  // namespace kith
