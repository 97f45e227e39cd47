#include "formats/calendar_read.h"

#include <fmt/format.h>
#include <libical/ical.h>

#include <algorithm>
#include <ctime>
#include <deque>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "formats/vcard_line.h"
#include "formats/vcard_text.h"
#include "util/date.h"
#include "util/text.h"

namespace kith::formats {
namespace {

using detail::EqualsNoCase;

constexpr size_t kMaxCalendarBytes = size_t{64} << 20;
constexpr size_t kMaxDepth = 64;  // libical frees components recursively
// Rule steps per kept occurrence before giving up on reaching `until`, so an
// open-ended FREQ=SECONDLY rule from 1970 cannot run for hours.
constexpr int64_t kStepsPerOccurrence = 100;

struct ComponentDeleter {
  void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentDeleter>;

struct IteratorDeleter {
  void operator()(icalrecur_iterator* it) const { icalrecur_iterator_free(it); }
};
using IteratorPtr = std::unique_ptr<icalrecur_iterator, IteratorDeleter>;

Status Fail(int line, std::string_view what) {
  return Status::Invalid(fmt::format("line {}: {}", line, what));
}

// A logical content line split at its name, as libical reads a BEGIN line:
// "BEGIN;X=1:VEVENT;Y=2" gives name "BEGIN" and value "VEVENT".
struct NameValue {
  std::string_view name;
  std::string_view value;
};

NameValue SplitNameValue(std::string_view line) {
  size_t colon = line.find(':');
  if (colon == std::string_view::npos) return {};
  std::string_view head = line.substr(0, colon);
  std::string_view value = line.substr(colon + 1);
  return {Trim(head.substr(0, head.find(';'))), Trim(value.substr(0, value.find(';')))};
}

// What the reader needs from the text before libical sees it: that it is a
// calendar, the line of each BEGIN:VEVENT in order, and that components are
// closed and not nested absurdly deep.
class LineScan {
 public:
  Status Run(std::string_view text) {
    detail::LineReader lines(text);
    while (!lines.done()) {
      int number = lines.number();
      NameValue nv = SplitNameValue(Unfold(lines));
      if (!seen_content_ && nv.name.empty() && Trim(logical_).empty()) continue;
      if (!seen_content_ &&
          !(EqualsNoCase(nv.name, "BEGIN") && EqualsNoCase(nv.value, "VCALENDAR"))) {
        return Fail(number, "not an iCalendar file (expected BEGIN:VCALENDAR)");
      }
      seen_content_ = true;
      KITH_RETURN_IF_ERROR(Track(number, nv));
    }
    if (!seen_content_) return Fail(1, "not an iCalendar file (expected BEGIN:VCALENDAR)");
    if (!open_.empty()) {
      const auto& [name, line] = open_.back();
      return Fail(line, fmt::format("BEGIN:{0} without END:{0}", name));
    }
    return Status::Ok();
  }
  const std::vector<int>& event_lines() const { return event_lines_; }

 private:
  std::string_view Unfold(detail::LineReader& lines) {
    std::string_view first = lines.Take();
    if (!lines.AtFold()) return logical_ = first;
    buffer_.assign(first);
    while (lines.AtFold()) buffer_.append(lines.Take().substr(1));
    return logical_ = buffer_;
  }

  Status Track(int number, const NameValue& nv) {
    if (EqualsNoCase(nv.name, "BEGIN")) {
      if (open_.size() >= kMaxDepth) return Fail(number, "components nested too deeply");
      if (EqualsNoCase(nv.value, "VEVENT")) event_lines_.push_back(number);
      open_.emplace_back(AsciiUpper(nv.value), number);
    } else if (EqualsNoCase(nv.name, "END")) {
      // libical would print a warning to stderr and go on.
      std::string name = AsciiUpper(nv.value);
      if (open_.empty()) return Fail(number, fmt::format("END:{0} without BEGIN:{0}", name));
      if (open_.back().first != name) {
        return Fail(number,
                    fmt::format("END:{} where END:{} was expected", name, open_.back().first));
      }
      open_.pop_back();
    }
    return Status::Ok();
  }

  static std::string AsciiUpper(std::string_view text) {
    std::string upper(text);
    for (char& c : upper) c = detail::ToUpper(c);
    return upper;
  }

