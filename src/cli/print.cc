#include "cli/print.h"

#include <fmt/format.h>

#include "util/date.h"
#include "util/text.h"

namespace kith::cli {
namespace {

constexpr size_t kLabel = 10;

// Prints `label` then each line, continuation lines indented under it.
void Section(std::FILE* out, const std::string& label, const std::vector<std::string>& lines) {
  for (size_t i = 0; i < lines.size(); ++i) {
    fmt::print(out, "{}{}\n", Pad(i == 0 ? label : "", kLabel), lines[i]);
  }
}

std::string Headline(const core::Person& p) {
  std::string line;
  if (!p.title.empty() && !p.company.empty()) {
    line = p.title + " at " + p.company;
  } else {
    line = p.title.empty() ? p.company : p.title;
  }
  if (!p.location.empty()) line += (line.empty() ? "" : " · ") + p.location;
  return line;
}

std::string MetLine(const core::Person& p) {
  std::vector<std::string> parts;
  if (!p.met_where.empty()) parts.push_back("at " + p.met_where);
  if (p.met_through)
    parts.push_back(fmt::format("via {} (#{})", p.met_through->name, p.met_through->id));
  if (!p.met_how.empty()) parts.push_back(p.met_how);
  if (p.met_on) parts.push_back("on " + FormatDay(*p.met_on));
  return fmt::format("{}", fmt::join(parts, ", "));
}

std::string DirectionPhrase(core::Direction d) {
  switch (d) {
    case core::Direction::kIn:
      return "they reached out";
    case core::Direction::kOut:
      return "you reached out";
    case core::Direction::kMutual:
      return "together";
  }
  return "";
}

std::string DateLine(const core::ImportantDate& d, int64_t now) {
  Date today = LocalDate(now);
  Date next = NextOccurrence(d.date, today);
  int days = DaysBetween(today, next);
  std::string when = days == 0 ? "today" : days == 1 ? "tomorrow" : fmt::format("in {} days", days);
  std::string line = fmt::format("{:<12} {} (next {}", d.kind, FormatDate(d.date), when);
  if (d.date.year != 0 && d.kind == "birthday")
    line += fmt::format(", turns {}", next.year - d.date.year);
  return line + ")";
}

std::vector<std::string> ContactLines(const std::vector<core::ContactPoint>& contacts) {
  std::vector<std::string> lines;
  for (const auto& c : contacts) {
    std::string line = fmt::format("{:<8} {}", core::Name(c.kind), c.value);
    if (!c.label.empty()) line += " (" + c.label + ")";
    lines.push_back(line);
  }
  return lines;
}

std::vector<std::string> HistoryLines(const core::Brief& b, int64_t now) {
  std::vector<std::string> lines;
  if (b.interaction_count == 0) return {"no interactions yet"};
  lines.push_back(fmt::format("{} interaction{} · last {}", b.interaction_count,
                              b.interaction_count == 1 ? "" : "s",
                              Ago(*b.last_interaction_at, now)));
  for (const auto& in : b.recent) {
    std::string line = fmt::format("{}  {}, {}", FormatDay(in.at), core::Name(in.kind),
                                   DirectionPhrase(in.direction));
    std::vector<std::string> others;
    for (const auto& p : in.participants) {
      if (p.id != b.person.id) others.push_back(p.name);
    }
    if (!others.empty()) line += fmt::format(", with {}", fmt::join(others, ", "));
    if (!in.summary.empty()) line += " — " + in.summary;
    lines.push_back(line);
  }
  return lines;
}

}  // namespace

std::string Pad(const std::string& text, size_t width) {
  size_t len = Utf8Length(text);
  return len >= width ? text + " " : text + std::string(width - len, ' ');
}

std::string Ago(int64_t then, int64_t now) {
  int days = DaysBetween(LocalDate(then), LocalDate(now));
  if (days == 0) return "today";
  if (days == 1) return "yesterday";
  if (days == -1) return "tomorrow";
  if (days < 0) return fmt::format("in {} days", -days);
  if (days < 60) return fmt::format("{} days ago", days);
  if (days < 730) return fmt::format("{} months ago", days / 30);
  return fmt::format("{} years ago", days / 365);
}

void PrintBrief(std::FILE* out, const core::Brief& b, int64_t now) {
  const auto& p = b.person;
  fmt::print(out, "{} (#{}){}\n", p.name, p.id,
             p.archived_at ? fmt::format("  [archived {}]", FormatDay(*p.archived_at)) : "");
  if (auto headline = Headline(p); !headline.empty()) fmt::print(out, "{}\n", headline);
  Section(out, "Contact", ContactLines(b.contacts));
  if (auto met = MetLine(p); !met.empty()) Section(out, "Met", {met});
  if (!b.tags.empty()) Section(out, "Tags", {fmt::format("{}", fmt::join(b.tags, ", "))});
  if (!b.groups.empty()) Section(out, "Groups", {fmt::format("{}", fmt::join(b.groups, ", "))});
  std::vector<std::string> events;
  for (const auto& e : b.events) {
    events.push_back(fmt::format("{}{}{}", e.at ? FormatDay(*e.at) + " " : "", e.name,
                                 e.place.empty() ? "" : " (" + e.place + ")"));
  }
  if (!events.empty()) Section(out, "Met at", events);
  std::vector<std::string> opps;
  for (const auto& o : b.opportunities) {
    opps.push_back(fmt::format("#{} {} ({}, {})", o.id, o.title, o.kind, o.status));
  }
  if (!opps.empty()) Section(out, "Opportunities", opps);
  std::vector<std::string> intros;
  for (const auto& i : b.intros) {
    intros.push_back(fmt::format("#{} with {} (#{}): {}{}", i.id, i.other.name, i.other.id, i.state,
                                 i.outcome.empty() ? "" : " — " + i.outcome));
  }
  if (!intros.empty()) Section(out, "Intros", intros);
  std::vector<std::string> matters, needs, offers, dates, notes;
  for (const auto& f : b.facts)
    matters.push_back(fmt::format("{:<7} {}", core::Name(f.kind), f.text));
  for (const auto& n : b.needs_offers) {
    std::string text = n.open ? n.text : n.text + " (met)";
    (n.side == core::Side::kNeed ? needs : offers).push_back(text);
  }
  for (const auto& d : b.dates) dates.push_back(DateLine(d, now));
  for (const auto& n : b.notes) notes.push_back(FormatDay(n.created_at) + "  " + n.body);
  Section(out, "Matters", matters);
  Section(out, "Needs", needs);
  Section(out, "Offers", offers);
  Section(out, "Dates", dates);
  Section(out, "Notes", notes);
  Section(out, "History", HistoryLines(b, now));
}

void PrintList(std::FILE* out, const std::vector<core::PersonSummary>& people, int64_t now) {
  for (const auto& s : people) {
    std::string role =
        s.title.empty() || s.company.empty() ? s.title + s.company : s.title + ", " + s.company;
    std::string last = s.last_interaction_at ? "last " + Ago(*s.last_interaction_at, now) : "";
    std::string tags = s.tags.empty() ? "" : fmt::format("#{}", fmt::join(s.tags, " #"));
    std::string line = Pad(fmt::format("#{}", s.id), 7) + Pad(s.name, 24) + Pad(role, 30) +
                       Pad(tags, 20) + last + (s.archived ? " [archived]" : "");
    fmt::print(out, "{}\n", Trim(line));
  }
  fmt::print(out, "{} {}\n", people.size(), people.size() == 1 ? "person" : "people");
}

void PrintSummary(std::FILE* out, const store::NetworkSummary& s, int64_t now) {
  fmt::print(out, "{} people", s.people);
  if (s.archived > 0) fmt::print(out, " ({} archived)", s.archived);
  fmt::print(out, " · {} interactions · {} known ties between them\n", s.interactions,
             s.knows_edges);
  if (s.first_interaction_at) {
    fmt::print(out, "History from {} to {} · {} interactions in the last 30 days\n",
               FormatDay(*s.first_interaction_at), FormatDay(*s.last_interaction_at),
               s.interactions_last_30_days);
  }
  fmt::print(out, "{} facts remembered · {} open needs · {} open offers\n", s.facts, s.open_needs,
             s.open_offers);
  auto counts = [](const auto& items) {
    std::vector<std::string> parts;
    for (const auto& [name, n] : items) parts.push_back(fmt::format("{} ({})", name, n));
    return fmt::format("{}", fmt::join(parts, ", "));
  };
  if (!s.top_tags.empty()) fmt::print(out, "Top tags: {}\n", counts(s.top_tags));
  if (!s.top_companies.empty()) fmt::print(out, "Top companies: {}\n", counts(s.top_companies));
  if (s.most_in_touch) {
    fmt::print(out, "Most in touch this year: {} (#{})\n", s.most_in_touch->name,
               s.most_in_touch->id);
  }
  (void)now;
}

void PrintPrepared(std::FILE* out, const app::PreparedPerson& p, int64_t id) {
  fmt::print(out, "{}{}\n", p.person.name,
             id ? fmt::format(" (#{}, added)", id) : " (dry run: nothing written)");
  std::vector<std::pair<std::string, std::string>> rows;
  auto add = [&](const std::string& label, const std::string& value) {
    if (!value.empty()) rows.emplace_back(label, value);
  };
  add("company", p.person.company);
  add("title", p.person.title);
  add("location", p.person.location);
  add("met at", p.person.met_where);
  if (p.person.met_through)
    add("via", fmt::format("{} (#{})", p.person.met_through->name, p.person.met_through->id));
  add("how met", p.person.met_how);
  if (p.person.met_on) add("met on", FormatDay(*p.person.met_on));
  for (const auto& c : p.contacts) add(std::string(core::Name(c.kind)), c.value);
  for (const auto& f : p.facts) add(std::string(core::Name(f.kind)), f.text);
  for (const auto& n : p.needs) add("needs", n);
  for (const auto& o : p.offers) add("offers", o);
  for (const auto& t : p.tags) add("tag", t);
  for (const auto& d : p.dates) add(d.kind, FormatDate(d.date));
  for (const auto& n : p.notes) add("note", n);
  for (const auto& [label, value] : rows) fmt::print(out, "  {}{}\n", Pad(label, kLabel), value);
  for (const auto& w : p.warnings) fmt::print(stderr, "kith: note: {}\n", w);
}

void PrintJson(std::FILE* out, const nlohmann::json& value) {
  fmt::print(out, "{}\n", value.dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
}

}  // namespace kith::cli
