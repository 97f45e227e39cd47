// iCalendar files into the ConversationLog (import/conversation_imports.h).
#include <fmt/format.h>

#include "formats/calendar_read.h"
#include "import/conversation_imports.h"
#include "import/conversations.h"
#include "util/text.h"

namespace kith::import {
namespace {

constexpr size_t kMaxPeople = 20;

Party ToParty(const formats::CalendarPerson& p) { return {p.name, p.email}; }

bool HasSomeone(const formats::CalendarPerson& p) { return !p.email.empty() || !p.name.empty(); }

// Everyone in the meeting, organizer first; people without an address are
// kept only by name.
std::vector<Party> PeopleOf(const formats::CalendarOccurrence& o) {
  std::vector<Party> out;
  if (HasSomeone(o.organizer)) out.push_back(ToParty(o.organizer));
  for (const auto& a : o.attendees) {
    if (!HasSomeone(a)) continue;
    if (!out.empty() && !a.email.empty() && AsciiLower(a.email) == AsciiLower(out[0].email)) {
      continue;  // the organizer, listed again as an attendee
    }
    out.push_back(ToParty(a));
  }
  return out;
}

}  // namespace

bool LooksLikeCalendar(std::string_view head) {
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  return StartsWithNoCase(Trim(head), "BEGIN:VCALENDAR");
}

Status ImportCalendar(std::string_view text, std::string_view source, int64_t now,
                      ImportSession& session) {
  formats::CalendarReadOptions options;
  options.until = now;
  Status s = formats::ReadCalendar(text, options, [&](const formats::CalendarOccurrence& o) {
    std::vector<Party> people = PeopleOf(o);
    if (people.size() < 2) {
      ++session.report.messages_skipped["events with no one else in them"];
      return Status::Ok();
    }
    if (people.size() > kMaxPeople) {
      ++session.report.messages_skipped["events with more than 20 people"];
      return Status::Ok();
    }
    Exchange e;
    e.source = "ics";
    e.source_key = fmt::format("{}/{}", o.uid, o.start);
    e.at = o.start;
    e.kind = core::InteractionKind::kMeeting;
    e.shape = Exchange::Shape::kMeeting;
    e.summary = o.summary.substr(0, 500);
    e.from = std::move(people[0]);
    e.others.assign(people.begin() + 1, people.end());
    session.conversations.Add(e);
    return Status::Ok();
  });
  if (!s.ok() && s.message().starts_with("line ")) {
    return Status::Invalid(fmt::format("{}:{}", source, s.message().substr(5)));
  }
  return s;
}

}  // namespace kith::import
