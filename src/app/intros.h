// `kith intro`, `kith intro-step` and `kith intros`: introductions you make
// between two people, by double opt-in (core/intro_state.h), each returned
// with what to do next and the message to send for it.
//
//   auto started = app::StartIntro(ctx, "ana", "ben", "both build sensor networks");
//   send(started->draft);                       // "Hi Ana, I'd like to introduce you to ..."
//   auto agreed = app::StepIntro(ctx, started->intro.id, "accepted", "");  // now asked_second
//
// Each call is one transaction. When a step makes the introduction, kith logs
// a message with both people ("Introduced Ana Silva and Ben Okafor") and
// records that they know each other (a knows tie with source intro).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "app/context.h"
#include "store/intros.h"

namespace kith::app {

struct IntroView {
  store::Intro intro;
  std::string next;   // what you do next (core::NextAction); empty when final
  std::string steps;  // the steps it allows: "accepted or declined"; empty when final
  std::string draft;  // the message for the next step (core::DraftFor); empty when final
};

// Starts an intro of `a` (asked first) to `b`, in asked_first. Refuses the
// same person twice, you, the archived, and a pair already in an open intro.
Result<IntroView> StartIntro(Context& ctx, std::string_view a, std::string_view b,
                             std::string_view why);

// Takes `step` ("accepted", "declined", "introduced", "outcome") on intro
// `id`. `text` is the outcome, required for "outcome" and refused otherwise.
Result<IntroView> StepIntro(Context& ctx, int64_t id, std::string_view step, std::string_view text);

// Every open intro (neither declined nor closed), most recently changed first.
Result<std::vector<IntroView>> ListOpenIntros(Context& ctx);

IntroView ViewOf(store::Intro intro);

}  // namespace kith::app
