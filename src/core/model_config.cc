#include "core/model_config.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <functional>
#include <variant>

namespace kith::core {
namespace {

constexpr std::array<std::string_view, kCircleCount> kCircleNames = {"inner", "close", "network",
                                                                     "wider", "acquaintance"};
constexpr std::array<std::string_view, kInteractionKindCount> kKindNames = {
    "coffee", "meal", "call", "video", "message", "email", "meeting", "event", "help", "other"};
constexpr std::array<std::string_view, 3> kDirectionNames = {"out", "in", "mutual"};

// One settable key: where its value lives and what range it may take.
struct Key {
  std::string name;
  std::string description;
  std::variant<double ModelConfig::*, int ModelConfig::*, std::function<double*(ModelConfig&)>,
               std::function<int*(ModelConfig&)>>
      field;
  double min, max;
};

template <typename T, size_t N>
void AddArray(std::vector<Key>& keys, std::array<T, N> ModelConfig::*array, std::string_view prefix,
              const auto& names, const char* description, double min, double max) {
  for (size_t i = 0; i < N; ++i) {
    std::function<T*(ModelConfig&)> at = [array, i](ModelConfig& c) { return &(c.*array)[i]; };
    keys.push_back({fmt::format("{}.{}", prefix, names[i]),
                    fmt::format(fmt::runtime(description), names[i]), at, min, max});
  }
}

const std::vector<Key>& Keys() {
  static const std::vector<Key> keys = [] {
    std::vector<Key> k;
    k.push_back({"half_life_days", "days for an interaction's weight to halve",
                 &ModelConfig::half_life_days, 1, 3650});
    k.push_back({"strength_scale", "summed weight that shows as 63/100 tie strength",
                 &ModelConfig::strength_scale, 0.01, 1e6});
    AddArray(k, &ModelConfig::kind_weight, "kind_weight", kKindNames,
             "weight of one {} interaction", 0, 100);
    AddArray(k, &ModelConfig::direction_weight, "direction_weight", kDirectionNames,
             "multiplier for direction '{}'", 0, 100);
    AddArray(k, &ModelConfig::cadence_days, "cadence_days", kCircleNames,
             "keep-in-touch cadence in days for the {} circle (0: none)", 0, 36500);
    AddArray(k, &ModelConfig::inferred_layer_size, "inferred_layer_size", kCircleNames,
             "how many of your strongest ties are placed in the {} circle", 0, 1e7);
    AddArray(k, &ModelConfig::inferred_min_strength, "inferred_min_strength", kCircleNames,
             "tie strength needed to be placed in the {} circle by rank", 0, 100);
    AddArray(k, &ModelConfig::circle_priority, "circle_priority", kCircleNames,
             "how much overdue matters for the {} circle", 0, 100);
    k.push_back({"drift_gap_multiple", "a tie drifts after this many times its usual gap",
                 &ModelConfig::drift_gap_multiple, 1, 1000});
    k.push_back({"min_gaps_for_rhythm", "gaps needed before a person's usual gap is trusted",
                 &ModelConfig::min_gaps_for_rhythm, 1, 1000});
    k.push_back({"date_window_days", "important dates this close come first in the queue",
                 &ModelConfig::date_window_days, 0, 366});
    k.push_back(
        {"queue_size", "people in `kith today` by default", &ModelConfig::queue_size, 1, 1000});
    return k;
  }();
  return keys;
}

const Key* FindKey(std::string_view name) {
  for (const auto& k : Keys()) {
    if (k.name == name) return &k;
  }
  return nullptr;
}

double Get(const Key& key, const ModelConfig& config) {
  auto& c = const_cast<ModelConfig&>(config);
  return std::visit(
      [&](const auto& field) -> double {
        using F = std::decay_t<decltype(field)>;
        if constexpr (std::is_same_v<F, double ModelConfig::*> ||
                      std::is_same_v<F, int ModelConfig::*>) {
          return static_cast<double>(c.*field);
        } else {
          return static_cast<double>(*field(c));
        }
      },
      key.field);
}

void Put(const Key& key, ModelConfig& c, double value) {
  std::visit(
      [&](const auto& field) {
        using F = std::decay_t<decltype(field)>;
        if constexpr (std::is_same_v<F, double ModelConfig::*>) {
          c.*field = value;
        } else if constexpr (std::is_same_v<F, int ModelConfig::*>) {
          c.*field = static_cast<int>(value);
        } else {
          *field(c) = static_cast<std::decay_t<decltype(*field(c))>>(value);
        }
      },
      key.field);
}

bool IsInt(const Key& key) {
  return std::holds_alternative<int ModelConfig::*>(key.field) ||
         std::holds_alternative<std::function<int*(ModelConfig&)>>(key.field);
}

std::string Format(double v) {
  if (v == std::floor(v) && std::fabs(v) < 1e15) return fmt::format("{}", static_cast<int64_t>(v));
  return fmt::format("{}", v);
}

}  // namespace

std::string_view Name(Circle circle) { return kCircleNames[static_cast<size_t>(circle)]; }

std::optional<Circle> ParseCircle(std::string_view name) {
  for (size_t i = 0; i < kCircleNames.size(); ++i) {
    if (kCircleNames[i] == name) return static_cast<Circle>(i);
  }
  return std::nullopt;
}

namespace {

constexpr std::string_view kMeKey = "me";
constexpr std::string_view kMeDescription =
    "your own email addresses and chat names, comma-separated (for mail and chat imports)";
constexpr size_t kMaxMe = 100;

Status SetMe(std::vector<std::string>& me, std::string_view value) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= value.size()) {
    size_t comma = std::min(value.find(',', start), value.size());
    std::string_view part = value.substr(start, comma - start);
    while (!part.empty() && (part.front() == ' ' || part.front() == '\t')) part.remove_prefix(1);
    while (!part.empty() && (part.back() == ' ' || part.back() == '\t')) part.remove_suffix(1);
    if (!part.empty()) out.emplace_back(part);
    start = comma + 1;
  }
  if (out.size() > kMaxMe) return Status::Invalid("me: at most 100 addresses and names");
  me = std::move(out);
  return Status::Ok();
}

}  // namespace

