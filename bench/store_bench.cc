// The reads behind `kith show` and `kith list --tag`, and name resolution, on
// a generated network. The database is made once per run in a temp dir:
//   build/bench/store_bench [--people=10000] [--interactions=1000000]
// (flags read from the environment: KITH_BENCH_PEOPLE, KITH_BENCH_INTERACTIONS)
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <memory>

#include "app/brief.h"
#include "app/demo.h"
#include "app/resolve.h"
#include "store/network.h"
#include "store/people.h"
#include "util/text.h"

namespace kith {
namespace {

constexpr int64_t kNow = 1795176000;  // 2026-11-20T12:00:00Z

int64_t EnvInt(const char* name, int64_t fallback) {
  const char* v = std::getenv(name);
  return v ? std::atoll(v) : fallback;
}

struct Fixture {
  Fixture() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "kith-bench-XXXXXX").string();
    dir = mkdtemp(tmpl.data());
    db = std::move(*store::Db::Open((dir / "bench.db").string()));
    app::DemoOptions options;
    options.people = EnvInt("KITH_BENCH_PEOPLE", 10000);
    options.interactions = EnvInt("KITH_BENCH_INTERACTIONS", 1000000);
    options.knows = options.people * 3;
    options.now = kNow;
    auto report = app::GenerateDemo(*db, options);
    if (!report) std::abort();
    auto summary = store::SummarizeNetwork(*db, kNow);
    busiest = summary->most_in_touch->id;
    busiest_name = summary->most_in_touch->name;
    top_tag = Fold(summary->top_tags.at(0).first);
  }
  ~Fixture() { std::filesystem::remove_all(dir); }
  std::filesystem::path dir;
  std::unique_ptr<store::Db> db;
  int64_t busiest = 0;
  std::string busiest_name;
  std::string top_tag;
};

Fixture& Shared() {
  static Fixture fixture;
  return fixture;
}

void BM_LoadBrief(benchmark::State& state) {
  auto& f = Shared();
  app::Context ctx{*f.db, kNow, "US", core::ModelConfig()};
  for (auto _ : state) benchmark::DoNotOptimize(app::LoadBriefById(ctx, f.busiest));
}
BENCHMARK(BM_LoadBrief)->Unit(benchmark::kMicrosecond);

void BM_ListByTag(benchmark::State& state) {
  auto& f = Shared();
  store::ListFilter filter;
  filter.tag = f.top_tag;
  size_t n = 0;
  for (auto _ : state) n = store::ListPeople(*f.db, filter)->size();
  state.counters["people"] = static_cast<double>(n);
}
BENCHMARK(BM_ListByTag)->Unit(benchmark::kMicrosecond);

void BM_ResolveByName(benchmark::State& state) {
  auto& f = Shared();
  for (auto _ : state) benchmark::DoNotOptimize(app::ResolvePerson(*f.db, f.busiest_name));
}
BENCHMARK(BM_ResolveByName)->Unit(benchmark::kMicrosecond);

void BM_Fold(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(Fold("Łukasz Ağaoğlu-Nguyễn Zoë"));
}
BENCHMARK(BM_Fold);

}  // namespace
}  // namespace kith

BENCHMARK_MAIN();
