// Verbs that keep you in touch: today, done, snooze, upcoming, circle,
// cadence, why, config.
#include <fmt/format.h>

#include <cmath>

#include "app/config_file.h"
#include "app/json.h"
#include "app/json_network.h"
#include "app/keep_in_touch.h"
#include "cli/command.h"
#include "cli/print.h"
#include "util/date.h"

namespace kith::cli {
namespace {

struct TodayOptions {
  int n = 0;  // 0: the config's queue_size
  bool json = false;
};
struct PersonTextOptions {
  std::string who;
  std::string text;
};
struct UpcomingOptions {
  int days = 30;
  bool json = false;
};
struct WhyOptions {
  std::string who;
  bool json = false;
};
struct ConfigOptions {
  std::string key;
  std::string value;
  bool reset = false;
  bool json = false;
};

std::string Circle(const core::Assessment& a) {
  return fmt::format("{}{}", core::Name(a.circle), a.circle_inferred ? " (inferred)" : "");
}

Status RunToday(Env& env, const TodayOptions& o) {
  auto ctx = env.Open();
  if (!ctx) return ctx.status();
  size_t n = static_cast<size_t>(o.n > 0 ? o.n : (*ctx)->config.queue_size);
  auto entries = app::Today(**ctx, n);
  if (!entries) return entries.status();
  if (o.json) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& e : *entries) out.push_back(app::ToJson(e));
    PrintJson(env.out(), out);
    return Status::Ok();
  }
  if (entries->empty()) {
    fmt::print(env.out(), "Nobody is due today: your ties are in good shape.\n");
    return Status::Ok();
  }
  fmt::print(env.out(), "Today, {}: {} worth a message\n", FormatDay(env.now()),
             entries->size() == 1 ? "one person" : fmt::format("{} people", entries->size()));
  int i = 0;
  for (const auto& e : *entries) {
    fmt::print(env.out(), "\n{}. {} (#{}) · {} · strength {:.0f}\n   {}\n   \"{}\"\n", ++i,
               e.person.name, e.person.id, Circle(e.assessment), e.assessment.strength, e.reason,
               e.opener);
  }
  fmt::print(env.out(),
             "\nWhen you have written: kith done NAME · not now: kith snooze NAME 14d\n");
  return Status::Ok();
}

Status RunDone(Env& env, const PersonTextOptions& o) {
  auto ctx = env.Open();
  if (!ctx) return ctx.status();
  auto ref = app::Done(**ctx, o.who, o.text);
  if (!ref) return ref.status();
  fmt::print(env.out(), "Logged a message to {} (#{}); off today's queue\n", ref->name, ref->id);
  return Status::Ok();
}

Status RunSnooze(Env& env, const PersonTextOptions& o) {
  int days = 0;
  if (o.text != "off") {
    auto parsed = ParseDays(o.text);
    if (!parsed) return parsed.status();
    days = *parsed;
  }
  auto ctx = env.Open();
  if (!ctx) return ctx.status();
  auto ref = app::Snooze(**ctx, o.who, days);
  if (!ref) return ref.status();
  if (days == 0) {
    fmt::print(env.out(), "{} (#{}) is back in the queue\n", ref->name, ref->id);
  } else {
    fmt::print(env.out(), "Snoozed {} (#{}) until {}\n", ref->name, ref->id,
               FormatDay(env.now() + days * int64_t{86400}));
  }
  return Status::Ok();
}

Status RunCircle(Env& env, const PersonTextOptions& o) {
  auto ctx = env.Open();
  if (!ctx) return ctx.status();
  auto ref = app::SetCircle(**ctx, o.who, o.text);
  if (!ref) return ref.status();
  fmt::print(env.out(), "{} (#{}): circle {}\n", ref->name, ref->id, o.text);
  return Status::Ok();
}

Status RunCadence(Env& env, const PersonTextOptions& o) {
  auto ctx = env.Open();
  if (!ctx) return ctx.status();
  auto ref = app::SetCadence(**ctx, o.who, o.text);
  if (!ref) return ref.status();
  fmt::print(env.out(), "{} (#{}): cadence {}\n", ref->name, ref->id, o.text);
  return Status::Ok();
}

