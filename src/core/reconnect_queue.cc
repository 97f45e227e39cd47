#include "core/reconnect_queue.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "util/date.h"

namespace kith::core {
namespace {

constexpr int64_t kDay = 86400;

// The soonest date within `window` days of today, and how many days away.
void NextDate(const QueueCandidate& c, const Date& today, int window, Assessment& a) {
  for (const auto& d : c.dates) {
    int days = DaysBetween(today, NextOccurrence(d.date, today));
    if (days <= window && (a.days_to_date < 0 || days < a.days_to_date)) {
      a.days_to_date = days;
      a.next_date = d;
    }
  }
}

// How strong the tie was when you were last in touch: the circle says how
// close you are, the silence says how overdue. Ranking by today's decayed
// strength would let a quiet tie demote itself out of the queue.
double StrengthAtLastContact(const TieStats& stats, const ModelConfig& config, int64_t now) {
  return RawStrengthAt(stats, config, std::min(now, stats.last_at.value_or(now)));
}

uint64_t Mix(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  return x ^ (x >> 33);
}

int64_t DayNumber(const Date& d) { return DaysBetween(Date{1970, 1, 1}, d); }

// A date puts someone first while it is near and you haven't been in touch
// since its window opened (on the day itself: unless you were in touch that
// day). A birthday of
// someone you barely know is for `upcoming`, not today.
bool DateComesFirst(const Assessment& a, const ModelConfig& config) {
  if (a.days_to_date < 0 || a.circle == Circle::kAcquaintance) return false;
  int window_opened = a.days_to_date == 0 ? 0 : config.date_window_days - a.days_to_date;
  return a.silence_days > window_opened;
}

// How far past due: the larger of the cadence and rhythm ratios (1 = due).
double Urgency(const Assessment& a) { return std::max(a.overdue_ratio, a.rhythm_ratio); }

}  // namespace

std::vector<Circle> InferCircles(std::span<const QueueCandidate> candidates,
                                 const ModelConfig& config, int64_t now) {
  std::vector<Circle> out(candidates.size(), Circle::kAcquaintance);
  std::vector<std::pair<double, size_t>> ranked;
  for (size_t i = 0; i < candidates.size(); ++i) {
    if (candidates[i].circle) {
      out[i] = *candidates[i].circle;
    } else if (candidates[i].stats.count > 0) {
      ranked.emplace_back(StrengthAtLastContact(candidates[i].stats, config, now), i);
    }
  }
  std::sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first
                              : candidates[a.second].id < candidates[b.second].id;
  });
  // Walk down the ranking filling each layer up to its size; a tie too weak
  // for a layer falls to the next layer that will take it.
  size_t layer = 0;
  int taken = 0;
  for (const auto& [raw, i] : ranked) {
    double strength = 100.0 * (1.0 - std::exp(-raw / config.strength_scale));
    while (layer < config.inferred_layer_size.size() &&
           (taken >= config.inferred_layer_size[layer] ||
            strength < config.inferred_min_strength[layer])) {
      ++layer;
      taken = 0;
    }
    if (layer == config.inferred_layer_size.size()) break;
    out[i] = static_cast<Circle>(layer);
    ++taken;
  }
  return out;
}

Assessment Assess(const QueueCandidate& c, Circle circle, bool inferred, const ModelConfig& config,
                  int64_t now) {
  Assessment a;
  a.circle = circle;
  a.circle_inferred = inferred;
  a.cadence_days = c.cadence_days.value_or(config.cadence_days[static_cast<size_t>(circle)]);
  a.strength = StrengthAt(c.stats, config, now);
  a.snoozed = c.snoozed_until && *c.snoozed_until > now;
  Date today = LocalDate(now);
  int64_t since = c.stats.last_at.value_or(c.known_since);
  a.silence_days = std::max(0, DaysBetween(LocalDate(since), today));
  if (a.cadence_days > 0) {
    a.overdue_ratio = static_cast<double>(a.silence_days) / a.cadence_days;
    a.due_at = since + static_cast<int64_t>(a.cadence_days) * kDay;
  }
  if (c.stats.gaps >= config.min_gaps_for_rhythm && c.stats.median_gap_days > 0) {
    a.rhythm_ratio =
        a.silence_days / (config.drift_gap_multiple * std::max(1.0, c.stats.median_gap_days));
  }
  a.drifting = a.overdue_ratio > 1 || a.rhythm_ratio > 1;
  NextDate(c, today, config.date_window_days, a);
  return a;
}

std::vector<Assessment> AssessAll(std::span<const QueueCandidate> candidates,
                                  const ModelConfig& config, int64_t now) {
  std::vector<Circle> circles = InferCircles(candidates, config, now);
  std::vector<Assessment> out;
  out.reserve(candidates.size());
  for (size_t i = 0; i < candidates.size(); ++i) {
    out.push_back(Assess(candidates[i], circles[i], !candidates[i].circle, config, now));
  }
  return out;
}

std::vector<QueueEntry> RankQueue(std::span<const QueueCandidate> candidates,
                                  const ModelConfig& config, int64_t now, size_t n) {
  std::vector<Assessment> all = AssessAll(candidates, config, now);
  const uint64_t day = static_cast<uint64_t>(DayNumber(LocalDate(now)));
  struct Ranked {
    bool date_first;
    int days_to_date;
    double score;
    uint64_t tie;
    size_t index;
  };
  std::vector<Ranked> ranked;
  for (size_t i = 0; i < candidates.size(); ++i) {
    const Assessment& a = all[i];
    if (a.snoozed) continue;
    bool date_first = DateComesFirst(a, config);
    if (!date_first && Urgency(a) < 1.0) continue;  // not due yet
    double score = config.circle_priority[static_cast<size_t>(a.circle)] * Urgency(a);
    uint64_t tie = Mix(static_cast<uint64_t>(candidates[i].id) * 0x9E3779B97F4A7C15ULL ^ day);
    ranked.push_back({date_first, a.days_to_date, score, tie, i});
  }
  auto better = [](const Ranked& a, const Ranked& b) {
    if (a.date_first != b.date_first) return a.date_first;
    if (a.date_first && a.days_to_date != b.days_to_date) return a.days_to_date < b.days_to_date;
    if (a.score != b.score) return a.score > b.score;
    return a.tie < b.tie;
  };
  size_t take = std::min(n, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(take),
                    ranked.end(), better);
  std::vector<QueueEntry> out;
  for (size_t k = 0; k < take; ++k) {
    const auto& r = ranked[k];
    out.push_back({candidates[r.index].id, candidates[r.index].name, all[r.index], r.score});
  }
  return out;
}

}  // namespace kith::core
