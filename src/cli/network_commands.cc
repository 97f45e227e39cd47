// Verbs about who knows whom: knows (record a tie) and path (warm paths).
#include <fmt/format.h>

#include <cmath>

#include "app/json.h"
#include "app/json_network.h"
#include "app/paths.h"
#include "cli/command.h"
#include "cli/print.h"

namespace kith::cli {
namespace {

struct KnowsOptions {
  std::string a;
  std::string b;
  std::optional<std::string> how;
  std::optional<double> strength;
};

struct PathOptions {
  std::string person;
  std::string company;
  int n = 3;
  bool json = false;
};

Status RunKnows(Env& env, const KnowsOptions& o) {
  auto ctx = env.Open();
  if (!ctx) return ctx.status();
  std::optional<std::string_view> how;
  if (o.how) how = *o.how;
  auto r = app::RecordKnows(**ctx, o.a, o.b, how, o.strength);
  if (!r) return r.status();
  fmt::print(env.out(), "{} {} (#{}) and {} (#{}) know each other{}\n",
             r->is_new ? "Noted:" : "Updated:", r->a.name, r->a.id, r->b.name, r->b.id,
             o.how && !o.how->empty() ? fmt::format(" ({})", *o.how) : "");
  return Status::Ok();
}

std::string Describe(const app::WarmPath& p) {
  std::string line = "you";
  for (const auto& h : p.hops) {
    line +=
        fmt::format(" → {} ({:.2f}{}{})", h.to.name, h.strength, h.why.empty() ? "" : ", ", h.why);
  }
  return line;
}

std::string TargetName(const PathOptions& o, const app::PathResult& r) {
  if (!o.company.empty()) return fmt::format("anyone at {}", o.company);
  return fmt::format("{} (#{})", r.targets[0].name, r.targets[0].id);
}

Status RunPath(Env& env, const PathOptions& o) {
  if (o.person.empty() == o.company.empty()) {
    return Status::Invalid("name a person or give --company, not both");
  }
  auto ctx = env.Open();
  if (!ctx) return ctx.status();
  auto paths = app::WarmPaths::Load(**ctx);
  if (!paths) return paths.status();
  auto r = (*paths)->Find(**ctx, {o.person, o.company, static_cast<size_t>(o.n)});
  if (!r) return r.status();
  if (o.json) {
    nlohmann::json targets = nlohmann::json::array(), list = nlohmann::json::array();
    for (const auto& t : r->targets) targets.push_back({{"id", t.id}, {"name", t.name}});
    for (const auto& p : r->paths) list.push_back(app::ToJson(p));
    PrintJson(env.out(), nlohmann::json{{"targets", targets}, {"paths", list}});
    return Status::Ok();
  }
  if (r->paths.empty()) {
    fmt::print(env.out(),
               "No warm path to {}: nobody you know is within 3 hops of them.\n"
               "Tell kith who knows whom: kith knows A B --how \"...\"\n",
               TargetName(o, *r));
    return Status::Ok();
  }
  fmt::print(env.out(), "Warm paths to {}\n", TargetName(o, *r));
  int i = 0;
  for (const auto& p : r->paths) {
    fmt::print(env.out(), "{}. {}   strength {:.2f}\n", ++i, Describe(p), p.strength);
  }
  return Status::Ok();
}

}  // namespace

void RegisterKnows(CLI::App& app, Action& action) {
  auto o = std::make_shared<KnowsOptions>();
  auto* sub = app.add_subcommand(
      "knows", "Record that two people know each other: kith knows ana ben --how \"co-founders\"");
  sub->add_option("a", o->a, "Id, email or part of the name")->required();
  sub->add_option("b", o->b, "The other person")->required();
  sub->add_option("--how", o->how, "How they know each other");
  sub->add_option("--strength", o->strength, "How well, 0..1 (default: from how it was learnt)")
      ->check(CLI::Range(0.0, 1.0));
  OnRun(sub, action, o, RunKnows);
}

void RegisterPath(CLI::App& app, Action& action) {
  auto o = std::make_shared<PathOptions>();
  auto* sub = app.add_subcommand(
      "path", "Warm paths to someone: who you know who knows them (at most 3 hops)");
  sub->add_option("person", o->person, "Id, email or part of the name");
  sub->add_option("--company", o->company, "Anyone at this company instead of one person");
  sub->add_option("-n", o->n, "How many paths (default 3)")->check(CLI::Range(1, 100));
  sub->add_flag("--json", o->json, "Print JSON");
  OnRun(sub, action, o, RunPath);
}

}  // namespace kith::cli
