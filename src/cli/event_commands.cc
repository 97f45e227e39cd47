// Verbs for events and groups: event add/met/list, followups, group join/list.
#include <fmt/format.h>

#include "app/events.h"
#include "app/json_events.h"
#include "cli/command.h"
#include "cli/print.h"
#include "util/text.h"

namespace kith::cli {
namespace {

struct EventAddOptions {
  std::string name, date, place;
};

struct EventMetOptions {
  std::string event;
  std::vector<std::string> people;
};

struct EventListOptions {
  std::string match;
  int limit = 20;
  bool json = false;
};

struct FollowupsOptions {
  int days = 14;
  bool json = false;
};

struct GroupJoinOptions {
  std::string group;
  std::vector<std::string> people;
};

struct GroupListOptions {
  std::string group;
  bool json = false;
};

template <typename T, typename... Extra>
nlohmann::json Items(const std::vector<T>& items, const Extra&... extra) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& item : items) out.push_back(app::ToJson(item, extra...));
  return out;
}

std::string Names(const std::vector<core::PersonRef>& people) {
  std::vector<std::string> names;
  for (const auto& p : people) names.push_back(fmt::format("{} (#{})", p.name, p.id));
  return fmt::format("{}", fmt::join(names, ", "));
}

std::string When(const store::Event& e) {
  return e.starts_at ? FormatDay(*e.starts_at) : "no date";
}

Status RunEventAdd(Env& env, const EventAddOptions& o) {
  auto ctx = env.Open();
  if (!ctx) return ctx.status();
  auto event = app::AddEvent(**ctx, o.name, o.date, o.place);
  if (!event) return event.status();
  fmt::print(env.out(), "Added event #{} {} on {}{}\n", event->id, event->name, When(*event),
             event->place.empty() ? "" : " at " + event->place);
  return Status::Ok();
}

Status RunEventMet(Env& env, const EventMetOptions& o) {
  auto ctx = env.Open();
  if (!ctx) return ctx.status();
  auto report = app::MetAt(**ctx, o.event, o.people);
  if (!report) return report.status();
  if (!report->added.empty()) {
    fmt::print(env.out(), "Met at {} ({}): {}\n", report->event.name, When(report->event),
               Names(report->added));
  }
  if (!report->already.empty()) {
    fmt::print(env.out(), "Already recorded: {}\n", Names(report->already));
  }
  fmt::print(env.out(), "Follow up within {} hours: kith followups\n", app::kFollowUpHours);
  return Status::Ok();
}

Status RunEventList(Env& env, const EventListOptions& o) {
  auto ctx = env.Open();
  if (!ctx) return ctx.status();
  auto events = store::FindEvents((*ctx)->db, Fold(o.match), o.limit);
  if (!events) return events.status();
  if (o.json) {
    PrintJson(env.out(), Items(*events));
    return Status::Ok();
  }
  if (events->empty()) fmt::print(env.out(), "No events yet: kith event add NAME --date DATE\n");
  for (const auto& e : *events) {
    fmt::print(env.out(), "#{:<5} {}  {}{}  · met {}\n", e.id, When(e), e.name,
               e.place.empty() ? "" : " (" + e.place + ")", e.met);
  }
  return Status::Ok();
}

Status RunFollowups(Env& env, const FollowupsOptions& o) {
  auto ctx = env.Open();
  if (!ctx) return ctx.status();
  auto list = app::Followups(**ctx, o.days);
  if (!list) return list.status();
  if (o.json) {
    PrintJson(env.out(), Items(*list, env.now()));
    return Status::Ok();
  }
  if (list->empty()) {
    fmt::print(env.out(),
               "Nobody to follow up: everyone you met at events in the last {} days "
               "has heard from you.\n",
               o.days);
    return Status::Ok();
  }
  for (const auto& f : *list) {
    int64_t hours = (f.due_at - env.now()) / 3600;
    std::string due =
        f.overdue ? fmt::format("{} h late", -hours) : fmt::format("{} h left", hours);
    fmt::print(env.out(), "{:<28} #{:<5} met at {} ({})  · {}\n", f.met.person.name,
               f.met.person.id, f.met.event.name, When(f.met.event), due);
  }
  fmt::print(env.out(), "When you have written: kith log PERSON message (or kith done PERSON)\n");
  return Status::Ok();
}

