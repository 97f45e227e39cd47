// What a cache miss on GET /api/v1/people/{id} costs, piece by piece: each
// benchmark reads a different person per iteration (random order, fixed seed)
// from a copy of a real database with SQLite's default page cache, as a
// server worker would.
//   KITH_BENCH_DB=/path/to/net10k.db build/bench/brief_bench
// Without KITH_BENCH_DB a 10k-person demo network is generated first.
#include <benchmark/benchmark.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <random>
#include <vector>

#include "app/brief.h"
#include "app/brief_json.h"
#include "app/demo.h"
#include "app/keep_in_touch.h"
#include "app/tie_snapshot.h"
#include "store/interactions.h"
#include "store/tie_stats.h"

namespace kith {
namespace {

namespace fs = std::filesystem;
constexpr int64_t kNow = 1795176000;  // 2026-11-20T12:00:00Z

struct Fixture {
  Fixture() {
    std::string tmpl = (fs::temp_directory_path() / "kith-brief-bench-XXXXXX").string();
    dir = mkdtemp(tmpl.data());
    fs::path path = dir / "bench.db";
    const char* source = std::getenv("KITH_BENCH_DB");
    if (source) fs::copy_file(source, path);
    db = std::move(*store::Db::Open(path.string()));
    if (!source) {
      app::DemoOptions options;
      options.people = 10000;
      options.interactions = 1000000;
      options.knows = options.people * 3;
      options.now = kNow;
      if (!app::GenerateDemo(*db, options)) std::abort();
    }
    if (const char* pragma = std::getenv("KITH_BENCH_PRAGMA")) db->sql().exec(pragma);
    auto& q = db->Cached("SELECT id FROM person WHERE archived_at IS NULL");
    while (q.executeStep()) ids.push_back(q.getColumn(0).getInt64());
    q.reset();
    std::shuffle(ids.begin(), ids.end(), std::mt19937_64(42));
    ctx = std::make_unique<app::Context>(app::Context{*db, kNow, "US", core::ModelConfig()});
    ctx->ties = &ties;
  }
  ~Fixture() { fs::remove_all(dir); }
  int64_t Next() { return ids[next++ % ids.size()]; }

  fs::path dir;
  std::unique_ptr<store::Db> db;
  std::vector<int64_t> ids;
  size_t next = 0;
  app::TieCache ties;
  std::unique_ptr<app::Context> ctx;
};

// SQLite page-cache misses (pages read from the file) since the last call.
int64_t CacheMisses(store::Db& db) {
  int current = 0, high = 0;
  sqlite3_db_status(db.sql().getHandle(), SQLITE_DBSTATUS_CACHE_MISS, &current, &high, 1);
  return current;
}

void CountMisses(benchmark::State& state, store::Db& db) {
  state.counters["misses"] = benchmark::Counter(static_cast<double>(CacheMisses(db)) /
                                                static_cast<double>(state.iterations()));
}

Fixture& Shared() {
  static Fixture fixture;
  return fixture;
}

void BM_LoadBrief(benchmark::State& state) {
  auto& f = Shared();
  CacheMisses(*f.db);
  for (auto _ : state) benchmark::DoNotOptimize(app::LoadBriefById(*f.ctx, f.Next()));
  CountMisses(state, *f.db);
}
BENCHMARK(BM_LoadBrief)->Unit(benchmark::kMicrosecond);

void BM_RecentInteractions(benchmark::State& state) {
  auto& f = Shared();
  CacheMisses(*f.db);
  for (auto _ : state) benchmark::DoNotOptimize(store::RecentInteractions(*f.db, f.Next(), 5));
  CountMisses(state, *f.db);
}
BENCHMARK(BM_RecentInteractions)->Unit(benchmark::kMicrosecond);

void BM_Touches(benchmark::State& state) {
  auto& f = Shared();
  CacheMisses(*f.db);
  for (auto _ : state) benchmark::DoNotOptimize(store::TouchesOf(*f.db, f.Next()));
  CountMisses(state, *f.db);
}
BENCHMARK(BM_Touches)->Unit(benchmark::kMicrosecond);

void BM_ExplainTie(benchmark::State& state) {
  auto& f = Shared();
  std::vector<std::pair<int64_t, std::vector<core::Touch>>> people;
  for (int i = 0; i < 1000; ++i) {
    int64_t id = f.Next();
    people.emplace_back(id, *store::TouchesOf(*f.db, id));
  }
  size_t i = 0;
  for (auto _ : state) {
    const auto& [id, touches] = people[i++ % people.size()];
    benchmark::DoNotOptimize(app::ExplainTie(*f.ctx, {id, ""}, touches));
    benchmark::DoNotOptimize(app::StrengthHistory(*f.ctx, touches, 13, 30));
  }
}
BENCHMARK(BM_ExplainTie)->Unit(benchmark::kMicrosecond);

void BM_BriefJson(benchmark::State& state) {
  auto& f = Shared();
  std::vector<core::Brief> briefs;
  for (int i = 0; i < 1000; ++i) briefs.push_back(*app::LoadBriefById(*f.ctx, f.Next()));
  size_t i = 0, bytes = 0;
  for (auto _ : state) {
    JsonWriter w;  // as the person route writes it
    w.BeginObject();
    app::WriteBriefMembers(w, briefs[i++ % briefs.size()]);
    w.EndObject();
    bytes += w.str().size();
  }
  state.counters["bytes"] =
      benchmark::Counter(static_cast<double>(bytes) / static_cast<double>(state.iterations()));
}
BENCHMARK(BM_BriefJson)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace kith

BENCHMARK_MAIN();
