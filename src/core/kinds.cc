#include "core/kinds.h"

#include <array>
#include <utility>

namespace kith::core {
namespace {

template <typename E, size_t N>
using Table = std::array<std::pair<E, std::string_view>, N>;

constexpr Table<FactKind, 7> kFactKinds{{{FactKind::kPet, "pet"},
                                         {FactKind::kFamily, "family"},
                                         {FactKind::kHobby, "hobby"},
                                         {FactKind::kWork, "work"},
                                         {FactKind::kGoal, "goal"},
                                         {FactKind::kLike, "like"},
                                         {FactKind::kOther, "other"}}};
constexpr Table<ContactKind, 5> kContactKinds{{{ContactKind::kEmail, "email"},
                                               {ContactKind::kPhone, "phone"},
                                               {ContactKind::kUrl, "url"},
                                               {ContactKind::kHandle, "handle"},
                                               {ContactKind::kAddress, "address"}}};
constexpr Table<InteractionKind, 10> kInteractionKinds{{{InteractionKind::kCoffee, "coffee"},
                                                        {InteractionKind::kMeal, "meal"},
                                                        {InteractionKind::kCall, "call"},
                                                        {InteractionKind::kVideo, "video"},
                                                        {InteractionKind::kMessage, "message"},
                                                        {InteractionKind::kEmail, "email"},
                                                        {InteractionKind::kMeeting, "meeting"},
                                                        {InteractionKind::kEvent, "event"},
                                                        {InteractionKind::kHelp, "help"},
                                                        {InteractionKind::kOther, "other"}}};
constexpr Table<Direction, 3> kDirections{
    {{Direction::kOut, "out"}, {Direction::kIn, "in"}, {Direction::kMutual, "mutual"}}};

template <typename E, size_t N>
std::string_view Lookup(const Table<E, N>& table, E value) {
  for (const auto& [e, name] : table) {
    if (e == value) return name;
  }
  return "other";
}

template <typename E, size_t N>
std::optional<E> Find(const Table<E, N>& table, std::string_view name) {
  for (const auto& [e, n] : table) {
    if (n == name) return e;
  }
  return std::nullopt;
}

template <typename E, size_t N>
std::string List(const Table<E, N>& table) {
  std::string out;
  for (const auto& [e, name] : table) {
    if (!out.empty()) out += ", ";
    out += name;
  }
  return out;
}

}  // namespace

std::string_view Name(FactKind kind) { return Lookup(kFactKinds, kind); }
std::string_view Name(ContactKind kind) { return Lookup(kContactKinds, kind); }
std::string_view Name(InteractionKind kind) { return Lookup(kInteractionKinds, kind); }
std::string_view Name(Direction direction) { return Lookup(kDirections, direction); }
std::string_view Name(Side side) { return side == Side::kNeed ? "need" : "offer"; }

std::optional<FactKind> ParseFactKind(std::string_view name) { return Find(kFactKinds, name); }
std::optional<ContactKind> ParseContactKind(std::string_view name) {
  return Find(kContactKinds, name);
}
std::optional<InteractionKind> ParseInteractionKind(std::string_view name) {
  return Find(kInteractionKinds, name);
}
std::optional<Direction> ParseDirection(std::string_view name) { return Find(kDirections, name); }

std::string FactKindList() { return List(kFactKinds); }
std::string InteractionKindList() { return List(kInteractionKinds); }

Direction DefaultDirection(InteractionKind kind) {
  switch (kind) {
    case InteractionKind::kMessage:
    case InteractionKind::kEmail:
    case InteractionKind::kHelp:
      return Direction::kOut;
    default:
      return Direction::kMutual;
  }
}

}  // namespace kith::core
