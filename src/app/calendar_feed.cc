#include "app/calendar_feed.h"

#include <fmt/format.h>

#include "app/keep_in_touch.h"
#include "formats/ics.h"
#include "store/queue.h"

namespace kith::app {
namespace {

std::string DateSummary(const std::string& name, const std::string& kind) {
  if (kind == "birthday") return name + "'s birthday";
  return fmt::format("{}: {}", name, kind);
}

// A year for a date typed without one: this year's, or 2000 for Feb 29 so the
// yearly rule's first occurrence is a real date.
Date Anchored(const Date& d, const Date& today) {
  if (d.year != 0) return d;
  return Date{d.month == 2 && d.day == 29 ? 2000 : today.year, d.month, d.day};
}

void AddDates(const std::vector<core::QueueCandidate>& people, const Date& today,
              std::vector<formats::CalendarEvent>& out) {
  for (const auto& p : people) {
    for (const auto& d : p.dates) {
      formats::CalendarEvent e;
      e.uid = fmt::format("date-{}@kith", d.id);
      e.summary = DateSummary(p.name, d.kind);
      if (d.date.year != 0 && d.kind == "birthday") {
        e.description = fmt::format("Born {}.", FormatDate(d.date));
      }
      e.date = Anchored(d.date, today);
      e.yearly = true;
      e.categories = {"kith", d.kind};
      out.push_back(std::move(e));
    }
  }
}

formats::CalendarEvent Reminder(int64_t person_id, const std::string& name, const Date& day,
                                std::string description) {
  formats::CalendarEvent e;
  e.uid = fmt::format("reconnect-{}-{}@kith", person_id, FormatDate(day));
  e.summary = "Reconnect with " + name;
  e.description = std::move(description);
  e.date = day;
  e.categories = {"kith", "reconnect"};
  return e;
}

}  // namespace

Result<std::string> CalendarFeed(Context& ctx, int days) {
  Date today = LocalDate(ctx.now);
  std::vector<formats::CalendarEvent> events;
  auto queue = Today(ctx, static_cast<size_t>(ctx.config.queue_size));
  if (!queue) return queue.status();
  for (const auto& e : *queue) {
    events.push_back(
        Reminder(e.person.id, e.person.name, today,
                 fmt::format("{}\n\n{}\n\nkith done {}", e.reason, e.opener, e.person.id)));
  }
  auto upcoming = ListUpcoming(ctx, days);
  if (!upcoming) return upcoming.status();
  for (const auto& d : upcoming->due) {
    events.push_back(
        Reminder(d.person.id, d.person.name, LocalDate(*d.assessment.due_at),
                 fmt::format("Due: {} circle, every {} days.", core::Name(d.assessment.circle),
                             d.assessment.cadence_days)));
  }
  auto people = store::LoadQueueCandidates(ctx.db);
  if (!people) return people.status();
  AddDates(*people, today, events);
  return formats::WriteCalendar("kith", events, ctx.now);
}

}  // namespace kith::app
