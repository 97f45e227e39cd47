// Fuzzes WriteCalendar, the iCalendar writer (src/formats/ics.h).
//
// The input is split on 0x1F (unit separator) into fields: the calendar name,
// the DTSTAMP in decimal Unix seconds, then five fields per event: UID,
// SUMMARY, DESCRIPTION, date ("*" first for yearly, then YYYY-MM-DD or --MM-DD
// or any bytes, which become raw, possibly impossible, numbers) and categories
// (split on 0x1E). Checks what calendar apps rely on: CRLF everywhere, physical
// lines of at most 75 octets that are each valid UTF-8 (so no fold splits a
// character), only allowed characters, and that unfolding and unescaping UID,
// SUMMARY and DESCRIPTION gives back the input with line breaks normalized and
// control characters dropped.
#include <algorithm>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "formats/ics.h"
#include "util/date.h"
#include "util/text.h"

namespace {

using kith::formats::CalendarEvent;

constexpr size_t kFieldsPerEvent = 5;
constexpr size_t kMaxEvents = 64;

void Require(bool condition, const char* what) {
  if (condition) return;
  std::fprintf(stderr, "invariant failed: %s\n", what);
  std::abort();
}

std::vector<std::string_view> Split(std::string_view text, char sep) {
  std::vector<std::string_view> parts;
  for (size_t start = 0;;) {
    size_t end = text.find(sep, start);
    parts.push_back(text.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos) return parts;
    start = end + 1;
  }
}

int64_t ParseStamp(std::string_view text) {
  int64_t stamp = 0;
  std::from_chars(text.data(), text.data() + text.size(), stamp);
  return stamp;
}

// Raw bytes become raw numbers, so the writer's clamping gets exercised.
kith::Date RawDate(std::string_view text) {
  auto byte = [&](size_t i) { return i < text.size() ? static_cast<unsigned char>(text[i]) : 0; };
  return {(byte(0) << 8 | byte(1)) - 100, byte(2) % 16 - 1, byte(3) % 40 - 3};
}

CalendarEvent MakeEvent(const std::vector<std::string_view>& f) {
  CalendarEvent event{
      .uid = std::string(f[0]), .summary = std::string(f[1]), .description = std::string(f[2])};
  std::string_view date = f[3];
  event.yearly = !date.empty() && date[0] == '*';
  if (event.yearly) date.remove_prefix(1);
  kith::Result<kith::Date> parsed = kith::ParseDate(date);
  event.date = parsed ? *parsed : RawDate(date);
  if (event.date.year == 0 && parsed) event.date.year = 2024;
  for (std::string_view c : Split(f[4], '\x1e')) event.categories.emplace_back(c);
  return event;
}

// What the writer promises for valid UTF-8: CRLF and lone CR become LF, and
// control characters other than tab and LF (and DEL) disappear.
std::string Sanitized(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\r') {
      out += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else if (c >= 0x20 && c != 0x7F) {
      out += static_cast<char>(c);
    } else if (c == '\t' || c == '\n') {
      out += static_cast<char>(c);
    }
  }
  return out;
}

// The value of an RFC 5545 TEXT, or nothing when it is not well-formed TEXT
// (an unescaped ';' or ',', or a backslash before anything but \ ; , n N).
std::optional<std::string> Unescaped(std::string_view value) {
  std::string out;
  for (size_t i = 0; i < value.size(); ++i) {
    char c = value[i];
    if (c == ';' || c == ',') return std::nullopt;
    if (c != '\\') {
      out += c;
      continue;
    }
    if (++i == value.size()) return std::nullopt;
    char e = value[i];
    if (e == 'n' || e == 'N') {
      out += '\n';
    } else if (e == '\\' || e == ';' || e == ',') {
      out += e;
    } else {
      return std::nullopt;
    }
  }
  return out;
}