void PrintWhy(std::FILE* out, const app::TieReport& r, const core::ModelConfig& config,
              int64_t now) {
  const auto& a = r.assessment;
  const auto& e = r.strength;
  fmt::print(out, "{} (#{}): tie strength {:.0f}/100 · circle {} · ", r.person.name, r.person.id,
             e.score, Circle(a));
  fmt::print(out, "{}\n",
             a.cadence_days > 0 ? fmt::format("cadence {} days", a.cadence_days)
                                : std::string("no cadence"));
  if (e.count == 0) {
    fmt::print(out, "No interactions yet: the score starts when you log one.\n");
    return;
  }
  fmt::print(out,
             "{} interaction{}, {} in the last year · they reached out {}, you {}, together {}\n",
             e.count, e.count == 1 ? "" : "s", e.last_year, e.they_started, e.i_started, e.mutual);
  std::string rhythm = r.stats.gaps >= config.min_gaps_for_rhythm
                           ? fmt::format(" · usual gap {:.0f} days", r.stats.median_gap_days)
                           : std::string(" · too few contacts to know their rhythm");
  fmt::print(out, "Last contact {}{}", Ago(*r.stats.last_at, now), rhythm);
  if (a.drifting) {
    fmt::print(out, " · drifting ({})",
               a.overdue_ratio > 1 ? fmt::format("{:.1f}x overdue", a.overdue_ratio)
                                   : fmt::format("{:.1f}x past {}x their usual gap", a.rhythm_ratio,
                                                 config.drift_gap_multiple));
  }
  fmt::print(out, "\nWhat weighs most now:\n");
  for (const auto& c : e.top) {
    fmt::print(out, "  {}  {:<8} {:<17} +{:.2f}\n", FormatDay(c.touch.at), core::Name(c.touch.kind),
               c.touch.direction == core::Direction::kIn    ? "they reached out"
               : c.touch.direction == core::Direction::kOut ? "you reached out"
                                                            : "together",
               c.weight_now);
  }
  fmt::print(out,
             "These make {:.0f}% of the score. Each interaction adds its kind's weight x its "
             "direction's, halving every {} days (kith config).\n",
             e.share_of_top * 100, config.half_life_days);
}

Status RunWhy(Env& env, const WhyOptions& o) {
  auto ctx = env.Open();
  if (!ctx) return ctx.status();
  auto report = app::ExplainTie(**ctx, o.who);
  if (!report) return report.status();
  if (!o.json) {
    PrintWhy(env.out(), *report, (*ctx)->config, env.now());
    return Status::Ok();
  }
  PrintJson(env.out(), app::ToJson(*report));
  return Status::Ok();
}

Status RunUpcoming(Env& env, const UpcomingOptions& o) {
  auto ctx = env.Open();
  if (!ctx) return ctx.status();
  auto up = app::ListUpcoming(**ctx, o.days);
  if (!up) return up.status();
  if (o.json) {
    nlohmann::json dates = nlohmann::json::array(), due = nlohmann::json::array();
    for (const auto& d : up->dates) {
      dates.push_back({{"person", {{"id", d.person.id}, {"name", d.person.name}}},
                       {"kind", d.date.kind},
                       {"date", FormatDate(d.date.date)},
                       {"next", FormatDate(d.next)},
                       {"days", d.days}});
    }
    for (const auto& d : up->due) {
      due.push_back({{"person", {{"id", d.person.id}, {"name", d.person.name}}},
                     {"due", FormatDay(*d.assessment.due_at)},
                     {"days", d.days},
                     {"circle", core::Name(d.assessment.circle)}});
    }
    PrintJson(env.out(), nlohmann::json{{"dates", dates}, {"due", due}});
    return Status::Ok();
  }
  fmt::print(env.out(), "Dates in the next {} days{}\n", o.days, up->dates.empty() ? ": none" : "");
  for (const auto& d : up->dates) {
    std::string age = d.date.date.year != 0 && d.date.kind == "birthday"
                          ? fmt::format(", turns {}", d.next.year - d.date.date.year)
                          : "";
    fmt::print(env.out(), "  {}  {:<10} {} (#{}): {}{}\n", FormatDate(d.next),
               d.days == 0 ? "today" : fmt::format("in {} d", d.days), d.person.name, d.person.id,
               d.date.kind, age);
  }
  fmt::print(env.out(), "Falling due in the next {} days{}\n", o.days,
             up->due.empty() ? ": none" : "");
  for (const auto& d : up->due) {
    fmt::print(env.out(), "  {}  {:<10} {} (#{}): {}, every {} days\n",
               FormatDay(*d.assessment.due_at),
               d.days == 0 ? "today" : fmt::format("in {} d", d.days), d.person.name, d.person.id,
               Circle(d.assessment), d.assessment.cadence_days);
  }
  return Status::Ok();
}

