// How well `kith today -n 20` surfaces the quiet ties the demo generator
// plants (app/demo.h, DemoReport::quiet_ties) over a simulated month, under
// two habits: the user only looks (never acts), or messages the first 4 of
// each day's list. Then, for the ties the looking user never saw, why not.
//   build/bench/recall_eval [--people=2000] [--interactions=60000] [--knows=6000] [--seeds=1..5]
// (or env KITH_RECALL_PEOPLE, KITH_RECALL_INTERACTIONS, KITH_RECALL_KNOWS, KITH_RECALL_SEEDS;
// seeds are "3", "1..5" or "1,4,7"). Prints markdown to stdout.
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "app/demo.h"
#include "app/keep_in_touch.h"
#include "core/reconnect_queue.h"
#include "store/queue.h"

namespace kith {
namespace {

constexpr int64_t kNow = 1795176000;  // 2026-11-20T12:00:00Z
constexpr int64_t kDay = 86400;
constexpr int kDays = 30;
constexpr size_t kQueue = 20;  // kith today -n 20
constexpr size_t kActsPerDay = 4;

struct EvalOptions {
  int64_t people = 2000;
  int64_t interactions = 60000;
  int64_t knows = 6000;
  std::vector<uint64_t> seeds = {1, 2, 3, 4, 5};
};

// "3", "1..5" or "1,4,7"; empty on anything else.
std::vector<uint64_t> ParseSeeds(std::string_view text) {
  std::vector<uint64_t> out;
  const size_t dots = text.find("..");
  if (dots != std::string_view::npos) {
    const uint64_t a = std::strtoull(std::string(text.substr(0, dots)).c_str(), nullptr, 10);
    const uint64_t b = std::strtoull(std::string(text.substr(dots + 2)).c_str(), nullptr, 10);
    for (uint64_t s = a; s <= b && a > 0; ++s) out.push_back(s);
    return out;
  }
  std::string rest(text);
  for (size_t at = 0; at <= rest.size();) {
    const size_t comma = std::min(rest.find(',', at), rest.size());
    const uint64_t s = std::strtoull(rest.substr(at, comma - at).c_str(), nullptr, 10);
    if (s == 0) return {};
    out.push_back(s);
    at = comma + 1;
  }
  return out;
}

// Sets one option from "name=value"; false when the name is unknown.
bool SetOption(EvalOptions& o, std::string_view name, const std::string& value) {
  if (name == "people") o.people = std::atoll(value.c_str());
  if (name == "interactions") o.interactions = std::atoll(value.c_str());
  if (name == "knows") o.knows = std::atoll(value.c_str());
  if (name == "seeds") o.seeds = ParseSeeds(value);
  return name == "people" || name == "interactions" || name == "knows" || name == "seeds";
}

Result<EvalOptions> ParseOptions(int argc, char** argv) {
  EvalOptions o;
  for (const char* name : {"people", "interactions", "knows", "seeds"}) {
    std::string env = "KITH_RECALL_" + std::string(name);
    std::transform(env.begin(), env.end(), env.begin(), ::toupper);
    if (const char* v = std::getenv(env.c_str())) SetOption(o, name, v);
  }
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    const size_t eq = arg.find('=');
    if (!arg.starts_with("--") || eq == std::string_view::npos ||
        !SetOption(o, arg.substr(2, eq - 2), std::string(arg.substr(eq + 1)))) {
      return Status::Invalid(fmt::format("unknown argument '{}'", arg));
    }
  }
  if (o.seeds.empty()) return Status::Invalid("seeds must be N, A..B or A,B,C (all > 0)");
  return o;
}

// A freshly generated demo network in its own file under `dir`.
struct Network {
  std::unique_ptr<store::Db> db;
  std::vector<int64_t> quiet;  // planted quiet ties, ascending
};

Result<Network> Generate(const std::filesystem::path& dir, const EvalOptions& o, uint64_t seed,
                         std::string_view policy) {
  auto db = store::Db::Open((dir / fmt::format("seed{}-{}.db", seed, policy)).string());
  if (!db) return db.status();
  app::DemoOptions options;
  options.people = o.people;
  options.interactions = o.interactions;
  options.knows = o.knows;
  options.seed = seed;
  options.now = kNow;
  auto report = app::GenerateDemo(**db, options);
  if (!report) return report.status();
  return Network{std::move(*db), std::move(report->quiet_ties)};
}

// RankQueue's rule: a date within the window puts anyone closer than an
// acquaintance first.
bool DateFirst(const core::Assessment& a) {
  return a.days_to_date >= 0 && a.circle != core::Circle::kAcquaintance;
}

// What put someone on the list: a date; silence past both the cadence and
// their own rhythm; past the cadence only (within their rhythm, or no rhythm
// known); or past their own rhythm only.
enum SlotReason { kDate, kBoth, kCadenceOnly, kRhythmOnly, kReasons };
SlotReason ReasonFor(const core::Assessment& a) {
  if (DateFirst(a)) return kDate;
  if (a.overdue_ratio < 1.0) return kRhythmOnly;
  return a.rhythm_ratio >= 1.0 ? kBoth : kCadenceOnly;
}

struct PolicyResult {
  size_t planted = 0;
  size_t surfaced = 0;  // planted ties surfaced at least once in the month
  size_t by_day1 = 0, by_day7 = 0;
  size_t slots = 0, quiet_slots = 0;            // queue entries shown; of them planted ties
  size_t distinct = 0;                          // distinct people shown in the month
  std::vector<size_t> due_per_day;              // how many were due (or had a date) each day
  std::array<size_t, kReasons> slot_reasons{};  // slots by SlotReason
  std::array<size_t, kReasons> top4_reasons{};  // the first 4 slots of each day by SlotReason
  size_t messages = 0;                          // acts: messages sent
  size_t repeat_messages = 0;                   // ... to someone messaged in the 6 days before
  size_t repeat_on_dates = 0;                   // ... of them listed for a date
  std::map<int64_t, int> last_messaged;         // acts: id -> day
  std::set<int64_t> seen_quiet;
  std::set<int64_t> messaged_quiet;  // planted ties the acting user messaged

