#include "core/intro_state.h"

#include <fmt/format.h>

#include <array>
#include <utility>

namespace kith::core {
namespace {

constexpr std::array<std::pair<IntroState, std::string_view>, 7> kStateNames = {{
    {IntroState::kSuggested, "suggested"},
    {IntroState::kAskedFirst, "asked_first"},
    {IntroState::kAskedSecond, "asked_second"},
    {IntroState::kAgreed, "agreed"},
    {IntroState::kIntroduced, "introduced"},
    {IntroState::kDeclined, "declined"},
    {IntroState::kClosed, "closed"},
}};

constexpr std::array<std::pair<IntroStep, std::string_view>, 4> kStepNames = {{
    {IntroStep::kAccepted, "accepted"},
    {IntroStep::kDeclined, "declined"},
    {IntroStep::kIntroduced, "introduced"},
    {IntroStep::kOutcome, "outcome"},
}};

struct Transition {
  IntroState from;
  IntroStep step;
  IntroState to;
};

// The whole machine; AllowedSteps lists steps in this order.
constexpr Transition kTransitions[] = {
    {IntroState::kSuggested, IntroStep::kAccepted, IntroState::kAskedFirst},
    {IntroState::kAskedFirst, IntroStep::kAccepted, IntroState::kAskedSecond},
    {IntroState::kAskedFirst, IntroStep::kDeclined, IntroState::kDeclined},
    {IntroState::kAskedSecond, IntroStep::kAccepted, IntroState::kAgreed},
    {IntroState::kAskedSecond, IntroStep::kDeclined, IntroState::kDeclined},
    {IntroState::kAgreed, IntroStep::kIntroduced, IntroState::kIntroduced},
    {IntroState::kIntroduced, IntroStep::kOutcome, IntroState::kClosed},
};

// "a", "a or b", "a, b or c".
std::string OrList(const std::vector<std::string_view>& words) {
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += i + 1 == words.size() ? " or " : ", ";
    out += words[i];
  }
  return out;
}

// The states from which `step` is allowed: "asked_first or asked_second".
std::string StatesAllowing(IntroStep step) {
  std::vector<std::string_view> states;
  for (const auto& t : kTransitions) {
    if (t.step == step) states.push_back(Name(t.from));
  }
  return OrList(states);
}

std::string FirstName(const std::string& name) { return name.substr(0, name.find(' ')); }

std::string Why(const IntroPair& pair) {
  return pair.reason.empty() ? "" : fmt::format(" ({})", pair.reason);
}

std::string AskFirst(const IntroPair& p) {
  return fmt::format("Hi {}, I'd like to introduce you to {}{}. Would that be welcome?",
                     FirstName(p.first), p.second, Why(p));
}

std::string AskSecond(const IntroPair& p) {
  return fmt::format(
      "Hi {}, I'd like to introduce you to {}{}; {} would be glad to meet you. "
      "Would that be welcome?",
      FirstName(p.second), p.first, Why(p), FirstName(p.first));
}

std::string Introduction(const IntroPair& p) {
  const std::string a = FirstName(p.first), b = FirstName(p.second);
  std::string why = p.reason.empty() ? "" : fmt::format(" I think you should talk: {}.", p.reason);
  return fmt::format(
      "Subject: {} <> {}\n\n"
      "Hi {} and {},\n\n"
      "As promised, I'm introducing you to each other.{}\n\n"
      "{}, meet {}. {}, meet {}.\n\n"
      "I'll let you two take it from here.",
      p.first, p.second, a, b, why, a, p.second, b, p.first);
}

std::string Nudge(const IntroPair& p) {
  return fmt::format("Hi {}, did you and {} get to talk? I'd love to hear how it went.",
                     FirstName(p.first), FirstName(p.second));
}

}  // namespace

std::string_view Name(IntroState state) {
  for (const auto& [s, name] : kStateNames) {
    if (s == state) return name;
  }
  return "?";
}

std::string_view Name(IntroStep step) {
  for (const auto& [s, name] : kStepNames) {
    if (s == step) return name;
  }
  return "?";
}

std::optional<IntroState> ParseIntroState(std::string_view name) {
  for (const auto& [s, n] : kStateNames) {
    if (n == name) return s;
  }
  return std::nullopt;
}

std::optional<IntroStep> ParseIntroStep(std::string_view name) {
  for (const auto& [s, n] : kStepNames) {
    if (n == name) return s;
  }
  return std::nullopt;
}

bool IsOpen(IntroState state) {
  return state != IntroState::kDeclined && state != IntroState::kClosed;
}

std::vector<IntroStep> AllowedSteps(IntroState state) {
  std::vector<IntroStep> steps;
  for (const auto& t : kTransitions) {
    if (t.from == state) steps.push_back(t.step);
  }
  return steps;
}

std::string AllowedStepList(IntroState state) {
  std::vector<std::string_view> names;
  for (IntroStep s : AllowedSteps(state)) names.push_back(Name(s));
  return OrList(names);
}

Result<IntroState> NextIntroState(IntroState from, IntroStep step) {
  for (const auto& t : kTransitions) {
    if (t.from == from && t.step == step) return t.to;
  }
  if (!IsOpen(from)) {
    return Status::Invalid(fmt::format("it is {}, which is final: no more steps", Name(from)));
  }
  return Status::Invalid(fmt::format("it is {}, and '{}' needs {}; next: {}", Name(from),
                                     Name(step), StatesAllowing(step), AllowedStepList(from)));
}

std::string NextAction(IntroState state, const IntroPair& pair) {
  switch (state) {
    case IntroState::kSuggested:
    case IntroState::kAskedFirst:
      return fmt::format("ask {} whether they'd welcome it", pair.first);
    case IntroState::kAskedSecond:
      return fmt::format("ask {} whether they'd welcome it", pair.second);
    case IntroState::kAgreed:
      return fmt::format("both agreed: introduce {} and {}", pair.first, pair.second);
    case IntroState::kIntroduced:
      return fmt::format("ask {} how it went", pair.first);
    case IntroState::kDeclined:
    case IntroState::kClosed:
      return "";
  }
  return "";
}

std::string DraftFor(IntroState state, const IntroPair& pair) {
  switch (state) {
    case IntroState::kSuggested:
    case IntroState::kAskedFirst:
      return AskFirst(pair);
    case IntroState::kAskedSecond:
      return AskSecond(pair);
    case IntroState::kAgreed:
      return Introduction(pair);
    case IntroState::kIntroduced:
      return Nudge(pair);
    case IntroState::kDeclined:
    case IntroState::kClosed:
      return "";
  }
  return "";
}

}  // namespace kith::core