Status RunGroupJoin(Env& env, const GroupJoinOptions& o) {
  auto ctx = env.Open();
  if (!ctx) return ctx.status();
  auto joined = app::JoinGroup(**ctx, o.group, o.people);
  if (!joined) return joined.status();
  if (!joined->added.empty())
    fmt::print(env.out(), "{}: added {}\n", joined->group, Names(joined->added));
  if (!joined->already.empty()) {
    fmt::print(env.out(), "{}: already in it: {}\n", joined->group, Names(joined->already));
  }
  return Status::Ok();
}

Status RunGroupList(Env& env, const GroupListOptions& o) {
  auto ctx = env.Open();
  if (!ctx) return ctx.status();
  auto groups = store::ListGroups((*ctx)->db, Fold(o.group));
  if (!groups) return groups.status();
  if (groups->empty() && !o.group.empty()) {
    return Status::NotFound(fmt::format("no group called '{}'", o.group));
  }
  if (o.json) {
    PrintJson(env.out(), Items(*groups));
    return Status::Ok();
  }
  if (groups->empty()) {
    fmt::print(env.out(), "No groups yet: kith group join NAME PERSON...\n");
  }
  for (const auto& g : *groups) {
    fmt::print(env.out(), "{} ({}): {}\n", g.name, g.members.size(), Names(g.members));
  }
  return Status::Ok();
}

}  // namespace

void RegisterEvent(CLI::App& app, Action& action) {
  auto* event = app.add_subcommand("event", "Events you go to and who you met there");
  event->require_subcommand(1);
  auto add = std::make_shared<EventAddOptions>();
  auto* a = event->add_subcommand(
      "add", "Add an event: kith event add \"Venture Cafe\" --date 2026-11-26");
  a->add_option("name", add->name, "The event's name")->required();
  a->add_option("--date", add->date, "When (YYYY-MM-DD or YYYY-MM-DD HH:MM)")->required();
  a->add_option("--place", add->place, "Where");
  OnRun(a, action, add, RunEventAdd);
  auto met = std::make_shared<EventMetOptions>();
  auto* m =
      event->add_subcommand("met", "Who you met there: kith event met \"Venture Cafe\" ben ana");
  m->add_option("event", met->event, "Event id or part of its name")->required();
  m->add_option("people", met->people, "People (id, email or name)")->required();
  OnRun(m, action, met, RunEventMet);
  auto list = std::make_shared<EventListOptions>();
  auto* l = event->add_subcommand("list", "Events, newest first");
  l->add_option("match", list->match, "Part of the name");
  l->add_option("-n", list->limit, "How many")->check(CLI::Range(1, 10000));
  l->add_flag("--json", list->json, "Print JSON");
  OnRun(l, action, list, RunEventList);
}

void RegisterFollowups(CLI::App& app, Action& action) {
  auto o = std::make_shared<FollowupsOptions>();
  auto* sub = app.add_subcommand(
      "followups", "People met at recent events you have not written to since (48 h window)");
  sub->add_option("--days", o->days, "Events of the last N days (default 14)")
      ->check(CLI::Range(1, 3650));
  sub->add_flag("--json", o->json, "Print JSON");
  OnRun(sub, action, o, RunFollowups);
}

void RegisterGroup(CLI::App& app, Action& action) {
  auto* group = app.add_subcommand("group", "Groups you share with people (clubs, teams)");
  group->require_subcommand(1);
  auto join = std::make_shared<GroupJoinOptions>();
  auto* j = group->add_subcommand("join", "Add people to a group (made if new)");
  j->add_option("group", join->group, "The group's name")->required();
  j->add_option("people", join->people, "People (id, email or name)")->required();
  OnRun(j, action, join, RunGroupJoin);
  auto list = std::make_shared<GroupListOptions>();
  auto* l = group->add_subcommand("list", "Groups and their members");
  l->add_option("group", list->group, "One group's name");
  l->add_flag("--json", list->json, "Print JSON");
  OnRun(l, action, list, RunGroupList);
}

}  // namespace kith::cli