  double Recall(size_t n) const { return planted ? static_cast<double>(n) / planted : 0; }
  double QuietShare() const { return slots ? static_cast<double>(quiet_slots) / slots : 0; }
};

// Everyone the queue would list if it had no length limit.
Result<size_t> CountDue(app::Context& ctx) {
  auto candidates = store::LoadQueueCandidates(ctx.db);
  if (!candidates) return candidates.status();
  return core::RankQueue(*candidates, ctx.config, ctx.now, candidates->size()).size();
}

// Notes who one day's list showed, and why.
void Record(const std::vector<app::TodayEntry>& entries, const std::set<int64_t>& quiet,
            std::set<int64_t>& shown, PolicyResult& r) {
  for (size_t k = 0; k < entries.size(); ++k) {
    const auto& e = entries[k];
    shown.insert(e.person.id);
    ++r.slots;
    ++r.slot_reasons[ReasonFor(e.assessment)];
    if (k < kActsPerDay) ++r.top4_reasons[ReasonFor(e.assessment)];
    if (!quiet.contains(e.person.id)) continue;
    ++r.quiet_slots;
    r.seen_quiet.insert(e.person.id);
  }
}

// The acting user's habit: `kith done` for the first kActsPerDay people.
Status Act(app::Context& ctx, int day, const std::vector<app::TodayEntry>& entries,
           const std::set<int64_t>& quiet, PolicyResult& r) {
  for (size_t k = 0; k < std::min(kActsPerDay, entries.size()); ++k) {
    const int64_t id = entries[k].person.id;
    auto done = app::Done(ctx, fmt::format("#{}", id), "");
    if (!done) return done.status();
    if (quiet.contains(id)) r.messaged_quiet.insert(id);
    auto last = r.last_messaged.find(id);
    if (last != r.last_messaged.end() && day - last->second < 7) {
      ++r.repeat_messages;
      if (ReasonFor(entries[k].assessment) == kDate) ++r.repeat_on_dates;
    }
    r.last_messaged[id] = day;
    ++r.messages;
  }
  return Status::Ok();
}

Status SimulateDay(app::Context& ctx, int day, bool acts, const std::set<int64_t>& quiet,
                   std::set<int64_t>& shown, PolicyResult& r) {
  auto entries = app::Today(ctx, kQueue);
  if (!entries) return entries.status();
  auto due = CountDue(ctx);
  if (!due) return due.status();
  r.due_per_day.push_back(*due);
  Record(*entries, quiet, shown, r);
  if (day == 0) r.by_day1 = r.seen_quiet.size();
  if (day == 6) r.by_day7 = r.seen_quiet.size();
  return acts ? Act(ctx, day, *entries, quiet, r) : Status::Ok();
}

Result<PolicyResult> Simulate(Network& net, bool acts) {
  app::Context ctx{*net.db, kNow, "US", core::ModelConfig()};
  KITH_RETURN_IF_ERROR(app::EnsureStats(ctx));
  const std::set<int64_t> quiet(net.quiet.begin(), net.quiet.end());
  PolicyResult r;
  r.planted = quiet.size();
  std::set<int64_t> shown;
  for (int d = 0; d < kDays; ++d) {
    ctx.now = kNow + d * kDay;
    KITH_RETURN_IF_ERROR(SimulateDay(ctx, d, acts, quiet, shown, r));
  }
  r.surfaced = r.seen_quiet.size();
  r.distinct = shown.size();
  return r;
}

// ------------------------------------------------------------------ planted ties

// A planted tie as the looking user's queue saw it over the month.
struct PlantedTie {
  uint64_t seed = 0;
  const core::QueueCandidate* candidate = nullptr;
  core::Assessment first;    // assessed on day 1
  bool shown = false;        // in the top kQueue on some day
  int due_days = 0;          // days it was due at all
  size_t first_rank = 0;     // 1-based among the due on day 1 (0: not due)
  size_t due_first_day = 0;  // how many were due on day 1
  size_t best_rank = 0;      // 1-based among the due, on its best day (0: never due)
  int best_day = -1;         // that day
};

// Why a planted tie that was never shown stayed off the list.
std::string WhyMissed(const PlantedTie& t, const core::ModelConfig& config) {
  const auto& a = t.first;
  const bool rhythm_known = t.candidate->stats.gaps >= config.min_gaps_for_rhythm;
  if (t.due_days > 0) {
    if (a.circle_inferred && a.circle >= core::Circle::kWider) {
      return "due, but the inferred circle is too far out (low priority): outranked";
    }
    return "due, but outranked by more overdue ties";
  }
  if (!rhythm_known && a.cadence_days == 0) {
    return "too few contacts to know their rhythm and no cadence";
  }
  const double k = config.drift_gap_multiple;
  if (a.cadence_days == 0)
    return fmt::format("silence still under {}x their usual gap, and no cadence", k);
  return fmt::format("silence still under both the cadence and {}x their usual gap", k);
}

// Ranks everyone due on each day of the month (the order `kith today` uses)
// and notes where each planted tie stood; returns everyone ever due.
std::set<int64_t> RankOverMonth(std::span<const core::QueueCandidate> candidates,
                                const core::ModelConfig& config,
                                std::map<int64_t, PlantedTie>& planted) {
  std::set<int64_t> ever_due;
  for (int d = 0; d < kDays; ++d) {
    const auto ranked = core::RankQueue(candidates, config, kNow + d * kDay, candidates.size());
    for (size_t k = 0; k < ranked.size(); ++k) {
      ever_due.insert(ranked[k].id);
      auto it = planted.find(ranked[k].id);
      if (it == planted.end()) continue;
      PlantedTie& t = it->second;
      ++t.due_days;
      if (d == 0) t.first_rank = k + 1;
      if (d == 0) t.due_first_day = ranked.size();
      if (t.best_rank != 0 && t.best_rank <= k + 1) continue;
      t.best_rank = k + 1;
      t.best_day = d;
    }
  }
  return ever_due;
}

struct LookingMonth {
  std::vector<PlantedTie> planted;
  size_t ever_due = 0;  // distinct people due on some day
};

// The planted ties under the looking policy, from its database (which the
// policy never changes, so it is the month's state on every day).
Result<LookingMonth> AnalysePlanted(Network& net, const PolicyResult& r, uint64_t seed,
                                    std::vector<core::QueueCandidate>& candidates) {
  app::Context ctx{*net.db, kNow, "US", core::ModelConfig()};
  KITH_RETURN_IF_ERROR(app::EnsureStats(ctx));
  auto loaded = store::LoadQueueCandidates(*net.db);
  if (!loaded) return loaded.status();
  candidates = std::move(*loaded);
  const auto all = core::AssessAll(candidates, ctx.config, kNow);
  std::map<int64_t, PlantedTie> planted;
  for (size_t i = 0; i < candidates.size(); ++i) {
    const int64_t id = candidates[i].id;
    if (!std::binary_search(net.quiet.begin(), net.quiet.end(), id)) continue;
    PlantedTie& t = planted[id];
    t.seed = seed;
    t.candidate = &candidates[i];
    t.first = all[i];
    t.shown = r.seen_quiet.contains(id);
  }
  LookingMonth out;
  out.ever_due = RankOverMonth(candidates, ctx.config, planted).size();
  for (auto& [id, t] : planted) out.planted.push_back(t);
  return out;
}

// ------------------------------------------------------------------ report

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

std::string Percent(double x) { return fmt::format("{:.0f}%", 100 * x); }

struct SeedRow {
  uint64_t seed;
  PolicyResult looks, acts;
  size_t ever_due = 0;  // looks only: distinct people due on some day
};

void PrintRow(std::string_view seed, std::string_view policy, size_t planted, double recall,
              double day1, double day7, double share, double distinct, double due) {
  fmt::print("| {} | {} | {} | {} | {} | {} | {} | {:.0f} | {:.0f} |\n", seed, policy, planted,
             Percent(recall), Percent(day1), Percent(day7), fmt::format("{:.1f}%", 100 * share),
             distinct, due);
}

void PrintPolicy(uint64_t seed, std::string_view name, const PolicyResult& r) {
  std::vector<double> due(r.due_per_day.begin(), r.due_per_day.end());
  PrintRow(fmt::format("{}", seed), name, r.planted, r.Recall(r.surfaced), r.Recall(r.by_day1),
           r.Recall(r.by_day7), r.QuietShare(), static_cast<double>(r.distinct), Median(due));
}

void PrintSummary(std::string_view name, const std::vector<SeedRow>& rows,
                  PolicyResult SeedRow::*policy) {
  std::vector<double> recall, day1, day7, share, distinct, due;
  size_t planted = 0, surfaced = 0;
  for (const auto& row : rows) {
    const PolicyResult& r = row.*policy;
    recall.push_back(r.Recall(r.surfaced));
    day1.push_back(r.Recall(r.by_day1));
    day7.push_back(r.Recall(r.by_day7));
    share.push_back(r.QuietShare());
    distinct.push_back(static_cast<double>(r.distinct));
    due.push_back(Median(std::vector<double>(r.due_per_day.begin(), r.due_per_day.end())));
    planted += r.planted;
    surfaced += r.surfaced;
  }
  PrintRow("**median**", name, planted, Median(recall), Median(day1), Median(day7), Median(share),
           Median(distinct), Median(due));
  fmt::print("| pooled | {} | {} | {}/{} = {} | | | | | |\n", name, planted, surfaced, planted,
             Percent(planted ? static_cast<double>(surfaced) / planted : 0));
}

void PrintTable(const std::vector<SeedRow>& rows) {
  fmt::print(
      "| seed | policy | planted | recall (30 days) | by day 1 | by day 7 | quiet share of slots | "
      "distinct shown | due per day (median) |\n");
  fmt::print("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
  for (const auto& row : rows) {
    PrintPolicy(row.seed, "looks only", row.looks);
    PrintPolicy(row.seed, "acts (4/day)", row.acts);
  }
  PrintSummary("looks only", rows, &SeedRow::looks);
  PrintSummary("acts (4/day)", rows, &SeedRow::acts);
}

std::string Rank(size_t rank, size_t of) {
  return rank ? fmt::format("{} of {}", rank, of) : "not due";
}

void PrintPlanted(const std::vector<PlantedTie>& planted, const core::ModelConfig& config) {
  fmt::print(
      "\n### Every planted quiet tie (looks only), as on day 1\n\n"
      "| seed | id | circle | cadence | silence | usual gap (gaps) | interactions | overdue | "
      "rhythm | rank day 1 | best rank (day) | shown? |\n"
      "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
  std::map<std::string, int> why;
  for (const auto& t : planted) {
    const auto& a = t.first;
    const auto& s = t.candidate->stats;
    const std::string shown = t.shown ? "yes" : "no: " + WhyMissed(t, config);
    if (!t.shown) ++why[WhyMissed(t, config)];
    fmt::print(
        "| {} | {} | {}{} | {} | {} d | {:.1f} d ({}) | {} | {:.2f} | {:.2f} | {} | {} | {} |\n",
        t.seed, t.candidate->id, core::Name(a.circle), a.circle_inferred ? " (inferred)" : "",
        a.cadence_days ? fmt::format("{} d", a.cadence_days) : "none", a.silence_days,
        s.median_gap_days, s.gaps, s.count, a.overdue_ratio, a.rhythm_ratio,
        Rank(t.first_rank, t.due_first_day),
        t.best_rank ? fmt::format("{} (day {})", t.best_rank, t.best_day + 1) : "never due", shown);
  }
  fmt::print("\n### Why planted ties were missed (looks only)\n\n| reason | ties |\n|---|---:|\n");
  if (why.empty()) fmt::print("| none missed | 0 |\n");
  for (const auto& [reason, n] : why) fmt::print("| {} | {} |\n", reason, n);
}

std::string SlotMix(const std::vector<SeedRow>& rows, PolicyResult SeedRow::*policy,
                    std::array<size_t, kReasons> PolicyResult::*reasons) {
  std::array<size_t, kReasons> n{};
  size_t slots = 0;
  for (const auto& row : rows) {
    const PolicyResult& r = row.*policy;
    for (size_t k = 0; k < n.size(); ++k) n[k] += (r.*reasons)[k];
    for (size_t count : r.*reasons) slots += count;
  }
  auto share = [&](size_t k) { return Percent(slots ? static_cast<double>(n[k]) / slots : 0); };
  return fmt::format(
      "{} a date, {} past cadence and rhythm, {} past the cadence only (within their own rhythm "
      "or none known), {} past their rhythm only",
      share(kDate), share(kBoth), share(kCadenceOnly), share(kRhythmOnly));
}

// Recall if the list were the default 4 long, what the acting user really
// did, what filled the list, and how much of the due population is ever seen.
void PrintCoverage(const std::vector<SeedRow>& rows, const std::vector<PlantedTie>& planted) {
  const auto top4 = std::count_if(planted.begin(), planted.end(), [](const PlantedTie& t) {
    return t.best_rank != 0 && t.best_rank <= 4;
  });
  size_t messaged = 0, messages = 0, repeats = 0, on_dates = 0;
  std::string due_shown;
  for (const auto& row : rows) {
    messaged += row.acts.messaged_quiet.size();
    messages += row.acts.messages;
    repeats += row.acts.repeat_messages;
    on_dates += row.acts.repeat_on_dates;
    due_shown +=
        fmt::format("{}{}/{}", due_shown.empty() ? "" : ", ", row.ever_due, row.looks.distinct);
  }
  fmt::print(
      "\n- Looks only: {}/{} planted ties reach the top 4 (`kith today`'s default length) on "
      "some day.\n- Acts: {}/{} planted ties were messaged (in the top 4 on some day).\n"
      "- Acts: {} of {} messages went to someone already messaged in the 6 days before "
      "({} of them listed for a birthday or anniversary).\n"
      "- All 20 slots, looks only: {}.\n- All 20 slots, acts: {}.\n"
      "- First 4 slots, looks only: {}.\n- First 4 slots, acts: {}.\n"
      "- Looks only, people due on some day / ever shown, by seed: {}.\n",
      top4, planted.size(), messaged, planted.size(), repeats, messages, on_dates,
      SlotMix(rows, &SeedRow::looks, &PolicyResult::slot_reasons),
      SlotMix(rows, &SeedRow::acts, &PolicyResult::slot_reasons),
      SlotMix(rows, &SeedRow::looks, &PolicyResult::top4_reasons),
      SlotMix(rows, &SeedRow::acts, &PolicyResult::top4_reasons), due_shown);
}

Status Run(const EvalOptions& o, const std::filesystem::path& dir) {
  std::vector<SeedRow> rows;
  std::vector<PlantedTie> planted;
  std::vector<std::vector<core::QueueCandidate>> kept;  // `planted` points into these
  kept.reserve(o.seeds.size());
  for (uint64_t seed : o.seeds) {
    auto looking = Generate(dir, o, seed, "looks");
    if (!looking) return looking.status();
    auto looks = Simulate(*looking, false);
    if (!looks) return looks.status();
    auto acting = Generate(dir, o, seed, "acts");
    if (!acting) return acting.status();
    auto acts = Simulate(*acting, true);
    if (!acts) return acts.status();
    auto month = AnalysePlanted(*looking, *looks, seed, kept.emplace_back());
    if (!month) return month.status();
    planted.insert(planted.end(), month->planted.begin(), month->planted.end());
    rows.push_back({seed, std::move(*looks), std::move(*acts), month->ever_due});
  }
  fmt::print(
      "## Recall of planted quiet ties, `kith today -n {}` over {} days\n\n"
      "{} people, {} interactions, {} knows; now = 2026-11-20T12:00:00Z, TZ=UTC; "
      "acts = message the first {} each day.\n\n",
      kQueue, kDays, o.people, o.interactions, o.knows, kActsPerDay);
  PrintTable(rows);
  PrintCoverage(rows, planted);
  PrintPlanted(planted, core::ModelConfig());
  return Status::Ok();
}

}  // namespace
}  // namespace kith

int main(int argc, char** argv) {
  setenv("TZ", "UTC", 1);
  tzset();
  auto options = kith::ParseOptions(argc, argv);
  if (!options) {
    fmt::print(stderr, "recall_eval: {}\n", options.status().message());
    return 2;
  }
  std::string tmpl = (std::filesystem::temp_directory_path() / "kith-recall-XXXXXX").string();
  if (mkdtemp(tmpl.data()) == nullptr) {
    fmt::print(stderr, "recall_eval: cannot make a temp dir\n");
    return 1;
  }
  const std::filesystem::path dir = tmpl;
  const kith::Status status = kith::Run(*options, dir);
  std::filesystem::remove_all(dir);
  if (!status.ok()) {
    fmt::print(stderr, "recall_eval: {}\n", status.message());
    return 1;
  }
  return 0;
}