// Physical lines of `ics` without their CRLFs; requires CRLF after each.
std::vector<std::string_view> PhysicalLines(std::string_view ics) {
  std::vector<std::string_view> lines;
  while (!ics.empty()) {
    size_t end = ics.find("\r\n");
    Require(end != std::string_view::npos, "output does not end in CRLF");
    std::string_view line = ics.substr(0, end);
    Require(line.find_first_of("\r\n") == std::string_view::npos, "bare CR or LF");
    Require(line.size() <= 75, "physical line longer than 75 octets");
    Require(kith::IsValidUtf8(line), "physical line is not UTF-8 (split sequence?)");
    lines.push_back(line);
    ics.remove_prefix(end + 2);
  }
  return lines;
}

// Content lines after unfolding (RFC 5545 3.1).
std::vector<std::string> Unfold(const std::vector<std::string_view>& physical) {
  std::vector<std::string> lines;
  for (std::string_view line : physical) {
    if (!line.empty() && line[0] == ' ') {
      Require(!lines.empty(), "first line is a continuation");
      lines.back().append(line.substr(1));
    } else {
      lines.emplace_back(line);
    }
  }
  return lines;
}

void CheckContentLine(std::string_view line) {
  Require(line.find(':') != std::string_view::npos, "content line without ':'");
  for (char c : line) {
    auto u = static_cast<unsigned char>(c);
    Require(u == '\t' || (u >= 0x20 && u != 0x7F), "control character in a content line");
  }
}

// The TEXT value of property `name` within one event's lines, unescaped.
std::optional<std::string> TextValue(const std::vector<std::string>& lines, size_t begin,
                                     std::string_view name) {
  std::string prefix = std::string(name) + ":";
  for (size_t i = begin; i < lines.size() && lines[i] != "END:VEVENT"; ++i) {
    if (lines[i].rfind(prefix, 0) != 0) continue;
    std::optional<std::string> value = Unescaped(std::string_view(lines[i]).substr(prefix.size()));
    Require(value.has_value(), "TEXT value is not well-formed");
    return value;
  }
  return std::nullopt;
}

void CheckText(const std::optional<std::string>& got, const std::string& input) {
  Require(got.has_value(), "property missing");
  if (kith::IsValidUtf8(input)) Require(*got == Sanitized(input), "TEXT does not round-trip");
}

void CheckEvents(const std::vector<std::string>& lines, const std::vector<CalendarEvent>& events) {
  size_t n = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i] != "BEGIN:VEVENT") continue;
    Require(n < events.size(), "more VEVENTs than events");
    const CalendarEvent& event = events[n++];
    CheckText(TextValue(lines, i, "UID"), event.uid);
    CheckText(TextValue(lines, i, "SUMMARY"), event.summary);
    std::optional<std::string> description = TextValue(lines, i, "DESCRIPTION");
    Require(description.has_value() == !event.description.empty(), "DESCRIPTION presence");
    if (description) CheckText(description, event.description);
  }
  Require(n == events.size(), "fewer VEVENTs than events");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::vector<std::string_view> fields =
      Split(std::string_view(reinterpret_cast<const char*>(data), size), '\x1f');
  fields.resize(std::max<size_t>(fields.size(), 2));
  std::vector<CalendarEvent> events;
  for (size_t i = 2; i + kFieldsPerEvent <= fields.size() && events.size() < kMaxEvents;
       i += kFieldsPerEvent) {
    events.push_back(MakeEvent({fields.begin() + i, fields.begin() + i + kFieldsPerEvent}));
  }
  std::string ics = kith::formats::WriteCalendar(fields[0], events, ParseStamp(fields[1]));

  Require(kith::IsValidUtf8(ics), "output is not UTF-8");
  std::vector<std::string> lines = Unfold(PhysicalLines(ics));
  Require(lines.front() == "BEGIN:VCALENDAR" && lines.back() == "END:VCALENDAR", "envelope");
  for (const std::string& line : lines) CheckContentLine(line);
  std::optional<std::string> name = TextValue(lines, 0, "X-WR-CALNAME");
  CheckText(name, std::string(fields[0]));
  CheckEvents(lines, events);
  return 0;
}
