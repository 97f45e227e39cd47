// The double opt-in introduction: you ask the first person whether they would
// welcome meeting the second, then the second, and only when both agree do you
// introduce them; afterwards you ask how it went.
//
//   auto next = NextIntroState(IntroState::kAskedFirst, IntroStep::kAccepted);
//   // *next == IntroState::kAskedSecond
//   IntroPair pair{"Ana Silva", "Ben Okafor", "both build sensor networks"};
//   DraftFor(IntroState::kAskedSecond, pair);
//   // "Hi Ben, I'd like to introduce you to Ana Silva (both build sensor ...
//
// States, as stored in intro.state (docs/models.md, "Introductions"):
//
//   suggested --accepted--> asked_first --accepted--> asked_second --accepted--> agreed
//   agreed --introduced--> introduced --outcome--> closed
//   asked_first, asked_second --declined--> declined
//
// `suggested` is for intros kith proposes; `kith intro` starts at asked_first.
// declined and closed are final. Pure functions: no I/O; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/status.h"

namespace kith::core {

enum class IntroState {
  kSuggested,
  kAskedFirst,
  kAskedSecond,
  kAgreed,
  kIntroduced,
  kDeclined,
  kClosed,
};

enum class IntroStep { kAccepted, kDeclined, kIntroduced, kOutcome };

// Names as stored and as typed: "asked_first", "accepted", ...
std::string_view Name(IntroState state);
std::string_view Name(IntroStep step);
std::optional<IntroState> ParseIntroState(std::string_view name);
std::optional<IntroStep> ParseIntroStep(std::string_view name);

// Open: still in progress (neither declined nor closed).
bool IsOpen(IntroState state);

// The steps `state` allows, in the order help text lists them; none when final.
std::vector<IntroStep> AllowedSteps(IntroState state);

// "accepted or declined", "outcome", "" when none.
std::string AllowedStepList(IntroState state);

// The state after `step`, or Invalid naming the current state and what it
// allows: "it is asked_second: 'introduced' comes after agreed; next: accepted
// or declined".
Result<IntroState> NextIntroState(IntroState from, IntroStep step);

// The two people, in the order you ask them, and why they should meet.
struct IntroPair {
  std::string first;  // full names; greeted by their first word
  std::string second;
  std::string reason;  // may be empty
};

// What you do next, in a few words: "ask Ana Silva whether they'd welcome it".
// Empty when final.
std::string NextAction(IntroState state, const IntroPair& pair);

// The message to send for the next step of `state`: the ask to the first
// person (suggested, asked_first), to the second (asked_second), the
// introduction to both (agreed), the nudge to ask how it went (introduced).
// Empty when final. Names and the reason are inserted whole.
std::string DraftFor(IntroState state, const IntroPair& pair);

}  // namespace kith::core
