#include "util/date.h"

#include <fmt/format.h>

#include <charconv>
#include <chrono>
#include <ctime>

#include "util/text.h"

namespace kith {
namespace {

// Parses exactly `width` ASCII digits at text[pos].
bool Digits(std::string_view text, size_t pos, size_t width, int* out) {
  if (pos + width > text.size()) return false;
  int v = 0;
  for (size_t i = pos; i < pos + width; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    v = v * 10 + (text[i] - '0');
  }
  *out = v;
  return true;
}

Status BadDate(std::string_view text) {
  return Status::Invalid(
      fmt::format("invalid date '{}': expected YYYY-MM-DD (or --MM-DD without a year)", text));
}

int64_t UtcTime(const Date& d, int hour, int minute, int second) {
  using namespace std::chrono;
  auto days = sys_days(year_month_day(year(d.year), month(static_cast<unsigned>(d.month)),
                                      day(static_cast<unsigned>(d.day))));
  return static_cast<int64_t>(days.time_since_epoch().count()) * 86400 + hour * 3600 + minute * 60 +
         second;
}

// "N days ago", "Nd ago", "N weeks ago".
bool ParseAgo(std::string_view text, int64_t now, int64_t* out) {
  constexpr std::string_view kAgo = " ago";
  if (text.size() <= kAgo.size() || text.substr(text.size() - kAgo.size()) != kAgo) return false;
  auto days = ParseDays(Trim(text.substr(0, text.size() - kAgo.size())));
  if (!days) {
    std::string spelled(Trim(text.substr(0, text.size() - kAgo.size())));
    for (auto [word, unit] : {std::pair{" days", "d"},
                              {" day", "d"},
                              {" weeks", "w"},
                              {" week", "w"},
                              {" months", "m"},
                              {" month", "m"}}) {
      auto pos = spelled.find(word);
      if (pos != std::string::npos && pos + std::string_view(word).size() == spelled.size()) {
        days = ParseDays(spelled.substr(0, pos) + unit);
        break;
      }
    }
  }
  if (!days) return false;
  *out = now - static_cast<int64_t>(*days) * 86400;
  return true;
}

}  // namespace

bool IsRealDate(int y, int m, int d) {
  using namespace std::chrono;
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31) return false;
  return year_month_day(year(y), month(static_cast<unsigned>(m)), day(static_cast<unsigned>(d)))
      .ok();
}

Result<Date> ParseDate(std::string_view text) {
  text = Trim(text);
  Date d;
  if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
    if (!Digits(text, 0, 4, &d.year) || !Digits(text, 5, 2, &d.month) ||
        !Digits(text, 8, 2, &d.day) || !IsRealDate(d.year, d.month, d.day)) {
      return BadDate(text);
    }
    return d;
  }
  std::string_view md = text.substr(0, 2) == "--" ? text.substr(2) : text;
  if (md.size() == 5 && md[2] == '-' && Digits(md, 0, 2, &d.month) && Digits(md, 3, 2, &d.day) &&
      IsRealDate(2000, d.month, d.day)) {  // 2000 is a leap year: --02-29 is allowed
    return d;
  }
  return BadDate(text);
}

std::string FormatDate(const Date& d) {
  if (d.year == 0) return fmt::format("--{:02}-{:02}", d.month, d.day);
  return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day);
}

Result<int64_t> ParseWhen(std::string_view text, int64_t now) {
  text = Trim(text);
  std::string lower = AsciiLower(text);
  if (lower == "today" || lower == "now") return now;
  if (lower == "yesterday") return now - 86400;
  int64_t ago;
  if (ParseAgo(lower, now, &ago)) return ago;

  auto date = ParseDate(text.substr(0, 10));
  if (!date || date->year == 0) {
    return Status::Invalid(fmt::format(
        "invalid date '{}': expected YYYY-MM-DD, 'YYYY-MM-DD HH:MM', today, yesterday or "
        "'N days ago'",
        text));
  }
  if (text.size() == 10) return LocalTime(*date, 12, 0, 0);
  std::string_view rest = text.substr(10);
  int hour, minute, second = 0;
  bool ok = (rest[0] == ' ' || rest[0] == 'T') && Digits(rest, 1, 2, &hour) && rest.size() >= 6 &&
            rest[3] == ':' && Digits(rest, 4, 2, &minute) && hour < 24 && minute < 60;
  rest = ok ? rest.substr(6) : rest;
  if (ok && !rest.empty() && rest[0] == ':') {
    ok = Digits(rest, 1, 2, &second) && second < 60;
    rest = ok ? rest.substr(3) : rest;
  }
  if (ok && rest.empty()) return LocalTime(*date, hour, minute, second);
  if (ok && rest == "Z") return UtcTime(*date, hour, minute, second);
  return Status::Invalid(
      fmt::format("invalid time '{}': expected 'YYYY-MM-DD HH:MM' or YYYY-MM-DDTHH:MM:SSZ", text));
}

Result<int> ParseDays(std::string_view text) {
  text = Trim(text);
  int multiplier = 1;
  if (!text.empty()) {
    switch (text.back()) {
      case 'd':
        multiplier = 1;
        break;
      case 'w':
        multiplier = 7;
        break;
      case 'm':
        multiplier = 30;
        break;
      case 'y':
        multiplier = 365;
        break;
      default:
        multiplier = 0;
    }
    if (multiplier != 0) text.remove_suffix(1);
    if (multiplier == 0) multiplier = 1;
  }
  int n = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size() || n <= 0 ||
      static_cast<int64_t>(n) * multiplier > 36500) {
    return Status::Invalid(fmt::format(
        "invalid duration '{}': expected a number of days like 21d, 3w, 2m or 1y", text));
  }
  return n * multiplier;
}

Date LocalDate(int64_t t) {
  auto tt = static_cast<std::time_t>(t);
  std::tm tm{};
  localtime_r(&tt, &tm);
  return Date{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

std::string FormatDay(int64_t t) { return FormatDate(LocalDate(t)); }

Date NextOccurrence(const Date& d, const Date& today) {
  for (int year = today.year;; ++year) {
    int day = d.day;
    if (d.month == 2 && d.day == 29 && !IsRealDate(year, 2, 29)) day = 28;
    Date next{year, d.month, day};
    if (DaysBetween(today, next) >= 0) return next;
  }
}

int DaysBetween(const Date& a, const Date& b) {
  using namespace std::chrono;
  auto days = [](const Date& d) {
    return sys_days(year_month_day(year(d.year), month(static_cast<unsigned>(d.month)),
                                   day(static_cast<unsigned>(d.day))));
  };
  return static_cast<int>((days(b) - days(a)).count());
}

int64_t LocalNoon(const Date& d) { return LocalTime(d, 12, 0, 0); }

int64_t LocalTime(const Date& d, int hour, int minute, int second) {
  std::tm tm{};
  tm.tm_year = d.year - 1900;
  tm.tm_mon = d.month - 1;
  tm.tm_mday = d.day;
  tm.tm_hour = hour;
  tm.tm_min = minute;
  tm.tm_sec = second;
  tm.tm_isdst = -1;
  return static_cast<int64_t>(std::mktime(&tm));
}

}  // namespace kith