  std::string buffer_;
  std::string_view logical_;
  bool seen_content_ = false;
  std::vector<std::pair<std::string, int>> open_;  // component name, BEGIN line
  std::vector<int> event_lines_;
};

// The VEVENTs of a parsed calendar in document order, each with its line.
struct Event {
  icalcomponent* component;
  int line;
};

std::vector<Event> CollectEvents(icalcomponent* root, const std::vector<int>& lines) {
  std::vector<Event> events;
  std::vector<icalcomponent*> stack = {root};
  while (!stack.empty()) {
    icalcomponent* c = stack.back();
    stack.pop_back();
    if (icalcomponent_isa(c) == ICAL_VEVENT_COMPONENT) {
      // libical and the scan agree on what a BEGIN:VEVENT is; the fallback
      // only keeps a line number in range if they ever do not.
      size_t i = events.size();
      events.push_back({c, i < lines.size() ? lines[i] : (lines.empty() ? 1 : lines.back())});
    }
    std::vector<icalcomponent*> children;
    for (icalcomponent* k = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); k;
         k = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT)) {
      children.push_back(k);
    }
    stack.insert(stack.end(), children.rbegin(), children.rend());
  }
  return events;
}

int64_t LocalTime(const icaltimetype& t, int hour, int minute, int second) {
  return kith::LocalTime(Date{t.year, t.month, t.day}, hour, minute, second);
}

// Unix seconds of a DATE or DATE-TIME, as calendar_read.h describes.
int64_t ToUnix(const icaltimetype& t) {
  if (t.is_date) return LocalTime(t, 12, 0, 0);
  if (t.zone) return static_cast<int64_t>(icaltime_as_timet_with_zone(t, t.zone));
  return LocalTime(t, t.hour, t.minute, t.second);
}

// A property's DATE or DATE-TIME with its TZID resolved against the calendar.
icaltimetype PropertyTime(icalproperty* p, icalcomponent* event) {
  return icalproperty_get_datetime_with_component(p, event);
}

std::string Text(const char* s) { return s ? std::string(Trim(s)) : std::string(); }

std::string StripMailto(std::string_view address) {
  address = Trim(address);
  if (StartsWithNoCase(address, "mailto:")) address = Trim(address.substr(7));
  return std::string(address);
}

const char* Parameter(icalproperty* p, icalparameter_kind kind,
                      const char* (*get)(const icalparameter*)) {
  icalparameter* param = icalproperty_get_first_parameter(p, kind);
  return param ? get(param) : nullptr;
}

// ORGANIZER or ATTENDEE as a person. An address that is not mailto: (Apple's
// urn:uuid:...) gives way to an EMAIL parameter. A CN that only repeats the
// address (Google writes CN=ana@example.com) is not a name.
CalendarPerson ToPerson(icalproperty* p) {
  const char* value = icalproperty_get_value_as_string(p);
  CalendarPerson person;
  std::string_view address = value ? Trim(value) : std::string_view();
  if (StartsWithNoCase(address, "mailto:")) person.email = StripMailto(address);
  if (person.email.empty()) {
    person.email = StripMailto(Text(Parameter(p, ICAL_EMAIL_PARAMETER, icalparameter_get_email)));
  }
  person.name = Text(Parameter(p, ICAL_CN_PARAMETER, icalparameter_get_cn));
  if (AsciiLower(StripMailto(person.name)) == AsciiLower(person.email)) person.name.clear();
  return person;
}

bool Attends(icalproperty* p) {
  icalparameter* partstat = icalproperty_get_first_parameter(p, ICAL_PARTSTAT_PARAMETER);
  if (partstat && icalparameter_get_partstat(partstat) == ICAL_PARTSTAT_DECLINED) return false;
  icalparameter* role = icalproperty_get_first_parameter(p, ICAL_ROLE_PARAMETER);
  if (role && icalparameter_get_role(role) == ICAL_ROLE_NONPARTICIPANT) return false;
  icalparameter* cutype = icalproperty_get_first_parameter(p, ICAL_CUTYPE_PARAMETER);
  icalparameter_cutype type = cutype ? icalparameter_get_cutype(cutype) : ICAL_CUTYPE_INDIVIDUAL;
  return type != ICAL_CUTYPE_ROOM && type != ICAL_CUTYPE_RESOURCE && type != ICAL_CUTYPE_GROUP;
}

bool Cancelled(icalcomponent* event) {
  return icalcomponent_get_first_property(event, ICAL_STATUS_PROPERTY) &&
         icalcomponent_get_status(event) == ICAL_STATUS_CANCELLED;
}

std::string Uid(icalcomponent* event) {
  icalproperty* p = icalcomponent_get_first_property(event, ICAL_UID_PROPERTY);
  return p ? Text(icalproperty_get_uid(p)) : std::string();
}

// An occurrence, before it is turned into a CalendarOccurrence: the event it
// comes from (the master or an override) and when it starts.
struct Slot {
  const Event* event;
  int64_t start;
};

// An event with a RECURRENCE-ID, replacing one occurrence of its master.
struct Override {
  const Event* event;
  bool used = false;
};

class Reader {
 public:
  Reader(const CalendarReadOptions& options,
         const std::function<Status(const CalendarOccurrence&)>& on_occurrence)
      : until_(options.until),
        max_(std::max(1, options.max_occurrences)),
        on_occurrence_(on_occurrence) {}

