// Verbs that remember things about a person: fact, note, need, offer, date,
// tag, contact, log.
#include <fmt/format.h>

#include "app/details.h"
#include "cli/command.h"
#include "cli/print.h"
#include "util/date.h"

namespace kith::cli {
namespace {

struct TextOptions {
  std::string who;
  std::string kind;  // fact kind, date kind, contact kind
  std::string text;
  std::string label;
};

struct TagOptions {
  std::string who;
  std::vector<std::string> tags;
};

struct LogOptions {
  app::LogRequest request;
  bool they = false, me = false, mutual = false;
};

// Opens the database, runs `use_case`, and confirms with "<verb> <name> (#id)".
template <typename F>
Status Confirm(Env& env, const char* verb, F&& use_case) {
  auto ctx = env.Open();
  if (!ctx) return ctx.status();
  Result<core::PersonRef> ref = use_case(**ctx);
  if (!ref) return ref.status();
  fmt::print(env.out(), "{} {} (#{})\n", verb, ref->name, ref->id);
  return Status::Ok();
}

Status RunFact(Env& env, const TextOptions& o) {
  return Confirm(env, "Remembered for",
                 [&](app::Context& c) { return app::AddFact(c, o.who, o.kind, o.text); });
}
Status RunNote(Env& env, const TextOptions& o) {
  return Confirm(env, "Noted for", [&](app::Context& c) { return app::AddNote(c, o.who, o.text); });
}
Status RunNeed(Env& env, const TextOptions& o) {
  return Confirm(env, "Need recorded for", [&](app::Context& c) {
    return app::AddNeedOffer(c, o.who, core::Side::kNeed, o.text);
  });
}
Status RunOffer(Env& env, const TextOptions& o) {
  return Confirm(env, "Offer recorded for", [&](app::Context& c) {
    return app::AddNeedOffer(c, o.who, core::Side::kOffer, o.text);
  });
}
Status RunDate(Env& env, const TextOptions& o) {
  return Confirm(env, "Date set for",
                 [&](app::Context& c) { return app::SetDate(c, o.who, o.kind, o.text); });
}
Status RunContact(Env& env, const TextOptions& o) {
  return Confirm(env, "Contact added for", [&](app::Context& c) {
    return app::AddContact(c, o.who, o.kind, o.text, o.label);
  });
}
Status RunTag(Env& env, const TagOptions& o) {
  return Confirm(env, "Tagged", [&](app::Context& c) { return app::AddTags(c, o.who, o.tags); });
}

Status RunLog(Env& env, const LogOptions& o) {
  if (int(o.they) + int(o.me) + int(o.mutual) > 1) {
    return Status::Invalid("choose one of --they-initiated, --i-initiated, --mutual");
  }
  app::LogRequest r = o.request;
  if (o.they) r.direction = core::Direction::kIn;
  if (o.me) r.direction = core::Direction::kOut;
  if (o.mutual) r.direction = core::Direction::kMutual;
  auto ctx = env.Open();
  if (!ctx) return ctx.status();
  auto logged = app::LogInteraction(**ctx, r);
  if (!logged) return logged.status();
  std::vector<std::string> names;
  for (const auto& p : logged->interaction.participants)
    names.push_back(fmt::format("{} (#{})", p.name, p.id));
  fmt::print(env.out(), "Logged {} with {} on {}\n", core::Name(logged->interaction.kind),
             fmt::join(names, ", "), FormatDay(logged->interaction.at));
  return Status::Ok();
}

CLI::App* PersonVerb(CLI::App& app, const char* name, const char* help, TextOptions& o) {
  auto* sub = app.add_subcommand(name, help);
  AddPersonArgument(sub, o.who);
  return sub;
}

}  // namespace

void RegisterFact(CLI::App& app, Action& action) {
  auto o = std::make_shared<TextOptions>();
  auto* sub =
      PersonVerb(app, "fact", "Remember what matters to them: kith fact ben pet \"Biscuit\"", *o);
  sub->add_option("kind", o->kind, "pet, family, hobby, work, goal, like or other")->required();
  sub->add_option("text", o->text, "The fact")->required();
  OnRun(sub, action, o, RunFact);
}

void RegisterNote(CLI::App& app, Action& action) {
  auto o = std::make_shared<TextOptions>();
  auto* sub = PersonVerb(app, "note", "Write a note about a person", *o);
  sub->add_option("text", o->text, "The note")->required();
  OnRun(sub, action, o, RunNote);
}

void RegisterNeed(CLI::App& app, Action& action) {
  auto o = std::make_shared<TextOptions>();
  auto* sub = PersonVerb(app, "need", "Record something they need (a chance to help)", *o);
  sub->add_option("text", o->text, "What they need")->required();
  OnRun(sub, action, o, RunNeed);
}

void RegisterOffer(CLI::App& app, Action& action) {
  auto o = std::make_shared<TextOptions>();
  auto* sub = PersonVerb(app, "offer", "Record something they offer", *o);
  sub->add_option("text", o->text, "What they offer")->required();
  OnRun(sub, action, o, RunOffer);
}

void RegisterDate(CLI::App& app, Action& action) {
  auto o = std::make_shared<TextOptions>();
  auto* sub =
      PersonVerb(app, "date", "Set an important date: kith date ben birthday 1990-04-12", *o);
  sub->add_option("kind", o->kind, "birthday, anniversary, or your own label")->required();
  sub->add_option("date", o->text, "YYYY-MM-DD, or --MM-DD without a year")->required();
  OnRun(sub, action, o, RunDate);
}

void RegisterContact(CLI::App& app, Action& action) {
  auto o = std::make_shared<TextOptions>();
  auto* sub = PersonVerb(app, "contact", "Add an email, phone, url, handle or address", *o);
  sub->add_option("kind", o->kind, "email, phone, url, handle or address")->required();
  sub->add_option("value", o->text, "The address, number or handle")->required();
  sub->add_option("--label", o->label, "work, home, mobile, ...");
  OnRun(sub, action, o, RunContact);
}

void RegisterTag(CLI::App& app, Action& action) {
  auto o = std::make_shared<TagOptions>();
  auto* sub = app.add_subcommand("tag", "Tag a person: kith tag ben runner [more tags]");
  AddPersonArgument(sub, o->who);
  sub->add_option("tags", o->tags, "One or more tags")->required();
  OnRun(sub, action, o, RunTag);
}

void RegisterLog(CLI::App& app, Action& action) {
  auto o = std::make_shared<LogOptions>();
  auto& r = o->request;
  auto* sub =
      app.add_subcommand("log", "Log an interaction: kith log ben coffee --date 2026-11-20");
  AddPersonArgument(sub, r.who);
  sub->add_option("kind", r.kind,
                  "coffee, meal, call, video, message, email, meeting, event, help or other")
      ->required();
  sub->add_option("--date", r.when,
                  "When: YYYY-MM-DD, 'YYYY-MM-DD HH:MM', yesterday, '3 days ago' (default: now)");
  sub->add_option("--with", r.with, "Others who were there (repeatable)");
  sub->add_option("--note", r.note, "What you talked about");
  sub->add_flag("--they-initiated", o->they, "They reached out");
  sub->add_flag("--i-initiated", o->me, "You reached out (default for message, email, help)");
  sub->add_flag("--mutual", o->mutual, "Both (default for meetings, calls, coffee)");
  OnRun(sub, action, o, RunLog);
}

}  // namespace kith::cli
