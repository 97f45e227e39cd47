// Every weight and constant of kith's keep-in-touch models, in one place, with
// its default and the reason for it (docs/models.md). A user changes them
// with `kith config KEY VALUE`, which writes the config file
// (app/config_file.h); the models read only this struct.
//
//   ModelConfig config;                       // the defaults
//   Status s = config.Set("half_life_days", "120");
//   double h = config.half_life_days;
//
// Plain data; copyable; not shared between threads.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "core/kinds.h"
#include "util/status.h"

namespace kith::core {

// Dunbar's layers, closest first.
enum class Circle { kInner, kClose, kNetwork, kWider, kAcquaintance };
inline constexpr int kCircleCount = 5;
inline constexpr int kInteractionKindCount = 10;

std::string_view Name(Circle circle);
std::optional<Circle> ParseCircle(std::string_view name);

struct ModelConfig {
  // Tie strength: each interaction adds kind_weight x direction_weight,
  // halving every half_life_days; the sum s shows as 100 x (1 - e^(-s/scale)).
  double half_life_days = 180;
  double strength_scale = 20;
  // Indexed by InteractionKind: coffee, meal, call, video, message, email,
  // meeting, event, help, other.
  std::array<double, kInteractionKindCount> kind_weight = {3, 3.5, 2, 2.5, 1, 0.6, 2, 1.5, 3, 1};
  // Indexed by Direction: out (I reached out), in (they did), mutual.
  std::array<double, 3> direction_weight = {0.5, 1.2, 1.0};

  // Keep-in-touch cadence in days by circle (0: none); a person's own
  // cadence overrides it.
  std::array<int, kCircleCount> cadence_days = {7, 30, 90, 365, 0};
  // People without a circle of their own are placed by tie-strength rank:
  // the strongest inferred_layer_size[0] are inner, the next [1] close, ...
  std::array<int, kCircleCount - 1> inferred_layer_size = {5, 10, 35, 100};
  // ... and only when their tie strength is at least this much; a single
  // message does not make anyone "inner" in a small network.
  std::array<double, kCircleCount - 1> inferred_min_strength = {60, 35, 15, 3};
  // How much being overdue matters, by circle, in the queue's ranking.
  std::array<double, kCircleCount> circle_priority = {3, 2, 1.5, 1, 0.5};

  // Drift: silence beyond the cadence, or beyond drift_gap_multiple times the
  // person's own median gap (needs min_gaps_for_rhythm gaps to trust it).
  double drift_gap_multiple = 4;
  int min_gaps_for_rhythm = 3;

  // The queue: important dates within date_window_days come first.
  int date_window_days = 7;
  int queue_size = 4;

  // Not a weight but read with them: your own email addresses and chat
  // names, which mail and chat imports need to tell who wrote to whom
  // (`kith config me "me@example.com, Alex Doe"`; `--me` adds to them).
  std::vector<std::string> me;

  // Sets a field by its key ("half_life_days", "kind_weight.coffee",
  // "cadence_days.close", ...). Invalid on an unknown key or a bad value.
  Status Set(std::string_view key, std::string_view value);
  // Every key with its value, in a stable order.
  std::vector<std::pair<std::string, std::string>> Entries() const;
  // A short description of a key, for `kith config`.
  static std::string Describe(std::string_view key);
  // A fingerprint of the fields the stored aggregates depend on (strength
  // weights and half-life); when it changes, aggregates are recomputed.
  std::string StatsFingerprint() const;
};

}  // namespace kith::core
