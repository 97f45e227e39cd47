#include "core/reason.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>

#include "util/date.h"
#include "util/text.h"

namespace kith::core {
namespace {

constexpr std::string_view kSeparator = " · ";
constexpr int kDaysPerYear = 365;

// How the last interaction is named in "last: {word} 3 days ago"; "other"
// says nothing, so it reads "last: 3 days ago".
struct KindWord {
  InteractionKind kind;
  std::string_view word;
};
constexpr KindWord kKindWords[] = {
    {InteractionKind::kCoffee, "coffee"},   {InteractionKind::kMeal, "meal"},
    {InteractionKind::kCall, "call"},       {InteractionKind::kVideo, "video call"},
    {InteractionKind::kMessage, "message"}, {InteractionKind::kEmail, "email"},
    {InteractionKind::kMeeting, "meeting"}, {InteractionKind::kEvent, "event"},
    {InteractionKind::kHelp, "help"},       {InteractionKind::kOther, ""},
};

std::string_view KindWordOf(std::optional<InteractionKind> kind) {
  for (const KindWord& k : kKindWords) {
    if (kind == k.kind) return k.word;
  }
  return "";
}

// Whole local days from `at` to `now`; a time in the future counts as today.
int DaysAgo(int64_t at, int64_t now) {
  return std::max(0, DaysBetween(LocalDate(at), LocalDate(now)));
}

std::string Ago(int days) {
  if (days == 0) return "today";
  if (days == 1) return "yesterday";
  if (days < kDaysPerYear) return fmt::format("{} days ago", days);
  int years = days / kDaysPerYear;
  std::string span = years == 1 ? "a year" : fmt::format("{} years", years);
  return fmt::format("{}{} ago", days % kDaysPerYear == 0 ? "" : "over ", span);
}

std::string InDays(int days) {
  if (days == 0) return "today";
  if (days == 1) return "tomorrow";
  return fmt::format("in {} days", days);
}

using Part = std::optional<std::string> (*)(const ReasonInput& input);

std::optional<std::string> DatePart(const ReasonInput& in) {
  if (!in.upcoming || in.days_to_upcoming < 0) return std::nullopt;
  std::string_view kind = Trim(in.upcoming->kind);
  if (kind.empty()) kind = "important date";
  return fmt::format("{} {}", kind, InDays(in.days_to_upcoming));
}

std::optional<std::string> NeverPart(const ReasonInput& in) {
  if (!in.never) return std::nullopt;
  return "never in touch";
}

bool Overdue(const ReasonInput& in) {
  return std::isfinite(in.overdue_ratio) && in.overdue_ratio >= 1.0;
}

std::optional<std::string> OverduePart(const ReasonInput& in) {
  if (!Overdue(in)) return std::nullopt;
  return fmt::format("{:.1f}x overdue", in.overdue_ratio);
}

// The cadence the user set says more than the rhythm kith inferred, so the
// rhythm is only mentioned when the person is not overdue.
std::optional<std::string> RhythmPart(const ReasonInput& in) {
  if (Overdue(in) || !in.drifting_by_rhythm || !in.last_at) return std::nullopt;
  if (!std::isfinite(in.usual_gap_days) || in.usual_gap_days <= 0) return std::nullopt;
  double ratio = DaysAgo(*in.last_at, in.now) / in.usual_gap_days;
  long usual = std::max(1L, std::lround(in.usual_gap_days));
  return fmt::format("quiet for {:.1f}x their usual {} day{}", ratio, usual, usual == 1 ? "" : "s");
}

std::optional<std::string> LastPart(const ReasonInput& in) {
  if (in.never || !in.last_at) return std::nullopt;
  std::string_view word = KindWordOf(in.last_kind);
  std::string ago = Ago(DaysAgo(*in.last_at, in.now));
  if (word.empty()) return fmt::format("last: {}", ago);
  return fmt::format("last: {} {}", word, ago);
}

std::optional<std::string> DirectionPart(const ReasonInput& in) {
  if (in.never || !in.last_direction) return std::nullopt;
  if (*in.last_direction == Direction::kIn) return "they reached out last";
  if (*in.last_direction == Direction::kOut) return "you reached out last";
  return std::nullopt;  // mutual: nobody owes a message
}

constexpr Part kParts[] = {DatePart, NeverPart, OverduePart, RhythmPart, LastPart, DirectionPart};

}  // namespace

std::string ReasonLine(const ReasonInput& input) {
  std::string line;
  for (Part part : kParts) {
    std::optional<std::string> text = part(input);
    if (!text) continue;
    if (!line.empty()) line += kSeparator;
    line += *text;
  }
  return line;
}

}  // namespace kith::core
