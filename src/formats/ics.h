// iCalendar (RFC 5545) writer for `kith export --format ics`: yearly
// birthdays and important dates, and reconnect reminders, as all-day events a
// calendar app can subscribe to or import.
//
//   std::vector<CalendarEvent> events = {{.uid = "birthday-12@kith",
//                                         .summary = "Ben Okafor's birthday",
//                                         .date = {1990, 4, 12},
//                                         .yearly = true}};
//   std::string ics = WriteCalendar("kith", events, clock.Now());
//
// The writer never fails: any input, including invalid UTF-8 and control
// characters, yields a well-formed calendar (see EscapeText and the notes on
// CalendarEvent::date). It does not read the clock or the time zone; the
// DTSTAMP comes from the caller. Pure functions, thread-safe. The format is
// described in docs/formats.md.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "util/date.h"

namespace kith::formats {

// One all-day event. Every member has an initializer so designated
// initializers may leave any of them out (g++ warns otherwise).
struct CalendarEvent {
  // Stable across exports so calendar apps update events instead of
  // duplicating them, e.g. "birthday-12@kith" or "reconnect-12@kith".
  std::string uid = {};
  std::string summary = {};      // "Ben Okafor's birthday"
  std::string description = {};  // may be empty (then no DESCRIPTION is written)
  // The day of the event; the year must be known (callers pick one for
  // "--MM-DD" dates). Out-of-range parts are clamped so the output stays
  // valid: year to 1..9999, month to 1..12, day to the month's last day
  // (2023-02-29 becomes 2023-02-28), and 9999-12-31 to 9999-12-30 so that
  // DTEND (the next day) still has four year digits.
  Date date = {};
  // Repeats every year. An event on February 29 repeats on the last day of
  // February (RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1), so it shows on
  // Feb 28 in common years instead of only every fourth year.
  bool yearly = false;
  std::vector<std::string> categories = {};  // empty ones are skipped
};

// A whole VCALENDAR named `name` (X-WR-CALNAME) with one VEVENT per event, in
// order. `stamp` (Unix seconds) becomes every event's DTSTAMP in UTC. Lines end
// in CRLF and are folded with FoldLine. With no events the calendar has no
// components, which RFC 5545 formally disallows but calendar apps accept as
// "nothing to show".
std::string WriteCalendar(std::string_view name, const std::vector<CalendarEvent>& events,
                          int64_t stamp);

// `text` as an RFC 5545 TEXT value (section 3.3.11): backslash, semicolon and
// comma are escaped with a backslash, and line breaks (LF, CRLF or a lone CR)
// become "\n". Characters TEXT does not allow are removed: ASCII control
// characters other than tab, and DEL. Bytes that are not well-formed UTF-8
// become U+FFFD, so the result is always valid UTF-8.
std::string EscapeText(std::string_view text);

// One content line (without its line break) folded so that no physical line is
// longer than 75 octets, never inside a UTF-8 sequence: each continuation line
// starts with one space. Every physical line, including the last, ends in CRLF.
std::string FoldLine(std::string_view line);

}  // namespace kith::formats
