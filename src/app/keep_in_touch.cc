#include "app/keep_in_touch.h"

#include <fmt/format.h>

#include <algorithm>

#include "app/resolve.h"
#include "app/tie_snapshot.h"
#include "app/validate.h"
#include "core/opener.h"
#include "core/reason.h"
#include "store/details.h"
#include "store/interactions.h"
#include "store/queue.h"
#include "store/tie_stats.h"

namespace kith::app {
namespace {

constexpr char kStatsWeightsKey[] = "stats_weights";
constexpr int64_t kDay = 86400;

int64_t DayNumber(int64_t t) { return DaysBetween(Date{1970, 1, 1}, LocalDate(t)); }

std::optional<core::Interaction> LastInteraction(Context& ctx, int64_t id) {
  auto recent = store::RecentInteractions(ctx.db, id, 1);
  if (!recent || recent->empty()) return std::nullopt;
  return (*recent)[0];
}

Result<TodayEntry> Describe(Context& ctx, const core::QueueEntry& e, const core::TieStats& stats) {
  const auto& a = e.assessment;
  core::OpenerInput in;
  in.name = e.name;
  auto facts = store::FactsOf(ctx.db, e.id);
  if (!facts) return facts.status();
  auto asks = store::NeedsOffersOf(ctx.db, e.id);
  if (!asks) return asks.status();
  in.facts = std::move(*facts);
  in.needs_offers = std::move(*asks);
  in.upcoming = a.next_date;
  in.days_to_upcoming = a.days_to_date;
  in.last = LastInteraction(ctx, e.id);
  in.day = DayNumber(ctx.now);

  core::ReasonInput r;
  r.overdue_ratio = a.overdue_ratio;
  r.last_at = stats.last_at;
  if (stats.count > 0) {
    r.last_kind = stats.last_kind;
    r.last_direction = stats.last_direction;
  }
  r.now = ctx.now;
  r.upcoming = a.next_date;
  r.days_to_upcoming = a.days_to_date;
  r.drifting_by_rhythm = a.rhythm_ratio > 1;
  r.usual_gap_days = stats.gaps >= ctx.config.min_gaps_for_rhythm ? stats.median_gap_days : 0;
  r.never = stats.count == 0;
  return TodayEntry{{e.id, e.name}, a, core::ReasonLine(r), core::ChooseOpener(in)};
}

}  // namespace

Status RecomputeAllStats(store::Db& db, const core::ModelConfig& config) {
  KITH_RETURN_IF_ERROR(store::DeleteAllStats(db));
  auto writer = store::StatsWriter::Prepare(db);
  if (!writer) return writer.status();
  KITH_RETURN_IF_ERROR(
      store::ForEachPersonTouches(db, [&](int64_t person, std::span<const core::Touch> touches) {
        return (*writer)->Put(person, core::ComputeTieStats(touches, config));
      }));
  return store::PutState(db, kStatsWeightsKey, config.StatsFingerprint());
}

Status EnsureStats(Context& ctx) {
  auto stored = store::GetState(ctx.db, kStatsWeightsKey);
  if (!stored) return stored.status();
  if (*stored == ctx.config.StatsFingerprint()) return Status::Ok();
  auto tx = store::Transaction::Begin(ctx.db);
  if (!tx) return tx.status();
  KITH_RETURN_IF_ERROR(RecomputeAllStats(ctx.db, ctx.config));
  return tx->Commit();
}

Status RefreshStats(Context& ctx, const std::vector<int64_t>& person_ids) {
  auto writer = store::StatsWriter::Prepare(ctx.db);
  if (!writer) return writer.status();
  for (int64_t id : person_ids) {
    auto touches = store::TouchesOf(ctx.db, id);
    if (!touches) return touches.status();
    KITH_RETURN_IF_ERROR((*writer)->Put(id, core::ComputeTieStats(*touches, ctx.config)));
  }
  return Status::Ok();
}

Result<std::vector<TodayEntry>> Today(Context& ctx, size_t n) {
  auto ties = LoadTies(ctx);
  if (!ties) return ties.status();
  auto ranked = core::RankQueue((*ties)->candidates, ctx.config, ctx.now, n);
  std::vector<TodayEntry> out;
  for (const auto& e : ranked) {
    auto entry = Describe(ctx, e, (*ties)->Candidate(e.id)->stats);
    if (!entry) return entry.status();
    out.push_back(std::move(*entry));
  }
  return out;
}

Result<core::PersonRef> Done(Context& ctx, std::string_view who, std::string_view note) {
  auto summary = CheckOptionalText("note", note, kMaxNote);
  if (!summary) return summary.status();
  return WriteForPerson(ctx, who, [&](int64_t id) -> Status {
    core::Interaction in;
    in.kind = core::InteractionKind::kMessage;
    in.at = ctx.now;
    in.direction = core::Direction::kOut;
    in.summary = *summary;
    in.source = "manual";
    auto added = store::AddInteraction(ctx.db, in, {id}, ctx.now);
    if (!added) return added.status();
    KITH_RETURN_IF_ERROR(store::SetSnooze(ctx.db, id, std::nullopt, ctx.now));
    return RefreshStats(ctx, {id});
  });
}

Result<core::PersonRef> Snooze(Context& ctx, std::string_view who, int days) {
  std::optional<int64_t> until;
  if (days > 0) until = ctx.now + days * kDay;
  return WriteForPerson(ctx, who,
                        [&](int64_t id) { return store::SetSnooze(ctx.db, id, until, ctx.now); });
}

Result<core::PersonRef> SetCircle(Context& ctx, std::string_view who, std::string_view circle) {
  std::optional<core::Circle> parsed;
  if (circle != "auto") {
    parsed = core::ParseCircle(circle);
    if (!parsed) {
      return Status::Invalid(fmt::format(
          "unknown circle '{}': use inner, close, network, wider, acquaintance or auto", circle));
    }
  }
  return WriteForPerson(ctx, who,
                        [&](int64_t id) { return store::SetCircle(ctx.db, id, parsed, ctx.now); });
}

Result<core::PersonRef> SetCadence(Context& ctx, std::string_view who, std::string_view cadence) {
  std::optional<int> days;
  if (cadence != "auto") {
    auto parsed = ParseDays(cadence);
    if (!parsed) return parsed.status();
    days = *parsed;
  }
  return WriteForPerson(ctx, who,
                        [&](int64_t id) { return store::SetCadence(ctx.db, id, days, ctx.now); });
}

Result<TieReport> ExplainTie(Context& ctx, std::string_view who) {
  auto ref = ResolvePerson(ctx.db, who);
  if (!ref) return ref.status();
  auto touches = store::TouchesOf(ctx.db, ref->id);
  if (!touches) return touches.status();
  return ExplainTie(ctx, *ref, *touches);
}

Result<TieReport> ExplainTie(Context& ctx, const core::PersonRef& who,
                             std::span<const core::Touch> touches) {
  auto ties = LoadTies(ctx);
  if (!ties) return ties.status();
  TieReport report{who, {}, core::ExplainStrength(touches, ctx.config, ctx.now), {}};
  if (const auto* a = (*ties)->Find(who.id)) {
    report.assessment = *a;
    report.stats = (*ties)->Candidate(who.id)->stats;
    return report;
  }
  return Status::Invalid(
      fmt::format("{} is archived; `kith unarchive` to keep in touch", who.name));
}

Result<std::vector<StrengthPoint>> StrengthHistory(Context& ctx, int64_t person_id, int points,
                                                   int step_days) {
  auto touches = store::TouchesOf(ctx.db, person_id);
  if (!touches) return touches.status();
  std::sort(touches->begin(), touches->end(),
            [](const auto& a, const auto& b) { return a.at < b.at; });
  return StrengthHistory(ctx, *touches, points, step_days);
}

std::vector<StrengthPoint> StrengthHistory(const Context& ctx, std::span<const core::Touch> touches,
                                           int points, int step_days) {
  std::vector<int64_t> times;
  for (int i = points - 1; i >= 0; --i) times.push_back(ctx.now - int64_t{i} * step_days * kDay);
  std::vector<double> strengths = core::StrengthSeries(touches, ctx.config, times);
  std::vector<StrengthPoint> out;
  for (size_t i = 0; i < times.size(); ++i) out.push_back({times[i], strengths[i]});
  return out;
}

Result<Upcoming> ListUpcoming(Context& ctx, int days) {
  auto ties = LoadTies(ctx);
  if (!ties) return ties.status();
  const auto* candidates = &(*ties)->candidates;
  const auto& all = (*ties)->assessments;
  Upcoming out;
  Date today = LocalDate(ctx.now);
  for (size_t i = 0; i < candidates->size(); ++i) {
    const auto& c = (*candidates)[i];
    for (const auto& d : c.dates) {
      Date next = NextOccurrence(d.date, today);
      int until = DaysBetween(today, next);
      if (until <= days) out.dates.push_back({{c.id, c.name}, d, next, until});
    }
    const auto& a = all[i];
    if (a.snoozed || !a.due_at || a.overdue_ratio >= 1) continue;
    int until = DaysBetween(today, LocalDate(*a.due_at));
    if (until >= 0 && until <= days) out.due.push_back({{c.id, c.name}, a, until});
  }
  std::stable_sort(out.dates.begin(), out.dates.end(),
                   [](const auto& a, const auto& b) { return a.days < b.days; });
  std::stable_sort(out.due.begin(), out.due.end(),
                   [](const auto& a, const auto& b) { return a.days < b.days; });
  return out;
}

}  // namespace kith::app
