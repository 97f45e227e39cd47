#include "core/path_strength.h"

#include <algorithm>
#include <cmath>

namespace kith::core {

double YourTieStrength(double score) { return std::clamp(score / 100, kMinHopStrength, 1.0); }

double SourceStrength(std::string_view source) {
  if (source == "stated") return 0.6;
  if (source == "intro") return 0.5;
  return 0.15;
}

double KnowsStrength(std::string_view source, int64_t count, std::optional<double> strength) {
  if (strength) return std::clamp(*strength, kMinHopStrength, 1.0);
  const double once = SourceStrength(source);
  const double seen = 1 - std::pow(1 - once, static_cast<double>(std::max<int64_t>(count, 1)));
  return std::clamp(seen, kMinHopStrength, kMaxUnstatedStrength);
}

}  // namespace kith::core
