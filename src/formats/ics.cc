#include "formats/ics.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>

namespace kith::formats {
namespace {

namespace chrono = std::chrono;

// RFC 5545 3.1: lines SHOULD NOT be longer than 75 octets, excluding the line
// break. A continuation line spends one of them on its leading space.
constexpr size_t kMaxLineOctets = 75;
constexpr std::string_view kCrlf = "\r\n";
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Unix seconds of 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the range a
// four-digit UTC DTSTAMP can show.
constexpr int64_t kFirstStamp = -62135596800;
constexpr int64_t kLastStamp = 253402300799;

bool IsContinuationByte(unsigned char c) { return (c & 0xC0) == 0x80; }

bool InRange(unsigned char c, unsigned char lo, unsigned char hi) { return c >= lo && c <= hi; }

// Length of the well-formed UTF-8 sequence starting at s[i], or 0 when there is
// none. The second-byte ranges rule out overlong forms, surrogates and code
// points past U+10FFFF (Unicode table 3-7).
size_t SequenceLength(std::string_view s, size_t i) {
  auto lead = static_cast<unsigned char>(s[i]);
  if (lead < 0x80) return 1;
  size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
  unsigned char lo = 0x80, hi = 0xBF;
  if (lead < 0xC2 || lead > 0xF4) return 0;
  if (lead == 0xE0) lo = 0xA0;
  if (lead == 0xED) hi = 0x9F;
  if (lead == 0xF0) lo = 0x90;
  if (lead == 0xF4) hi = 0x8F;
  if (i + length > s.size()) return 0;
  if (!InRange(static_cast<unsigned char>(s[i + 1]), lo, hi)) return 0;
  for (size_t k = 2; k < length; ++k) {
    if (!IsContinuationByte(static_cast<unsigned char>(s[i + k]))) return 0;
  }
  return length;
}

// Appends one ASCII character as TEXT: escaped, or dropped when TEXT does not
// allow it (control characters other than tab, and DEL).
void AppendAscii(std::string* out, char c) {
  switch (c) {
    case '\\':
      *out += "\\\\";
      return;
    case ';':
      *out += "\\;";
      return;
    case ',':
      *out += "\\,";
      return;
    case '\n':
      *out += "\\n";
      return;
    case '\t':
      *out += '\t';
      return;
  }
  if (c >= 0x20 && c != 0x7F) *out += c;
}

// `date` moved into the range the header promises (see CalendarEvent::date).
chrono::year_month_day Clamp(const Date& date) {
  chrono::year year{std::clamp(date.year, 1, 9999)};
  chrono::month month{static_cast<unsigned>(std::clamp(date.month, 1, 12))};
  unsigned last = static_cast<unsigned>((year / month / chrono::last).day());
  chrono::day day{std::clamp(static_cast<unsigned>(std::max(date.day, 1)), 1u, last)};
  if (year == chrono::year{9999} && month == chrono::December && day == chrono::day{31}) {
    day = chrono::day{30};
  }
  return year / month / day;
}

std::string DateValue(chrono::year_month_day d) {
  return fmt::format("{:04}{:02}{:02}", static_cast<int>(d.year()),
                     static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
}

std::string UtcStamp(int64_t stamp) {
  chrono::sys_seconds t{chrono::seconds{std::clamp(stamp, kFirstStamp, kLastStamp)}};
  chrono::sys_days day = chrono::floor<chrono::days>(t);
  chrono::hh_mm_ss time{t - day};
  return fmt::format("{}T{:02}{:02}{:02}Z", DateValue(chrono::year_month_day{day}),
                     time.hours().count(), time.minutes().count(), time.seconds().count());
}

// A birthday on February 29 falls on the last day of February, so common years
// show it on the 28th; a plain FREQ=YEARLY would skip them (RFC 5545 3.3.10
// ignores invalid dates). `requested` is the date before clamping: 2023-02-29
// starts on 2023-02-28 but is still a leap-day birthday.
std::string RecurrenceRule(const Date& requested, chrono::year_month_day start) {
  bool leap_day = requested.month == 2 && requested.day == 29;
  if (leap_day || start.month() / start.day() == chrono::February / 29) {
    return "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1";
  }
  return "FREQ=YEARLY";
}

// CATEGORIES is a comma-separated list of TEXT values.
std::string CategoryList(const std::vector<std::string>& categories) {
  std::string list;
  for (const std::string& category : categories) {
    std::string escaped = EscapeText(category);
    if (escaped.empty()) continue;
    if (!list.empty()) list += ',';
    list += escaped;
  }
  return list;
}

void AppendLine(std::string* out, std::string_view name, std::string_view value) {
  std::string line;
  line.reserve(name.size() + 1 + value.size());
  line.append(name).append(":").append(value);
  *out += FoldLine(line);
}

void AppendEvent(std::string* out, const CalendarEvent& event, std::string_view stamp) {
  chrono::year_month_day start = Clamp(event.date);
  AppendLine(out, "BEGIN", "VEVENT");
  AppendLine(out, "UID", EscapeText(event.uid));
  AppendLine(out, "DTSTAMP", stamp);
  AppendLine(out, "DTSTART;VALUE=DATE", DateValue(start));
  AppendLine(out, "DTEND;VALUE=DATE", DateValue(chrono::sys_days{start} + chrono::days{1}));
  AppendLine(out, "SUMMARY", EscapeText(event.summary));
  if (!event.description.empty()) AppendLine(out, "DESCRIPTION", EscapeText(event.description));
  if (event.yearly) AppendLine(out, "RRULE", RecurrenceRule(event.date, start));
  std::string categories = CategoryList(event.categories);
  if (!categories.empty()) AppendLine(out, "CATEGORIES", categories);
  AppendLine(out, "TRANSP", "TRANSPARENT");
  AppendLine(out, "END", "VEVENT");
}

}  // namespace

std::string EscapeText(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (size_t i = 0; i < text.size();) {
    if (text[i] == '\r') {  // CRLF and a lone CR are line breaks too
      out += "\\n";
      i += text.substr(i, 2) == kCrlf ? 2 : 1;
      continue;
    }
    size_t length = SequenceLength(text, i);
    if (length == 0) {
      out += kReplacement;
      ++i;
      continue;
    }
    if (length == 1) {
      AppendAscii(&out, text[i]);
    } else {
      out.append(text.substr(i, length));
    }
    i += length;
  }
  return out;
}

std::string FoldLine(std::string_view line) {
  std::string out;
  out.reserve(line.size() + line.size() / 24 + kCrlf.size());
  size_t room = kMaxLineOctets;
  while (line.size() > room) {
    size_t cut = room;
    // Back up to the start of a UTF-8 sequence; text that is not UTF-8 (only
    // possible when a caller passes it here directly) is cut at the limit.
    while (cut > 0 && IsContinuationByte(static_cast<unsigned char>(line[cut]))) --cut;
    if (cut == 0) cut = room;
    out.append(line.substr(0, cut)).append(kCrlf).append(" ");
    line.remove_prefix(cut);
    room = kMaxLineOctets - 1;
  }
  out.append(line).append(kCrlf);
  return out;
}

std::string WriteCalendar(std::string_view name, const std::vector<CalendarEvent>& events,
                          int64_t stamp) {
  std::string out;
  AppendLine(&out, "BEGIN", "VCALENDAR");
  AppendLine(&out, "VERSION", "2.0");
  AppendLine(&out, "PRODID", "-//kith//kith//EN");
  AppendLine(&out, "CALSCALE", "GREGORIAN");
  AppendLine(&out, "METHOD", "PUBLISH");
  AppendLine(&out, "X-WR-CALNAME", EscapeText(name));
  std::string utc_stamp = UtcStamp(stamp);
  for (const CalendarEvent& event : events) AppendEvent(&out, event, utc_stamp);
  AppendLine(&out, "END", "VCALENDAR");
  return out;
}

}  // namespace kith::formats
