// The closed vocabularies of kith's data model: kinds of fact, contact point,
// interaction, direction and need/offer side, with their stored names.
//
// Every enum here is stored in the database by name (docs/schema.md), never by
// number, so the names are a file format: never rename one.
//
//   auto kind = ParseFactKind("pet");     // std::optional<FactKind>
//   std::string_view s = Name(FactKind::kPet);  // "pet"
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kith::core {

enum class FactKind { kPet, kFamily, kHobby, kWork, kGoal, kLike, kOther };
enum class ContactKind { kEmail, kPhone, kUrl, kHandle, kAddress };
enum class InteractionKind {
  kCoffee,
  kMeal,
  kCall,
  kVideo,
  kMessage,
  kEmail,
  kMeeting,
  kEvent,
  kHelp,
  kOther
};
// Who started it: I reached out, they did, or both (met up, a real exchange).
enum class Direction { kOut, kIn, kMutual };
enum class Side { kNeed, kOffer };

std::string_view Name(FactKind kind);
std::string_view Name(ContactKind kind);
std::string_view Name(InteractionKind kind);
std::string_view Name(Direction direction);
std::string_view Name(Side side);

std::optional<FactKind> ParseFactKind(std::string_view name);
std::optional<ContactKind> ParseContactKind(std::string_view name);
std::optional<InteractionKind> ParseInteractionKind(std::string_view name);
std::optional<Direction> ParseDirection(std::string_view name);

// "pet, family, hobby, work, goal, like, other" — for help and error text.
std::string FactKindList();
std::string InteractionKindList();

// The direction an interaction of this kind has when the user does not say:
// meeting in person or by voice is mutual; a message or email I log is mine.
Direction DefaultDirection(InteractionKind kind);

}  // namespace kith::core
