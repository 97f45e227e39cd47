// How strong a tie is for warm paths: every hop gets a strength in (0, 1],
// and a path's strength is the product of its hops' (docs/models.md, "Warm
// paths"). Your own ties come from the tie-strength score kith keeps for
// each person (core/tie_strength.h); ties between two other people come
// from the knows table: the strength you gave, else one read from how the
// tie was learnt and how often it was seen. Pure functions; thread-safe.
//
//   YourTieStrength(72);                            // 0.72
//   KnowsStrength("inferred", 3, std::nullopt);     // 1 - 0.85^3 = 0.386
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace kith::core {

// No hop is weaker than this: a long-faded tie still counts, just barely.
inline constexpr double kMinHopStrength = 0.01;
// A strength read from source and count never reaches this; only one you
// gave can be stronger.
inline constexpr double kMaxUnstatedStrength = 0.9;

// Your tie to someone you have interactions with: score / 100, at least
// kMinHopStrength. People you have never been in touch with are not your ties.
double YourTieStrength(double score);

// The per-sighting strength of a knows edge by source (`stated` 0.6,
// `intro` 0.5, `inferred` 0.15; anything else counts as inferred).
double SourceStrength(std::string_view source);

// A knows edge: `strength` when set (clamped to [kMinHopStrength, 1]), else
// 1 - (1 - SourceStrength(source))^count, capped at kMaxUnstatedStrength.
double KnowsStrength(std::string_view source, int64_t count, std::optional<double> strength);

}  // namespace kith::core