  Status Run(const std::vector<Event>& events) {
    for (const Event& e : events) KITH_RETURN_IF_ERROR(CheckStart(e));
    for (const Event& e : events) {
      if (icalcomponent_get_first_property(e.component, ICAL_RECURRENCEID_PROPERTY)) AddOverride(e);
    }
    for (const Event& e : events) {
      if (!icalcomponent_get_first_property(e.component, ICAL_RECURRENCEID_PROPERTY)) {
        KITH_RETURN_IF_ERROR(Expand(e));
      }
    }
    for (Override& o : overrides_) {
      if (o.used) continue;
      KITH_RETURN_IF_ERROR(Emit({o.event, ToUnix(Start(o.event->component))}));
    }
    return Status::Ok();
  }

 private:
  using Key = std::pair<std::string, int64_t>;  // UID, RECURRENCE-ID

  static icaltimetype Start(icalcomponent* event) {
    icalproperty* p = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
    return p ? PropertyTime(p, event) : icaltime_null_time();
  }

  static Status CheckStart(const Event& e) {
    if (!icaltime_is_null_time(Start(e.component))) return Status::Ok();
    for (icalproperty* p = icalcomponent_get_first_property(e.component, ICAL_XLICERROR_PROPERTY);
         p; p = icalcomponent_get_next_property(e.component, ICAL_XLICERROR_PROPERTY)) {
      const char* what = icalproperty_get_xlicerror(p);
      if (what && std::string_view(what).find("DTSTART") != std::string_view::npos) {
        return Fail(e.line, "invalid DTSTART");
      }
    }
    return Fail(e.line, "event without DTSTART");
  }

  // A later override of the same occurrence supersedes an earlier one.
  void AddOverride(const Event& e) {
    icalproperty* p = icalcomponent_get_first_property(e.component, ICAL_RECURRENCEID_PROPERTY);
    Key key{Uid(e.component), ToUnix(PropertyTime(p, e.component))};
    auto [it, added] = by_key_.try_emplace(key, overrides_.size());
    if (!added) overrides_[it->second].used = true;
    it->second = overrides_.size();
    overrides_.push_back({&e});
  }

  Status Expand(const Event& master) {
    std::deque<Slot> kept;  // the most recent max_ occurrences so far
    std::set<int64_t> excluded = Exdates(master.component);
    std::string uid = Uid(master.component);
    ForEachStart(master.component, [&](int64_t start) {
      if (excluded.count(start)) {
        Take(uid, start);
        return;
      }
      const Event* from = Take(uid, start);
      if (from && Cancelled(from->component)) return;
      kept.push_back({from ? from : &master, from ? ToUnix(Start(from->component)) : start});
      if (kept.size() > static_cast<size_t>(max_)) kept.pop_front();
    });
    if (Cancelled(master.component)) return Status::Ok();
    for (const Slot& slot : kept) KITH_RETURN_IF_ERROR(Emit(slot));
    return Status::Ok();
  }

