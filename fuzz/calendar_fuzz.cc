// Fuzzes ReadCalendar (src/formats/calendar_read.h) and libical under it.
//
// Reads the input as an .ics file with "now" fixed and a small cap. An error
// must name a line of the input; every occurrence must name the line of a
// BEGIN:VEVENT-ish line inside the input, start no later than `until`, stay
// within the cap per event, and list only people with a name or address.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <map>
#include <string_view>

#include "formats/calendar_read.h"

namespace {

constexpr int64_t kNow = 1795176000;  // 2026-11-20T12:00:00Z
constexpr int kCap = 20;

void Require(bool condition, const char* what) {
  if (condition) return;
  std::fprintf(stderr, "invariant failed: %s\n", what);
  std::abort();
}

int LineCount(std::string_view text) {
  int lines = 1;
  for (char c : text) lines += c == '\n';
  return lines;
}

// "line N: ..." with 1 <= N <= lines.
void CheckError(const std::string& message, int lines) {
  Require(message.starts_with("line "), "error does not start with 'line '");
  int n = std::atoi(message.c_str() + 5);
  Require(n >= 1 && n <= lines, "error names a line outside the input");
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  setenv("TZ", "UTC", 1);
  tzset();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  int lines = LineCount(text);
  std::map<int, int> per_line;
  kith::formats::CalendarReadOptions options{.until = kNow, .max_occurrences = kCap};
  kith::Status status =
      kith::formats::ReadCalendar(text, options, [&](const kith::formats::CalendarOccurrence& o) {
        Require(o.line >= 1 && o.line <= lines, "occurrence names a line outside the input");
        Require(o.start <= kNow, "occurrence after until");
        Require(++per_line[o.line] <= kCap, "more occurrences than the cap from one event");
        for (const auto& p : o.attendees) {
          Require(!p.name.empty() || !p.email.empty(), "attendee without name or address");
        }
        return kith::Status::Ok();
      });
  if (!status.ok()) CheckError(status.message(), lines);
  return 0;
}