Status RunConfig(Env& env, const ConfigOptions& o) {
  auto path = app::ConfigPath();
  if (!path) return path.status();
  if (o.reset && !o.value.empty()) return Status::Invalid("give a value or --reset, not both");
  if (!o.key.empty() && (o.reset || !o.value.empty())) {
    auto value = o.reset ? std::nullopt : std::optional<std::string>(o.value);
    KITH_RETURN_IF_ERROR(app::WriteSetting(*path, o.key, value));
    fmt::print(env.out(), "{} {} in {}\n", o.key, o.reset ? "reset to its default" : "= " + o.value,
               *path);
    return Status::Ok();
  }
  auto config = app::LoadConfig(*path);
  if (!config) return config.status();
  auto defaults = core::ModelConfig().Entries();
  auto entries = config->Entries();
  if (!o.key.empty() && core::ModelConfig::Describe(o.key).empty()) {
    return Status::Invalid(fmt::format("unknown setting '{}' (kith config lists them)", o.key));
  }
  if (o.json) {
    nlohmann::json out = nlohmann::json::object();
    for (size_t i = 0; i < entries.size(); ++i) {
      if (!o.key.empty() && entries[i].first != o.key) continue;
      out[entries[i].first] = {{"value", entries[i].second},
                               {"default", defaults[i].second},
                               {"about", core::ModelConfig::Describe(entries[i].first)}};
    }
    PrintJson(env.out(), nlohmann::json{{"file", *path}, {"settings", out}});
    return Status::Ok();
  }
  fmt::print(env.out(), "# {}\n", *path);
  for (size_t i = 0; i < entries.size(); ++i) {
    const auto& [key, value] = entries[i];
    if (!o.key.empty() && key != o.key) continue;
    std::string note =
        value == defaults[i].second ? "" : fmt::format(" (default {})", defaults[i].second);
    fmt::print(env.out(), "{} = {}{}    # {}\n", key, value, note,
               core::ModelConfig::Describe(key));
  }
  return Status::Ok();
}

CLI::App* PersonVerb(CLI::App& app, const char* name, const char* help, PersonTextOptions& o) {
  auto* sub = app.add_subcommand(name, help);
  AddPersonArgument(sub, o.who);
  return sub;
}

}  // namespace

void RegisterToday(CLI::App& app, Action& action) {
  auto o = std::make_shared<TodayOptions>();
  auto* sub =
      app.add_subcommand("today", "The people most worth a message today, why, and what to say");
  sub->add_option("-n", o->n, "How many (default: queue_size in kith config, 4)")
      ->check(CLI::Range(1, 1000));
  sub->add_flag("--json", o->json, "Print JSON");
  OnRun(sub, action, o, RunToday);
}

void RegisterDone(CLI::App& app, Action& action) {
  auto o = std::make_shared<PersonTextOptions>();
  auto* sub =
      PersonVerb(app, "done", "You reached out: logs a message and clears them from today", *o);
  sub->add_option("--note", o->text, "What you said or heard");
  OnRun(sub, action, o, RunDone);
}

void RegisterSnooze(CLI::App& app, Action& action) {
  auto o = std::make_shared<PersonTextOptions>();
  auto* sub = PersonVerb(app, "snooze",
                         "Keep someone out of the queue for a while: kith snooze ben 14d", *o);
  sub->add_option("for", o->text, "How long: 14d, 3w, 2m; or off")->required();
  OnRun(sub, action, o, RunSnooze);
}

void RegisterCircle(CLI::App& app, Action& action) {
  auto o = std::make_shared<PersonTextOptions>();
  auto* sub =
      PersonVerb(app, "circle",
                 "Place someone in a circle: inner, close, network, wider, acquaintance, auto", *o);
  sub->add_option("circle", o->text, "inner, close, network, wider, acquaintance or auto")
      ->required();
  OnRun(sub, action, o, RunCircle);
}

void RegisterCadence(CLI::App& app, Action& action) {
  auto o = std::make_shared<PersonTextOptions>();
  auto* sub = PersonVerb(app, "cadence",
                         "How often to keep in touch with someone: kith cadence ben 21d", *o);
  sub->add_option("every", o->text, "21d, 3w, 2m, 1y, or auto for their circle's")->required();
  OnRun(sub, action, o, RunCadence);
}

void RegisterWhy(CLI::App& app, Action& action) {
  auto o = std::make_shared<WhyOptions>();
  auto* sub = app.add_subcommand("why", "Explain a tie: its strength, rhythm and what made them");
  AddPersonArgument(sub, o->who);
  sub->add_flag("--json", o->json, "Print JSON");
  OnRun(sub, action, o, RunWhy);
}

void RegisterUpcoming(CLI::App& app, Action& action) {
  auto o = std::make_shared<UpcomingOptions>();
  auto* sub = app.add_subcommand("upcoming", "Birthdays and other dates, and who falls due");
  sub->add_option("--days", o->days, "How far ahead (default 30)")->check(CLI::Range(0, 366));
  sub->add_flag("--json", o->json, "Print JSON");
  OnRun(sub, action, o, RunUpcoming);
}

void RegisterConfig(CLI::App& app, Action& action) {
  auto o = std::make_shared<ConfigOptions>();
  auto* sub =
      app.add_subcommand("config", "Show or change the model settings: kith config [KEY [VALUE]]");
  sub->add_option("key", o->key, "A setting, e.g. half_life_days or cadence_days.close");
  sub->add_option("value", o->value, "Its new value");
  sub->add_flag("--reset", o->reset, "Put KEY back to its default");
  sub->add_flag("--json", o->json, "Print the settings as JSON");
  OnRun(sub, action, o, RunConfig);
}

}  // namespace kith::cli
