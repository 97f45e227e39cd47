// The demo generator's random numbers: xoshiro256** seeded by splitmix64,
// with kith's own distributions, so a seed gives the same network on every
// platform and standard library. Internal to app/demo*.cc; not thread-safe.
#pragma once

#include <cstdint>
#include <iterator>
#include <limits>
#include <span>

namespace kith::app::detail {

// xoshiro256** seeded by splitmix64, with kith's own distributions on top:
// the same numbers on every platform and standard library. Each concern draws
// from its own stream, so asking for more interactions changes no names.
class Rng {
 public:
  Rng(uint64_t seed, uint64_t stream) {
    uint64_t x = seed ^ (0x9E3779B97F4A7C15ull * (stream + 1));
    for (uint64_t& s : s_) s = SplitMix(x);
  }
  uint64_t Next() {
    const uint64_t result = Rotl(s_[1] * 5, 7) * 9;
    const uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = Rotl(s_[3], 45);
    return result;
  }
  // Uniform in [0, n), n > 0; rejection removes the modulo bias.
  uint64_t Below(uint64_t n) {
    constexpr uint64_t kMax = std::numeric_limits<uint64_t>::max();
    const uint64_t limit = kMax - kMax % n;
    uint64_t x = Next();
    while (x >= limit) x = Next();
    return x % n;
  }
  int64_t Between(int64_t lo, int64_t hi) {  // inclusive
    return lo + static_cast<int64_t>(Below(static_cast<uint64_t>(hi - lo) + 1));
  }
  double Real() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }
  double Real(double lo, double hi) { return lo + (hi - lo) * Real(); }
  bool Chance(double p) { return Real() < p; }
  template <typename C>
  const auto& Pick(const C& items) {
    return items[Below(std::size(items))];
  }
  size_t Weighted(std::span<const int> weights) {
    int total = 0;
    for (int w : weights) total += w;
    auto r = static_cast<int>(Below(static_cast<uint64_t>(total)));
    size_t i = 0;
    while (r >= weights[i]) r -= weights[i++];
    return i;
  }

 private:
  static uint64_t Rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  static uint64_t SplitMix(uint64_t& x) {
    uint64_t z = (x += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  uint64_t s_[4];
};

enum Stream : uint64_t { kSkeleton, kProfile, kRhythm, kContact, kTies };

}  // namespace kith::app::detail
