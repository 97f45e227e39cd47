// Introductions by double opt-in: `kith intro` starts one, `kith intro-step`
// moves it on, `kith intros` lists those in progress. Every answer shows the
// state, the next step and the message to send for it.
#include <fmt/format.h>

#include "app/intros.h"
#include "app/json_intros.h"
#include "cli/command.h"
#include "cli/print.h"

namespace kith::cli {
namespace {

struct IntroOptions {
  std::string a;
  std::string b;
  std::string why;
  bool json = false;
};

struct StepOptions {
  int64_t id = 0;
  std::string step;
  std::string text;
  bool json = false;
};

std::string Named(const core::PersonRef& p) { return fmt::format("{} (#{})", p.name, p.id); }

// "kith intro-step 3 accepted  (or: kith intro-step 3 declined)".
std::string Commands(const store::Intro& intro) {
  std::vector<std::string> commands;
  for (auto step : core::AllowedSteps(intro.state)) {
    commands.push_back(fmt::format("kith intro-step {} {}{}", intro.id, core::Name(step),
                                   step == core::IntroStep::kOutcome ? " \"how it went\"" : ""));
  }
  if (commands.size() == 1) return commands[0];
  return fmt::format("{}  (or: {})", commands[0],
                     fmt::join(commands.begin() + 1, commands.end(), ", "));
}

// Each line of `text` indented by two spaces; blank lines stay blank.
std::string Indented(const std::string& text) {
  std::string out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string_view line(text.data() + start, end - start);
    out += line.empty() ? "\n" : fmt::format("  {}\n", line);
    start = end + 1;
  }
  return out;
}

std::string Heading(const store::Intro& i) {
  return fmt::format("Intro #{}: {} → {}{}", i.id, Named(i.a), Named(i.b),
                     i.reason.empty() ? "" : fmt::format(" ({})", i.reason));
}

void PrintIntro(std::FILE* out, const app::IntroView& v) {
  const store::Intro& i = v.intro;
  fmt::print(out, "{}\nState:   {}\n", Heading(i), core::Name(i.state));
  if (!i.outcome.empty()) fmt::print(out, "Outcome: {}\n", i.outcome);
  if (v.next.empty()) {
    fmt::print(out, "Done: nothing more to do.\n");
    return;
  }
  fmt::print(out, "Next:    {}, then\n         {}\n", v.next, Commands(i));
  fmt::print(out, "Message:\n{}", Indented(v.draft));
}

Status Show(Env& env, const app::IntroView& v, bool json) {
  if (json) {
    PrintJson(env.out(), app::ToJson(v));
  } else {
    PrintIntro(env.out(), v);
  }
  return Status::Ok();
}

Status RunIntro(Env& env, const IntroOptions& o) {
  auto ctx = env.Open();
  if (!ctx) return ctx.status();
  auto started = app::StartIntro(**ctx, o.a, o.b, o.why);
  if (!started) return started.status();
  return Show(env, *started, o.json);
}

Status RunStep(Env& env, const StepOptions& o) {
  auto ctx = env.Open();
  if (!ctx) return ctx.status();
  auto stepped = app::StepIntro(**ctx, o.id, o.step, o.text);
  if (!stepped) return stepped.status();
  return Show(env, *stepped, o.json);
}

void PrintLine(std::FILE* out, const app::IntroView& v) {
  const store::Intro& i = v.intro;
  fmt::print(out, "#{:<4} {:<12} {} → {}{}\n      next: {}\n", i.id, core::Name(i.state),
             Named(i.a), Named(i.b), i.reason.empty() ? "" : fmt::format(" ({})", i.reason),
             v.next);
}

}  // namespace

Status RunOpenIntros(Env& env, bool json) {
  auto ctx = env.Open();
  if (!ctx) return ctx.status();
  auto open = app::ListOpenIntros(**ctx);
  if (!open) return open.status();
  if (json) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& v : *open) list.push_back(app::ToJson(v));
    PrintJson(env.out(), list);
    return Status::Ok();
  }
  if (open->empty()) {
    fmt::print(env.out(), "No intros in progress. Start one: kith intro A B --why \"...\"\n");
  }
  for (const auto& v : *open) PrintLine(env.out(), v);
  return Status::Ok();
}

void RegisterIntro(CLI::App& app, Action& action) {
  auto o = std::make_shared<IntroOptions>();
  auto* sub = app.add_subcommand(
      "intro",
      "Introduce two people, asking each first: kith intro ana ben --why \"both build sensors\"");
  sub->add_option("a", o->a, "Who you ask first: id, email or part of the name")->required();
  sub->add_option("b", o->b, "Who you introduce them to")->required();
  sub->add_option("--why", o->why, "Why they should meet (goes into the messages)");
  sub->add_flag("--json", o->json, "Print JSON");
  OnRun(sub, action, o, RunIntro);
}

void RegisterIntroStep(CLI::App& app, Action& action) {
  auto o = std::make_shared<StepOptions>();
  auto* sub = app.add_subcommand(
      "intro-step",
      "Move an intro on: accepted (the person asked agreed), declined, introduced, or "
      "outcome \"how it went\"");
  sub->add_option("id", o->id, "The intro's id (kith intros)")->required();
  sub->add_option("step", o->step, "accepted, declined, introduced or outcome")->required();
  sub->add_option("text", o->text, "The outcome, for the outcome step");
  sub->add_flag("--json", o->json, "Print JSON");
  OnRun(sub, action, o, RunStep);
}

}  // namespace kith::cli
