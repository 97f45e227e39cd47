// Tie strength and rhythm: what a person's interactions say about the tie.
//
// Each interaction adds weight by kind and direction (core/model_config.h),
// halving every half_life_days since it happened; the sum s shows as
// 100 x (1 - e^(-s / strength_scale)). Rhythm is the median gap between the
// distinct days you were in touch. TieStats is the per-person aggregate the
// store keeps up to date on write; the strength is kept as a log-sum at a
// fixed reference time so it can be read at any "now" without the
// interactions. Pure functions; docs/models.md has the reasoning.
//
//   TieStats stats = ComputeTieStats(touches, config);
//   double score = StrengthAt(stats, config, now);   // 0..100
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/kinds.h"
#include "core/model_config.h"

namespace kith::core {

// One interaction as the models see it.
struct Touch {
  int64_t at = 0;
  InteractionKind kind = InteractionKind::kOther;
  Direction direction = Direction::kMutual;
};

struct TieStats {
  int64_t count = 0;
  std::optional<int64_t> first_at;
  std::optional<int64_t> last_at;
  InteractionKind last_kind = InteractionKind::kOther;
  Direction last_direction = Direction::kMutual;
  int gaps = 0;                // gaps between distinct days in touch
  double median_gap_days = 0;  // 0 when gaps == 0
  // log of sum(weight x 2^((at - kStrengthEpoch) / half-life)); -inf if none.
  double strength_log = -std::numeric_limits<double>::infinity();
};

// 2020-01-01T00:00:00Z: the reference time of TieStats::strength_log.
inline constexpr int64_t kStrengthEpoch = 1577836800;

// The weight one interaction adds when new.
double TouchWeight(const Touch& touch, const ModelConfig& config);

// Aggregates touches in any order.
TieStats ComputeTieStats(std::span<const Touch> touches, const ModelConfig& config);

// The summed, decayed weight at `now`.
double RawStrengthAt(const TieStats& stats, const ModelConfig& config, int64_t now);

// Tie strength 0..100 at `now`.
double StrengthAt(const TieStats& stats, const ModelConfig& config, int64_t now);

// Tie strength 0..100 at each of `times` (ascending), counting the touches
// up to each time: StrengthAt(ComputeTieStats(touches up to t), t) for every
// t, in one pass. `touches` are sorted by time.
std::vector<double> StrengthSeries(std::span<const Touch> touches, const ModelConfig& config,
                                   std::span<const int64_t> times);

// Why a tie has the strength it has: the interactions that weigh most now,
// and the factors behind the score.
struct StrengthContribution {
  Touch touch;
  double weight_now = 0;  // what it adds today
};
struct StrengthExplanation {
  double score = 0;
  double raw = 0;
  int64_t count = 0;
  int64_t last_year = 0;     // interactions in the last 365 days
  int64_t they_started = 0;  // direction in
  int64_t mutual = 0;
  int64_t i_started = 0;                  // direction out
  std::vector<StrengthContribution> top;  // heaviest first
  double share_of_top = 0;                // share of raw from `top`
};
StrengthExplanation ExplainStrength(std::span<const Touch> touches, const ModelConfig& config,
                                    int64_t now, size_t top_n = 5);

}  // namespace kith::core
