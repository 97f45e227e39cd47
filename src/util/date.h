// Calendar dates and points in time as kith reads and prints them.
//
// Times are Unix seconds (UTC). A date typed without a time ("2026-11-20")
// means noon local time that day, so the day stays the same for anyone within
// eleven hours of where it was typed. Dates of the year ("--04-12", a birthday
// without a year) have year 0. Pure functions apart from the local time zone
// (TZ), which they read; thread-safe.
//
//   Result<Date> d = ParseDate("1990-04-12");
//   Result<int64_t> t = ParseWhen("yesterday", now);
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "util/status.h"

namespace kith {

struct Date {
  int year = 0;  // 0: unknown year
  int month = 0;
  int day = 0;
  friend bool operator==(const Date&, const Date&) = default;
};

// "YYYY-MM-DD", "--MM-DD" or "MM-DD"; rejects impossible dates (2023-02-29).
Result<Date> ParseDate(std::string_view text);

// "1990-04-12", or "--04-12" without a year.
std::string FormatDate(const Date& date);

// A point in time from "YYYY-MM-DD", "YYYY-MM-DD HH:MM", ISO 8601
// "YYYY-MM-DDTHH:MM[:SS][Z]", "today", "yesterday", or "N days ago" / "Nd ago".
Result<int64_t> ParseWhen(std::string_view text, int64_t now);

// A duration in days from "21d", "3w", "2m" (30 days), "1y" (365 days) or a
// bare number of days. Must be positive and at most 100 years.
Result<int> ParseDays(std::string_view text);

// Local calendar date of a point in time.
Date LocalDate(int64_t unix_seconds);

// Local "YYYY-MM-DD" of a point in time.
std::string FormatDay(int64_t unix_seconds);

// Noon local time on a date (year must be known).
int64_t LocalNoon(const Date& date);

// Unix seconds of a wall-clock time on `date` in the local time zone (TZ),
// as mktime reads it (a time skipped by a DST change moves forward).
int64_t LocalTime(const Date& date, int hour, int minute, int second);

// The next date on or after `today` that falls on d's month and day; Feb 29
// falls on Feb 28 in common years.
Date NextOccurrence(const Date& d, const Date& today);

// Whole days from `a` to `b` (negative when b is earlier); years must be known.
int DaysBetween(const Date& a, const Date& b);

// True when year/month/day is a real calendar date.
bool IsRealDate(int year, int month, int day);

}  // namespace kith
