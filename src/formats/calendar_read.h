// iCalendar (RFC 5545) reading for `kith import`: the meetings in a calendar
// export (Google Calendar, Outlook, Apple), one CalendarOccurrence per time
// a meeting took place, with the people in it.
//
//   CalendarReadOptions options{.until = clock.Now()};
//   Status s = ReadCalendar(text, options, [&](const CalendarOccurrence& o) {
//     for (const CalendarPerson& p : o.attendees) Meet(p.email, o.start);
//     return Status::Ok();
//   });
//   // s.message(): "line 12: event without DTSTART"; the importer puts the
//   // file name in front.
//
// Parsing, time zones and recurrence rules are libical's; this file decides
// what counts: cancelled events, declined attendees, rooms and resources are
// left out, recurring events are expanded up to `until`, and moved or
// cancelled occurrences (RECURRENCE-ID) replace the ones they override. The
// format notes are in docs/formats.md.
//
// Times without a zone (floating times, all-day dates) are read in the local
// time zone (TZ). libical keeps a process-wide cache of time zones, and the
// first call switches off libical's process-wide "errors are fatal" flag (off
// in Debian's build anyway); apart from that the reader keeps no state and may
// run on several threads.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "util/status.h"

namespace kith::formats {

struct CalendarPerson {
  std::string name;   // CN, unescaped; empty when missing or just the address again
  std::string email;  // the cal-address without "mailto:" (any case), or the EMAIL parameter
};

// One occurrence of an event. (The name CalendarEvent belongs to the writer,
// formats/ics.h.)
struct CalendarOccurrence {
  int line = 0;  // 1-based line of the BEGIN:VEVENT this occurrence comes from
  std::string uid;
  // Unix seconds. DATE-TIME values with a TZID are converted with the file's
  // VTIMEZONE (or the system zone of that name); floating times in local time;
  // an all-day DATE means noon local time that day, as in util/date.h.
  int64_t start = 0;
  std::string summary;
  CalendarPerson organizer;  // empty when there is none
  // In file order. Left out: PARTSTAT=DECLINED, ROLE=NON-PARTICIPANT,
  // CUTYPE=ROOM, RESOURCE or GROUP, and attendees with neither name nor address.
  std::vector<CalendarPerson> attendees;
};

struct CalendarReadOptions {
  int64_t until = 0;  // occurrences starting after this (usually "now") are left out
  // At most this many occurrences per recurring event (at least 1); when more
  // start before `until`, the most recent ones are kept.
  int max_occurrences = 1000;
};

// Calls `on_occurrence` for each occurrence that starts on or before
// options.until: first the events in file order, each one's occurrences in
// time order, then overrides (RECURRENCE-ID) whose occurrence is not among
// their event's (the master event is missing, or they moved an occurrence from
// after `until` to before it). STATUS:CANCELLED events and occurrences are
// skipped. Stops at the first error, or at the first non-Ok status the
// callback returns, and returns it. Errors name the line:
//   "line 1: not an iCalendar file (expected BEGIN:VCALENDAR)"
//   "line 40: event without DTSTART"
//   "line 1: calendar larger than 64 MB"
Status ReadCalendar(std::string_view text, const CalendarReadOptions& options,
                    const std::function<Status(const CalendarOccurrence&)>& on_occurrence);

}  // namespace kith::formats
