// Date: values (RFC 5322 section 3.3 and the obsolete forms of section 4.3).
//
// Mail clients have written every variation over thirty years, so the parser
// reads tokens, not a fixed layout: an optional weekday, then "day month year"
// or asctime's "month day time year", a time with or without seconds, and a
// zone as digits or a name. Comments ("(CEST)") are skipped. Unknown zone
// names count as UTC, as section 4.3 asks.
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

#include "formats/mail.h"
#include "util/date.h"

namespace kith::formats {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                      "jul", "aug", "sep", "oct", "nov", "dec"};

struct Zone {
  std::string_view name;
  int minutes;
};
constexpr std::array<Zone, 12> kZones = {{{"ut", 0},
                                          {"utc", 0},
                                          {"gmt", 0},
                                          {"z", 0},
                                          {"edt", -4 * 60},
                                          {"est", -5 * 60},
                                          {"cdt", -5 * 60},
                                          {"cst", -6 * 60},
                                          {"mdt", -6 * 60},
                                          {"mst", -7 * 60},
                                          {"pdt", -7 * 60},
                                          {"pst", -8 * 60}}};

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool EqualsLower(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (Lower(word[i]) != lower[i]) return false;
  }
  return true;
}

// Splits a Date: value into words: runs of letters, runs of digits, signed
// zone offsets and ':'-joined times stay whole; spaces, commas and comments
// separate them.
class Words {
 public:
  explicit Words(std::string_view text) : text_(text) {}

  std::string_view Next() {
    SkipSeparators();
    size_t begin = i_;
    if (i_ < text_.size() && (text_[i_] == '+' || text_[i_] == '-')) ++i_;
    while (i_ < text_.size() && !IsSeparator(text_[i_])) ++i_;
    return text_.substr(begin, i_ - begin);
  }

 private:
  static bool IsSeparator(char c) {
    return c == ' ' || c == '\t' || c == ',' || c == '(' || c == '\r' || c == '\n';
  }
  void SkipSeparators() {
    while (i_ < text_.size()) {
      if (text_[i_] == '(') {
        SkipComment();
      } else if (IsSeparator(text_[i_])) {
        ++i_;
      } else {
        return;
      }
    }
  }
  void SkipComment() {
    int depth = 0;
    for (; i_ < text_.size(); ++i_) {
      if (text_[i_] == '\\') {
        ++i_;
      } else if (text_[i_] == '(') {
        ++depth;
      } else if (text_[i_] == ')' && --depth == 0) {
        ++i_;
        return;
      }
    }
    i_ = text_.size();  // unterminated, perhaps after a final backslash
  }

  std::string_view text_;
  size_t i_ = 0;
};

// A run of at most `max_digits` digits, or -1.
int Number(std::string_view word, size_t max_digits) {
  if (word.empty() || word.size() > max_digits) return -1;
  int n = 0;
  for (char c : word) {
    if (!IsDigit(c)) return -1;
    n = n * 10 + (c - '0');
  }
  return n;
}

// 1..12 from "Jul", "July", "jul."; 0 when not a month.
int Month(std::string_view word) {
  if (word.size() < 3) return 0;
  for (size_t m = 0; m < kMonths.size(); ++m) {
    if (EqualsLower(word.substr(0, 3), kMonths[m])) return static_cast<int>(m) + 1;
  }
  return 0;
}

// Two-digit years are 1950-2049; three-digit ones count from 1900 (RFC 5322 4.3).
int Year(std::string_view word) {
  int y = Number(word, 4);
  if (y < 0) return -1;
  if (word.size() == 2) return y < 50 ? 2000 + y : 1900 + y;
  if (word.size() == 3) return 1900 + y;
  return word.size() == 4 ? y : -1;
}

struct Clock {
  int hour = 0, minute = 0, second = 0;
};

// "10:52:37", "10:52" or "10.52.37"; false if not a time.
bool Time(std::string_view word, Clock& t) {
  int parts[3] = {0, 0, 0};
  int n = 0;
  size_t begin = 0;
  for (size_t i = 0; i <= word.size(); ++i) {
    if (i < word.size() && word[i] != ':' && word[i] != '.') continue;
    if (n == 3) return false;
    parts[n] = Number(word.substr(begin, i - begin), 2);
    if (parts[n++] < 0) return false;
    begin = i + 1;
  }
  t = {parts[0], parts[1], parts[2]};
  return n >= 2 && t.hour < 24 && t.minute < 60 && t.second <= 60;
}

// Minutes east of UTC from "+0200", "-0430", "GMT", "EST", "+02:00";
// unknown names and military letters are UTC. False if not a zone at all.
bool ZoneOffset(std::string_view word, int& minutes) {
  minutes = 0;
  if (word.size() > 3 && EqualsLower(word.substr(0, 3), "gmt")) word.remove_prefix(3);
  if (!word.empty() && (word[0] == '+' || word[0] == '-')) {
    bool colon = word.size() == 6 && word[3] == ':';
    if (word.size() != 5 && !colon) return false;
    int hours = Number(word.substr(1, 2), 2);
    int mins = Number(word.substr(colon ? 4 : 3, 2), 2);
    if (hours < 0 || mins < 0 || mins >= 60) return false;
    minutes = word[0] == '-' ? -(hours * 60 + mins) : hours * 60 + mins;
    return true;
  }
  for (const Zone& zone : kZones) {
    if (EqualsLower(word, zone.name)) {
      minutes = zone.minutes;
      return true;
    }
  }
  for (char c : word) {
    if (!IsAlpha(c)) return false;
  }
  return !word.empty() && word.size() <= 5;
}

// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
int64_t DaysFromCivil(int64_t y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

}  // namespace

std::optional<int64_t> ParseMailDate(std::string_view value) {
  Words words(value);
  std::string_view w = words.Next();
  if (!w.empty() && IsAlpha(w[0]) && Month(w) == 0) w = words.Next();  // the weekday
  int day, month, year;
  Clock time;
  if (int m = Month(w); m != 0) {  // asctime: Jul 1 10:52:37 2003
    month = m;
    day = Number(words.Next(), 2);
    if (!Time(words.Next(), time)) return std::nullopt;
    year = Year(words.Next());
  } else {  // 1 Jul 2003 10:52:37
    day = Number(w, 2);
    month = Month(words.Next());
    year = Year(words.Next());
    if (!Time(words.Next(), time)) return std::nullopt;
  }
  if (year < 1900 || !IsRealDate(year, month, day)) return std::nullopt;
  int zone = 0;
  if (std::string_view z = words.Next(); !z.empty() && !ZoneOffset(z, zone)) return std::nullopt;
  if (time.second == 60) time.second = 59;  // a leap second
  int64_t seconds =
      DaysFromCivil(year, month, day) * 86400 + time.hour * 3600 + time.minute * 60 + time.second;
  return seconds - int64_t{zone} * 60;
}

}  // namespace kith::formats
