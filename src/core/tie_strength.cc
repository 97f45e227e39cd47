#include "core/tie_strength.h"

#include <algorithm>
#include <cmath>

namespace kith::core {
namespace {

constexpr double kDay = 86400.0;

double Lambda(const ModelConfig& config) { return std::log(2.0) / (config.half_life_days * kDay); }

double Median(std::vector<double>& values) {
  if (values.empty()) return 0;
  size_t mid = values.size() / 2;
  std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid), values.end());
  double upper = values[mid];
  if (values.size() % 2 == 1) return upper;
  double lower =
      *std::max_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid));
  return (lower + upper) / 2;
}

// Days (UTC day numbers) of touches, distinct and ascending.
std::vector<int64_t> DistinctDays(std::span<const Touch> touches) {
  std::vector<int64_t> days;
  days.reserve(touches.size());
  for (const auto& t : touches) days.push_back(t.at >= 0 ? t.at / 86400 : (t.at - 86399) / 86400);
  std::sort(days.begin(), days.end());
  days.erase(std::unique(days.begin(), days.end()), days.end());
  return days;
}

double ScoreOf(double raw, const ModelConfig& config) {
  return 100.0 * (1.0 - std::exp(-raw / config.strength_scale));
}

}  // namespace

double TouchWeight(const Touch& touch, const ModelConfig& config) {
  return config.kind_weight[static_cast<size_t>(touch.kind)] *
         config.direction_weight[static_cast<size_t>(touch.direction)];
}

TieStats ComputeTieStats(std::span<const Touch> touches, const ModelConfig& config) {
  TieStats s;
  s.count = static_cast<int64_t>(touches.size());
  if (touches.empty()) return s;
  const double lambda = Lambda(config);
  // log-sum-exp over log(weight) + lambda * (at - epoch), stable at any scale.
  double max_term = -std::numeric_limits<double>::infinity();
  std::vector<double> terms;
  terms.reserve(touches.size());
  const Touch* last = &touches[0];
  int64_t first = touches[0].at;
  for (const auto& t : touches) {
    double w = TouchWeight(t, config);
    if (w > 0) {
      terms.push_back(std::log(w) + lambda * static_cast<double>(t.at - kStrengthEpoch));
      max_term = std::max(max_term, terms.back());
    }
    if (t.at >= last->at) last = &t;
    first = std::min(first, t.at);
  }
  double sum = 0;
  for (double term : terms) sum += std::exp(term - max_term);
  s.strength_log = terms.empty() ? s.strength_log : max_term + std::log(sum);
  s.first_at = first;
  s.last_at = last->at;
  s.last_kind = last->kind;
  s.last_direction = last->direction;
  std::vector<int64_t> days = DistinctDays(touches);
  std::vector<double> gaps;
  for (size_t i = 1; i < days.size(); ++i)
    gaps.push_back(static_cast<double>(days[i] - days[i - 1]));
  s.gaps = static_cast<int>(gaps.size());
  s.median_gap_days = Median(gaps);
  return s;
}

double RawStrengthAt(const TieStats& stats, const ModelConfig& config, int64_t now) {
  if (!std::isfinite(stats.strength_log)) return 0;
  return std::exp(stats.strength_log - Lambda(config) * static_cast<double>(now - kStrengthEpoch));
}

double StrengthAt(const TieStats& stats, const ModelConfig& config, int64_t now) {
  return ScoreOf(RawStrengthAt(stats, config, now), config);
}

// The decayed sum carried from one time to the next: everything before
// decays by the gap, the touches in between are added decayed to the time.
std::vector<double> StrengthSeries(std::span<const Touch> touches, const ModelConfig& config,
                                   std::span<const int64_t> times) {
  const double lambda = Lambda(config);
  std::vector<double> out;
  out.reserve(times.size());
  double raw = 0;
  int64_t raw_at = 0;  // the time `raw` is decayed to
  size_t next = 0;
  for (int64_t t : times) {
    if (!out.empty()) raw *= std::exp(-lambda * static_cast<double>(t - raw_at));
    for (; next < touches.size() && touches[next].at <= t; ++next) {
      raw += TouchWeight(touches[next], config) *
             std::exp(-lambda * static_cast<double>(t - touches[next].at));
    }
    raw_at = t;
    out.push_back(ScoreOf(raw, config));
  }
  return out;
}

StrengthExplanation ExplainStrength(std::span<const Touch> touches, const ModelConfig& config,
                                    int64_t now, size_t top_n) {
  StrengthExplanation e;
  const double lambda = Lambda(config);
  std::vector<StrengthContribution> all;
  for (const auto& t : touches) {
    double age = static_cast<double>(now - t.at);
    all.push_back({t, TouchWeight(t, config) * std::exp(-lambda * age)});
    e.raw += all.back().weight_now;
    if (now - t.at <= 365 * 86400 && t.at <= now) ++e.last_year;
    if (t.direction == Direction::kIn) ++e.they_started;
    if (t.direction == Direction::kOut) ++e.i_started;
    if (t.direction == Direction::kMutual) ++e.mutual;
  }
  e.count = static_cast<int64_t>(touches.size());
  e.score = ScoreOf(e.raw, config);
  size_t n = std::min(top_n, all.size());
  std::partial_sort(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(n), all.end(),
                    [](const auto& a, const auto& b) {
                      return a.weight_now != b.weight_now ? a.weight_now > b.weight_now
                                                          : a.touch.at > b.touch.at;
                    });
  all.resize(n);
  double top_sum = 0;
  for (const auto& c : all) top_sum += c.weight_now;
  e.share_of_top = e.raw > 0 ? top_sum / e.raw : 0;
  e.top = std::move(all);
  return e;
}

}  // namespace kith::core
