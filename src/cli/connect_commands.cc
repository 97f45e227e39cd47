// The connector's verbs: `kith me` (your profile), `kith ask` (who could
// answer a question), `kith help-out` (needs you or others can meet) and
// `kith intros` (who to introduce to whom).
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "app/ask.h"
#include "app/help_out.h"
#include "app/intro_ideas.h"
#include "app/json_connect.h"
#include "app/me.h"
#include "cli/command.h"
#include "cli/print.h"
#include "store/search.h"

namespace kith::cli {
namespace {

using nlohmann::json;

std::string Joined(const std::vector<std::string>& words) {
  return fmt::format("{}", fmt::join(words, " "));
}

struct MeOptions {
  std::string field;  // name, offer, need, skill; empty: show
  std::vector<std::string> text;
  bool json = false;
};

Status ShowMe(Env& env, app::Context& ctx, bool as_json) {
  auto me = app::LoadMe(ctx);
  if (!me) return me.status();
  if (as_json) {
    PrintJson(env.out(), app::ToJson(*me));
    return Status::Ok();
  }
  fmt::print(env.out(), "{} (#{}) — your profile\n", me->person.name, me->person.id);
  auto list = [&](const char* label, const std::vector<std::string>& items, const char* hint) {
    fmt::print(env.out(), "{}:\n", label);
    if (items.empty()) fmt::print(env.out(), "  (none yet: {})\n", hint);
    for (const auto& i : items) fmt::print(env.out(), "  - {}\n", i);
  };
  list("You offer", me->offers, "kith me offer \"intros to seed investors\"");
  list("Your skills", me->skills, "kith me skill \"kubernetes\"");
  list("You need", me->needs, "kith me need \"a designer for a weekend project\"");
  return Status::Ok();
}

Status RunMe(Env& env, const MeOptions& o) {
  auto ctx = env.Open();
  if (!ctx) return ctx.status();
  if (o.field.empty()) {
    if (!o.text.empty())
      return Status::Invalid("say what to set: kith me name|offer|need|skill TEXT");
    return ShowMe(env, **ctx, o.json);
  }
  std::string text = Joined(o.text);
  if (text.empty())
    return Status::Invalid(
        fmt::format("kith me {}: say what, e.g. kith me {} ...", o.field, o.field));
  if (o.field == "name") {
    auto me = app::SetMyName(**ctx, text);
    if (!me) return me.status();
  } else {
    auto item = o.field == "offer"  ? app::ProfileItem::kOffer
                : o.field == "need" ? app::ProfileItem::kNeed
                                    : app::ProfileItem::kSkill;
    auto me = app::AddToProfile(**ctx, item, text);
    if (!me) return me.status();
  }
  return ShowMe(env, **ctx, o.json);
}

struct AskOptions {
  std::vector<std::string> words;
  int limit = 5;
  bool json = false;
};

Status RunAsk(Env& env, const AskOptions& o) {
  auto ctx = env.Open();
  if (!ctx) return ctx.status();
  auto answers = app::Ask(**ctx, Joined(o.words), o.limit);
  if (!answers) return answers.status();
  if (o.json) {
    json out = json::array();
    for (const auto& a : *answers) out.push_back(app::ToJson(a));
    PrintJson(env.out(), out);
    return Status::Ok();
  }
  if (answers->empty()) {
    fmt::print(env.out(),
               "Nobody matches yet. Facts, notes, offers and tags are what kith searches: "
               "kith fact ben work \"runs platform hiring at Acme\"\n");
    return Status::Ok();
  }
  int rank = 0;
  for (const auto& a : *answers) {
    std::string role =
        a.title.empty() || a.company.empty() ? a.title + a.company : a.title + ", " + a.company;
    fmt::print(env.out(), "{}. {}{}\n", ++rank, a.person.name, role.empty() ? "" : " — " + role);
    fmt::print(env.out(), "   {}\n", a.reason);
    fmt::print(env.out(), "   matched: {}\n", store::ShowMatches(a.snippet, "[", "]"));
  }
  return Status::Ok();
}

struct HelpOutOptions {
  int limit = 10;
  bool json = false;
};

Status RunHelpOut(Env& env, const HelpOutOptions& o) {
  auto ctx = env.Open();
  if (!ctx) return ctx.status();
  auto list = app::HelpOut(**ctx, o.limit);
  if (!list) return list.status();
  if (o.json) {
    PrintJson(env.out(), app::ToJson(*list));
    return Status::Ok();
  }
  for (const auto& n : list->needs) {
    fmt::print(env.out(), "{} (#{}) needs \"{}\"\n", n.person.name, n.person.id, n.need);
    for (const auto& m : n.matches) {
      if (m.mine) {
        fmt::print(env.out(), "  you: \"{}\"\n", m.offer);
      } else {
        fmt::print(env.out(), "  {} (#{}) offers \"{}\"  → kith intro #{} #{}\n", m.by.name,
                   m.by.id, m.offer, n.person.id, m.by.id);
      }
    }
    fmt::print(env.out(), "  draft: {}\n\n", n.draft);
  }
  fmt::print(env.out(), "{} of {} open needs can be met{}", list->matched, list->open_needs,
             list->needs.size() < list->matched
                 ? fmt::format(" (best {} shown)", list->needs.size())
                 : "");
  fmt::print(env.out(), "{}\n",
             list->have_profile ? "." : "; add your own offers with kith me offer \"...\".");
  return Status::Ok();
}

struct IntrosOptions {
  int limit = 10;
  bool open = false;
  bool json = false;
};

Status RunIntroIdeas(Env& env, const IntrosOptions& o) {
  if (o.open) return RunOpenIntros(env, o.json);
  auto ctx = env.Open();
  if (!ctx) return ctx.status();
  auto ideas = app::SuggestIntros(**ctx, o.limit);
  if (!ideas) return ideas.status();
  if (o.json) {
    json out = json::array();
    for (const auto& i : *ideas) out.push_back(app::ToJson(i));
    PrintJson(env.out(), out);
    return Status::Ok();
  }
  if (ideas->empty()) {
    fmt::print(env.out(),
               "No introductions to suggest yet: kith looks for a need meeting an "
               "offer, or shared interests, between two people you know well.\n");
    return Status::Ok();
  }
  int rank = 0;
  for (const auto& i : *ideas) {
    fmt::print(env.out(), "{}. {} (#{}) ↔ {} (#{})\n   {}\n   start: kith intro #{} #{}\n", ++rank,
               i.a.name, i.a.id, i.b.name, i.b.id, i.reason, i.a.id, i.b.id);
  }
  return Status::Ok();
}

}  // namespace

void RegisterMe(CLI::App& app, Action& action) {
  auto o = std::make_shared<MeOptions>();
  auto* sub = app.add_subcommand(
      "me", "Your profile: kith me; kith me name \"Ana Silva\"; kith me offer|need|skill TEXT");
  sub->add_option("field", o->field, "name, offer, need or skill (omit to show your profile)")
      ->check(CLI::IsMember({"name", "offer", "need", "skill"}));
  sub->add_option("text", o->text, "The name, offer, need or skill");
  sub->add_flag("--json", o->json, "Print JSON");
  OnRun(sub, action, o, RunMe);
}

void RegisterAsk(CLI::App& app, Action& action) {
  auto o = std::make_shared<AskOptions>();
  auto* sub = app.add_subcommand(
      "ask", "Who could help: kith ask \"who could help me hire a kubernetes engineer\"");
  sub->add_option("question", o->words, "The question, in your words")->required();
  sub->add_option("-n,--limit", o->limit, "At most this many answers (default 5)")
      ->check(CLI::Range(1, 100));
  sub->add_flag("--json", o->json, "Print JSON");
  OnRun(sub, action, o, RunAsk);
}

void RegisterHelpOut(CLI::App& app, Action& action) {
  auto o = std::make_shared<HelpOutOptions>();
  auto* sub = app.add_subcommand(
      "help-out", "Give first: your contacts' open needs that you or someone you know can meet");
  sub->add_option("-n,--limit", o->limit, "At most this many needs (default 10)")
      ->check(CLI::Range(1, 1000));
  sub->add_flag("--json", o->json, "Print JSON");
  OnRun(sub, action, o, RunHelpOut);
}

void RegisterIntros(CLI::App& app, Action& action) {
  auto o = std::make_shared<IntrosOptions>();
  auto* sub = app.add_subcommand(
      "intros", "Who to introduce to whom, each with the reason (start one with kith intro A B)");
  sub->add_option("-n,--limit", o->limit, "At most this many (default 10)")
      ->check(CLI::Range(1, 1000));
  sub->add_flag("--open", o->open, "Introductions in progress and their next step instead");
  sub->add_flag("--json", o->json, "Print JSON");
  OnRun(sub, action, o, RunIntroIdeas);
}

}  // namespace kith::cli