  // The override for this occurrence, marked used, or null.
  const Event* Take(const std::string& uid, int64_t start) {
    auto it = by_key_.find({uid, start});
    if (it == by_key_.end()) return nullptr;
    overrides_[it->second].used = true;
    return overrides_[it->second].event;
  }

  static std::set<int64_t> Exdates(icalcomponent* event) {
    std::set<int64_t> out;
    for (icalproperty* p = icalcomponent_get_first_property(event, ICAL_EXDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(event, ICAL_EXDATE_PROPERTY)) {
      icaltimetype t = PropertyTime(p, event);
      if (!icaltime_is_null_time(t)) out.insert(ToUnix(t));
    }
    return out;
  }

  // Calls `f` with each start up to until_, from DTSTART and the first RRULE,
  // for at most max_ * kStepsPerOccurrence rule steps.
  template <typename F>
  void ForEachStart(icalcomponent* event, F&& f) const {
    icaltimetype dtstart = Start(event);
    icalproperty* rule = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY);
    IteratorPtr it(rule ? icalrecur_iterator_new(icalproperty_get_rrule(rule), dtstart) : nullptr);
    icalerror_clear_errno();  // a bad rule sets it; the event then happens once
    if (!it) {
      if (int64_t start = ToUnix(dtstart); start <= until_) f(start);
      return;
    }
    int64_t steps = static_cast<int64_t>(max_) * kStepsPerOccurrence;
    for (icaltimetype t = icalrecur_iterator_next(it.get());
         !icaltime_is_null_time(t) && steps-- > 0; t = icalrecur_iterator_next(it.get())) {
      t.zone = dtstart.zone;
      int64_t start = ToUnix(t);
      if (start > until_) break;
      f(start);
    }
  }

  Status Emit(const Slot& slot) {
    icalcomponent* event = slot.event->component;
    if (slot.start > until_ || Cancelled(event)) return Status::Ok();
    CalendarOccurrence o;
    o.line = slot.event->line;
    o.uid = Uid(event);
    o.start = slot.start;
    icalproperty* summary = icalcomponent_get_first_property(event, ICAL_SUMMARY_PROPERTY);
    o.summary = summary ? Text(icalproperty_get_summary(summary)) : std::string();
    icalproperty* organizer = icalcomponent_get_first_property(event, ICAL_ORGANIZER_PROPERTY);
    if (organizer) o.organizer = ToPerson(organizer);
    for (icalproperty* p = icalcomponent_get_first_property(event, ICAL_ATTENDEE_PROPERTY); p;
         p = icalcomponent_get_next_property(event, ICAL_ATTENDEE_PROPERTY)) {
      if (!Attends(p)) continue;
      CalendarPerson person = ToPerson(p);
      if (!person.name.empty() || !person.email.empty()) o.attendees.push_back(std::move(person));
    }
    return on_occurrence_(o);
  }

  int64_t until_;
  int max_;
  const std::function<Status(const CalendarOccurrence&)>& on_occurrence_;
  std::vector<Override> overrides_;
  std::map<Key, size_t> by_key_;  // the override in force for each occurrence
};

}  // namespace

Status ReadCalendar(std::string_view text, const CalendarReadOptions& options,
                    const std::function<Status(const CalendarOccurrence&)>& on_occurrence) {
  if (text.size() > kMaxCalendarBytes) return Fail(1, "calendar larger than 64 MB");
  LineScan scan;
  KITH_RETURN_IF_ERROR(scan.Run(text));
  // libical reports bad lines as X-LIC-ERROR properties and goes on; only the
  // process-wide "errors are fatal" switch could make it abort instead.
  static const bool kNotFatal = (icalerror_set_errors_are_fatal(0), true);
  (void)kNotFatal;
  icalerror_clear_errno();
  ComponentPtr root(icalparser_parse_string(std::string(text).c_str()));
  icalerrorenum error = icalerrno;
  icalerror_clear_errno();
  if (!root && (error == ICAL_NEWFAILED_ERROR || error == ICAL_ALLOCATION_ERROR)) {
    return Status::Internal("libical ran out of memory reading the calendar");
  }
  if (!root) return Status::Ok();
  return Reader(options, on_occurrence).Run(CollectEvents(root.get(), scan.event_lines()));
}

}  // namespace kith::formats
