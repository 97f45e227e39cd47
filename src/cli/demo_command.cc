// `kith demo`: fills a new database with a generated network to explore.
#include <fmt/format.h>
#include <unistd.h>

#include <chrono>

#include "app/demo.h"
#include "cli/command.h"

namespace kith::cli {
namespace {

struct DemoOptions {
  app::DemoOptions demo;
};

// A one-line progress bar on stderr, redrawn in place; only on a terminal.
void ShowProgress(double fraction) {
  constexpr int kWidth = 30;
  int filled = static_cast<int>(fraction * kWidth);
  fmt::print(stderr, "\r  [{}{}] {:3.0f}%", std::string(filled, '#'),
             std::string(kWidth - filled, ' '), fraction * 100);
  if (fraction >= 1.0) fmt::print(stderr, "\n");
}

Status RunDemo(Env& env, const DemoOptions& o) {
  auto ctx = env.Open(app::DbKind::kDemo);
  if (!ctx) return ctx.status();
  app::DemoOptions options = o.demo;
  options.now = env.now();
  options.model = (*ctx)->config;
  auto start = std::chrono::steady_clock::now();
  std::function<void(double)> progress;
  if (isatty(STDERR_FILENO)) progress = ShowProgress;
  auto report = app::GenerateDemo((*ctx)->db, options, progress);
  if (!report) return report.status();
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  fmt::print(
      env.out(),
      "Demo network written in {:.1f} s: {} people, {} interactions, {} known ties, {} facts, "
      "{} needs, {} offers\n",
      seconds, report->people, report->interactions, report->knows, report->facts, report->needs,
      report->offers);
  return Status::Ok();
}

}  // namespace

void RegisterDemo(CLI::App& app, Action& action) {
  auto o = std::make_shared<DemoOptions>();
  auto& d = o->demo;
  auto* sub = app.add_subcommand(
      "demo", "Generate a demo network into a new database (default: demo.db beside kith.db)");
  sub->add_option("--people", d.people, "How many people")
      ->capture_default_str()
      ->check(CLI::Range(int64_t{1}, int64_t{10000000}));
  sub->add_option("--interactions", d.interactions, "How many interactions over five years")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  sub->add_option("--knows", d.knows, "How many who-knows-whom ties")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  sub->add_option("--seed", d.seed, "Random seed; the same seed gives the same network")
      ->capture_default_str();
  OnRun(sub, action, o, RunDemo);
}

}  // namespace kith::cli
