// Drafted openers for the daily reconnect queue: the first line of a message
// to someone you have not talked to in a while, built from what matters to
// them.
//
//   OpenerInput in;
//   in.name = "Ben Okafor";
//   in.facts.push_back({.kind = FactKind::kPet, .text = "dog Biscuit"});
//   in.day = today;
//   ChooseOpener(in);  // "Hey Ben! Been a while — how's Biscuit?" (on some day)
//
// Every opener is "Hey {first name}! Been a while — {question}", or
// "Hey {first name}! {Question}" when the last interaction was under two weeks
// before `day`, so kith never says "been a while" about last week. Questions
// come from a small set of fixed templates (docs/models.md, "Openers and
// reasons"); fact text is only ever inserted whole, exactly as stored, and a
// fact whose text does not fit a template safely gives no opener rather than
// broken English. Pure functions: no I/O, no clock apart from the local time
// zone LocalDate reads; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/person.h"

namespace kith::core {

struct OpenerInput {
  std::string name;                       // full name; greeted by its first word
  std::vector<Fact> facts;                // what matters to them, in display order
  std::vector<NeedOffer> needs_offers;    // open needs give "still looking for ...?"
  std::optional<ImportantDate> upcoming;  // a date within the next days
  int days_to_upcoming = -1;              // 0 = today; negative: none
  std::optional<Interaction> last;        // the last interaction, if any
  int64_t day = 0;                        // local day number (days since 1970-01-01)
};

// Birthday and anniversary openers apply from this many days before the date.
inline constexpr int kEarlyGreetingDays = 3;

// Every opener that fits, in a fixed order: the date greeting ("Happy early
// birthday!") when one applies, then one per fact (in input order), one per
// open need, one from the last interaction, then four warm generic ones that
// are always present. Duplicates are dropped.
std::vector<std::string> OpenerCandidates(const OpenerInput& input);

// The opener for `input.day`. A date greeting wins while it applies;
// otherwise personal openers (facts, needs, the last chat) rotate by day —
// a single one alternates with a generic line — and without any, the generic
// ones rotate, offset by a stable hash of the name so that people without
// facts don't all get the same line on the same day. The same input and day
// always give the same opener; consecutive days give different ones.
std::string ChooseOpener(const OpenerInput& input);

// The name in a pet fact, as stored, or "" when there is none:
//   "dog Biscuit" -> "Biscuit"        "Biscuit, a beagle" -> "Biscuit"
//   "two cats, Miso and Tofu" -> "Miso and Tofu"   "has a dog" -> ""
// A name is the first run of words that start with a capital or a non-ASCII
// letter and are not animal words ("Dog"), numbers ("Two"), articles,
// possessives or common verbs ("Has"); "and", "&" and commas join names. The
// word after "named" or "called" is a name in any case ("a cat named miso").
// Scanning stops at a place word ("in", "at", "from", ...), so "dog from
// Lisbon" has no name. Lower-case names are not recognised otherwise: "dog
// biscuit" gives "", and the opener falls back to "how's the dog?".
std::string PetName(std::string_view fact_text);

}  // namespace kith::core
