// `kith opp add/list/set`: opportunities you track with people.
#include <fmt/format.h>

#include "app/json_events.h"
#include "app/opportunities.h"
#include "cli/command.h"
#include "cli/print.h"
#include "util/date.h"

namespace kith::cli {
namespace {

struct OppListOptions {
  std::string status;
  bool json = false;
};

struct OppSetOptions {
  int64_t id = 0;
  std::string status;
};

void Print(std::FILE* out, const store::Opportunity& o) {
  std::vector<std::string> people;
  for (const auto& p : o.people) people.push_back(fmt::format("{} (#{})", p.name, p.id));
  fmt::print(out, "#{:<4} {:<8} {:<6} {}{}\n", o.id, o.kind, o.status, o.title,
             people.empty() ? "" : fmt::format(" — with {}", fmt::join(people, ", ")));
}

Status RunOppAdd(Env& env, const app::NewOpportunity& o) {
  auto ctx = env.Open();
  if (!ctx) return ctx.status();
  auto added = app::AddOpportunity(**ctx, o);
  if (!added) return added.status();
  Print(env.out(), *added);
  return Status::Ok();
}

Status RunOppList(Env& env, const OppListOptions& o) {
  auto ctx = env.Open();
  if (!ctx) return ctx.status();
  auto all = store::ListOpportunities((*ctx)->db, o.status);
  if (!all) return all.status();
  if (o.json) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& opp : *all) out.push_back(app::ToJson(opp));
    PrintJson(env.out(), out);
    return Status::Ok();
  }
  if (all->empty())
    fmt::print(env.out(), "No opportunities{}.\n", o.status.empty() ? "" : " " + o.status);
  for (const auto& opp : *all) Print(env.out(), opp);
  return Status::Ok();
}

Status RunOppSet(Env& env, const OppSetOptions& o) {
  auto ctx = env.Open();
  if (!ctx) return ctx.status();
  auto changed = app::SetOpportunity(**ctx, o.id, o.status);
  if (!changed) return changed.status();
  Print(env.out(), *changed);
  return Status::Ok();
}

}  // namespace

void RegisterOpp(CLI::App& app, Action& action) {
  auto* opp = app.add_subcommand("opp", "Opportunities you track with people (jobs, deals...)");
  opp->require_subcommand(1);
  auto add = std::make_shared<app::NewOpportunity>();
  auto* a = opp->add_subcommand(
      "add", "Track one: kith opp add \"Staff engineer at Acme\" --kind job --with ben");
  a->add_option("title", add->title, "What it is")->required();
  a->add_option("--kind", add->kind, "job, referral, collaboration, deal, investment or other")
      ->capture_default_str();
  a->add_option("--status", add->status, "open, won, lost or closed")->capture_default_str();
  a->add_option("--with", add->with, "People involved (id, email or name)");
  OnRun(a, action, add, RunOppAdd);
  auto list = std::make_shared<OppListOptions>();
  auto* l = opp->add_subcommand("list", "Opportunities, most recently changed first");
  l->add_option("--status", list->status, "Only open, won, lost or closed");
  l->add_flag("--json", list->json, "Print JSON");
  OnRun(l, action, list, RunOppList);
  auto set = std::make_shared<OppSetOptions>();
  auto* s = opp->add_subcommand("set", "Change where one stands: kith opp set 3 won");
  s->add_option("id", set->id, "The opportunity's id")->required();
  s->add_option("status", set->status, "open, won, lost or closed")->required();
  OnRun(s, action, set, RunOppSet);
}

}  // namespace kith::cli
