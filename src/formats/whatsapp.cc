#include "formats/whatsapp.h"

#include <fmt/format.h>

#include <algorithm>
#include <ctime>
#include <string>
#include <utility>

#include "util/date.h"
#include "util/text.h"

namespace kith::formats {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kLeftToRight = "\xE2\x80\x8E";  // U+200E, iPhone notices
constexpr std::string_view kNarrowSpace = "\xE2\x80\xAF";  // U+202F, before AM/PM
constexpr std::string_view kNoBreakSpace = "\xC2\xA0";     // U+00A0

enum class Meridiem { kNone, kAm, kPm };

// The date and time a line starts with, as written: fields a/b/c of the date
// in the file's order, which ReadWhatsApp decides.
struct Stamp {
  int a = 0, b = 0, c = 0;
  bool year_first = false;  // 2020-12-31
  int hour = 0, minute = 0, second = 0;
  Meridiem meridiem = Meridiem::kNone;
  std::string_view rest;  // after "] " or " - "
};

class Cursor {
 public:
  explicit Cursor(std::string_view s) : s_(s) {}
  std::string_view rest() const { return s_; }
  bool Take(std::string_view prefix) {
    if (!s_.starts_with(prefix)) return false;
    s_.remove_prefix(prefix.size());
    return true;
  }
  bool TakeNoCase(std::string_view prefix) {
    if (!StartsWithNoCase(s_, prefix)) return false;
    s_.remove_prefix(prefix.size());
    return true;
  }
  // 1 to `max` digits; `*digits` says how many.
  bool Number(size_t max, int* out, size_t* digits = nullptr) {
    size_t n = 0;
    int v = 0;
    while (n < s_.size() && n < max && s_[n] >= '0' && s_[n] <= '9') v = v * 10 + (s_[n++] - '0');
    if (n == 0 || (n < s_.size() && s_[n] >= '0' && s_[n] <= '9')) return false;
    s_.remove_prefix(n);
    *out = v;
    if (digits) *digits = n;
    return true;
  }
  // Spaces, including the narrow and no-break ones newer exports write.
  bool Spaces() {
    size_t before = s_.size();
    while (Take(" ") || Take(kNarrowSpace) || Take(kNoBreakSpace)) {
    }
    return s_.size() < before;
  }

 private:
  std::string_view s_;
};

bool ParseDate(Cursor& in, Stamp* st) {
  size_t a_digits = 0, c_digits = 0;
  if (!in.Number(4, &st->a, &a_digits)) return false;
  std::string_view rest = in.rest();
  if (rest.empty() || (rest[0] != '/' && rest[0] != '.' && rest[0] != '-')) return false;
  std::string_view sep = rest.substr(0, 1);
  if (!in.Take(sep) || !in.Number(2, &st->b) || !in.Take(sep)) return false;
  if (!in.Number(4, &st->c, &c_digits)) return false;
  st->year_first = a_digits == 4;
  if (st->year_first) return c_digits <= 2;
  return a_digits <= 2 && (c_digits == 2 || c_digits == 4);
}

bool ParseTime(Cursor& in, Stamp* st) {
  size_t digits = 0;
  if (!in.Number(2, &st->hour) || !in.Take(":") || !in.Number(2, &st->minute, &digits) ||
      digits != 2) {
    return false;
  }
  if (in.Take(":") && (!in.Number(2, &st->second, &digits) || digits != 2)) return false;
  Cursor probe = in;
  probe.Spaces();
  for (auto [word, meridiem] : {std::pair{"AM", Meridiem::kAm},
                                {"PM", Meridiem::kPm},
                                {"a.m.", Meridiem::kAm},
                                {"p.m.", Meridiem::kPm},
                                {"a. m.", Meridiem::kAm},
                                {"p. m.", Meridiem::kPm}}) {
    if (!probe.TakeNoCase(word)) continue;
    st->meridiem = meridiem;
    in = probe;
    break;
  }
  return true;
}

// "[31.12.20, 23:59:59] rest" or "31/12/2020, 23:59 - rest".
bool ParseStamp(std::string_view line, Stamp* st) {
  Cursor in(line);
  in.Take(kLeftToRight);
  bool bracket = in.Take("[");
  if (!ParseDate(in, st)) return false;
  in.Take(",");
  if (!in.Spaces() || !ParseTime(in, st)) return false;
  if (bracket ? !(in.Take("]") && in.Spaces()) : !(in.Spaces() && in.Take("- "))) return false;
  st->rest = in.rest();
  return true;
}

enum class Order { kDayFirst, kMonthFirst };

// Unix seconds of a stamp read in `order`, or false when no such time exists.
bool ToUnix(const Stamp& st, Order order, int64_t* out) {
  int year = st.c, month = st.b, day = st.a;
  if (st.year_first) {
    year = st.a;
    day = st.c;
  } else if (order == Order::kMonthFirst) {
    month = st.a;
    day = st.b;
  }
  if (year < 100) year += 2000;
  int hour = st.hour;
  if (st.meridiem != Meridiem::kNone) {
    if (hour < 1 || hour > 12) return false;
    hour = hour % 12 + (st.meridiem == Meridiem::kPm ? 12 : 0);
  }
  if (!IsRealDate(year, month, day) || hour > 23 || st.minute > 59 || st.second > 59) return false;
  *out = LocalTime(Date{year, month, day}, hour, st.minute, st.second);
  return true;
}

// Calls f(number, line) for each line without its line break.
template <typename F>
void ForEachLine(std::string_view text, F&& f) {
  if (text.starts_with(kBom)) text.remove_prefix(kBom.size());
  for (int number = 1; !text.empty(); ++number) {
    size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    if (line.ends_with('\r')) line.remove_suffix(1);
    f(number, line);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
  }
}

Order DetectOrder(std::string_view text) {
  int day_first = 0, month_first = 0;
  bool meridiem = false;
  ForEachLine(text, [&](int, std::string_view line) {
    Stamp st;
    if (!ParseStamp(line, &st) || st.year_first) return;
    day_first += st.a > 12 && st.a <= 31;
    month_first += st.b > 12 && st.b <= 31;
    meridiem |= st.meridiem != Meridiem::kNone;
  });
  if (day_first != month_first)
    return day_first > month_first ? Order::kDayFirst : Order::kMonthFirst;
  return meridiem ? Order::kMonthFirst : Order::kDayFirst;
}

// Bidirectional marks phones put around names and numbers, and the "~ " newer
// exports put before people who are not in the address book.
std::string CleanSender(std::string_view s) {
  static constexpr std::string_view kMarks[] = {"\xE2\x80\x8E",
                                                "\xE2\x80\x8F",
                                                "\xE2\x80\xAA",
                                                "\xE2\x80\xAB",
                                                "\xE2\x80\xAC",
                                                "\xE2\x80\xAD",
                                                "\xE2\x80\xAE",
                                                "\xE2\x81\xA6",
                                                "\xE2\x81\xA7",
                                                "\xE2\x81\xA8",
                                                "\xE2\x81\xA9",
                                                kNarrowSpace,
                                                kNoBreakSpace,
                                                " ",
                                                "~"};
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    for (std::string_view mark : kMarks) {
      if (s.starts_with(mark)) {
        s.remove_prefix(mark.size());
        trimmed = true;
      }
      if (s.ends_with(mark) && mark != "~") {
        s.remove_suffix(mark.size());
        trimmed = true;
      }
    }
  }
  return std::string(s);
}