Status ModelConfig::Set(std::string_view name, std::string_view value) {
  if (name == kMeKey) return SetMe(me, value);
  const Key* key = FindKey(name);
  if (key == nullptr) {
    return Status::Invalid(fmt::format("unknown setting '{}' (kith config lists them)", name));
  }
  double v = 0;
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), v);
  bool whole = ec == std::errc() && end == value.data() + value.size();
  if (!whole || !std::isfinite(v) || (IsInt(*key) && v != std::floor(v)) || v < key->min ||
      v > key->max) {
    return Status::Invalid(fmt::format("{} must be a{} number from {} to {}, not '{}'", name,
                                       IsInt(*key) ? " whole" : "", Format(key->min),
                                       Format(key->max), value));
  }
  Put(*key, *this, v);
  return Status::Ok();
}

std::vector<std::pair<std::string, std::string>> ModelConfig::Entries() const {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& k : Keys()) out.emplace_back(k.name, Format(Get(k, *this)));
  out.emplace_back(kMeKey, fmt::format("{}", fmt::join(me, ", ")));
  return out;
}

std::string ModelConfig::Describe(std::string_view name) {
  if (name == kMeKey) return std::string(kMeDescription);
  const Key* key = FindKey(name);
  return key ? key->description : "";
}

std::string ModelConfig::StatsFingerprint() const {
  std::string out = fmt::format("h={};", half_life_days);
  for (double w : kind_weight) out += fmt::format("{},", w);
  for (double w : direction_weight) out += fmt::format("{},", w);
  return out;
}

}  // namespace kith::core