class Reader {
 public:
  Reader(std::string_view text, const std::function<Status(const ChatMessage&)>& on_message)
      : text_(text), on_message_(on_message), order_(DetectOrder(text)) {}

  Status Run() {
    ForEachLine(text_, [this](int number, std::string_view line) {
      if (status_.ok()) status_ = Line(number, line);
    });
    KITH_RETURN_IF_ERROR(status_);
    if (!started_) return Status::Invalid("line 1: not a WhatsApp chat export");
    return Flush();
  }

 private:
  Status Line(int number, std::string_view line) {
    Stamp st;
    int64_t at = 0;
    bool dated = ParseStamp(line, &st) && ToUnix(st, order_, &at);
    if (!started_ && !dated && Trim(line).empty()) return Status::Ok();
    if (!started_ && !dated) {
      return Status::Invalid(fmt::format("line {}: not a WhatsApp chat export", number));
    }
    started_ = true;
    if (!dated) {
      if (open_ && !Trim(line).empty()) end_ = line.data() + line.size();
      return Status::Ok();
    }
    KITH_RETURN_IF_ERROR(Flush());
    Start(number, at, st.rest);
    return Status::Ok();
  }

  // A dated line: a message "Sender: text", or a notice, which closes the
  // message before it and is skipped.
  void Start(int number, int64_t at, std::string_view rest) {
    open_ = false;
    if (rest.starts_with(kLeftToRight)) return;  // iPhone: "‎Ana added Ben"
    size_t colon = rest.find(": ");
    if (colon == std::string_view::npos && rest.ends_with(':')) colon = rest.size() - 1;
    if (colon == std::string_view::npos) return;
    std::string_view body = rest.substr(std::min(colon + 2, rest.size()));
    if (body.starts_with(kLeftToRight) && body.find("end-to-end encrypt") != body.npos) return;
    message_.sender = CleanSender(rest.substr(0, colon));
    if (message_.sender.empty()) return;
    message_.line = number;
    message_.at = at;
    begin_ = body.data();
    end_ = body.data() + body.size();
    open_ = true;
  }

  Status Flush() {
    if (!open_) return Status::Ok();
    open_ = false;
    std::string_view text(begin_, static_cast<size_t>(end_ - begin_));
    if (text.find('\r') != std::string_view::npos) {
      joined_.clear();
      ForEachLine(text, [this](int number, std::string_view line) {
        if (number > 1) joined_ += '\n';
        joined_ += line;
      });
      text = joined_;
    }
    message_.text = text;
    return on_message_(message_);
  }

  std::string_view text_;
  const std::function<Status(const ChatMessage&)>& on_message_;
  Order order_;
  Status status_;
  bool started_ = false;
  bool open_ = false;  // message_ waits for its continuation lines
  ChatMessage message_;
  const char* begin_ = nullptr;  // message_'s text in text_
  const char* end_ = nullptr;
  std::string joined_;
};

}  // namespace

Status ReadWhatsApp(std::string_view text,
                    const std::function<Status(const ChatMessage&)>& on_message) {
  return Reader(text, on_message).Run();
}

}  // namespace kith::formats
