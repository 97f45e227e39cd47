// Verbs that read: show, list, stats. Each prints text, or JSON with --json.
#include <fmt/format.h>

#include "app/brief.h"
#include "app/json.h"
#include "app/list_export.h"
#include "app/people_query.h"
#include "cli/command.h"
#include "cli/print.h"
#include "store/people.h"
#include "util/text.h"

namespace kith::cli {
namespace {

struct ShowOptions {
  std::string who;
  bool json = false;
};

struct ListOptions {
  std::string tag;
  std::string circle;
  bool drifting = false;
  bool archived = false;
  int limit = 0;
  bool json = false;
  std::string export_format;
};

struct StatsOptions {
  bool json = false;
  bool brief = false;
};

Status RunShow(Env& env, const ShowOptions& o) {
  auto ctx = env.Open();
  if (!ctx) return ctx.status();
  auto brief = app::LoadBrief(**ctx, o.who);
  if (!brief) return brief.status();
  if (o.json) {
    PrintJson(env.out(), app::ToJson(*brief));
  } else {
    PrintBrief(env.out(), *brief, env.now());
  }
  return Status::Ok();
}

// The list's people: straight from the store, or through the tie model when
// filtered by circle or drift.
Result<std::vector<core::PersonSummary>> ListFor(app::Context& ctx, const ListOptions& o) {
  if (o.circle.empty() && !o.drifting) {
    store::ListFilter filter;
    filter.tag = Fold(o.tag.starts_with("#") ? o.tag.substr(1) : o.tag);
    filter.include_archived = o.archived;
    filter.limit = o.limit;
    return store::ListPeople(ctx.db, filter);
  }
  app::PeopleQuery q;
  q.tag = o.tag;
  if (!o.circle.empty()) {
    q.circle = core::ParseCircle(o.circle);
    if (!q.circle) {
      return Status::Invalid(fmt::format(
          "no circle called '{}': inner, close, network, wider or acquaintance", o.circle));
    }
  }
  q.drifting_only = o.drifting;
  q.include_archived = o.archived;
  q.limit = o.limit > 0 ? static_cast<size_t>(o.limit) : 1000000;
  auto page = app::QueryPeople(ctx, q);
  if (!page) return page.status();
  std::vector<core::PersonSummary> out;
  for (auto& row : page->rows) out.push_back(std::move(row.summary));
  return out;
}

Status ExportList(Env& env, app::Context& ctx, const std::vector<core::PersonSummary>& people,
                  const std::string& format) {
  auto exported = app::ExportList(ctx, people, format);
  if (!exported) return exported.status();
  fmt::print(env.out(), "{}", exported->content);
  for (const auto& p : exported->left_out) {
    fmt::print(stderr, "kith: {} (#{}) has no email address; not in the link\n", p.name, p.id);
  }
  return Status::Ok();
}

Status RunList(Env& env, const ListOptions& o) {
  auto ctx = env.Open();
  if (!ctx) return ctx.status();
  auto people = ListFor(**ctx, o);
  if (!people) return people.status();
  if (!o.export_format.empty()) return ExportList(env, **ctx, *people, o.export_format);
  if (o.json) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& p : *people) out.push_back(app::ToJson(p));
    PrintJson(env.out(), out);
  } else {
    PrintList(env.out(), *people, env.now());
  }
  return Status::Ok();
}

Status RunStats(Env& env, const StatsOptions& o) {
  auto ctx = env.Open();
  if (!ctx) return ctx.status();
  auto summary = store::SummarizeNetwork((*ctx)->db, env.now());
  if (!summary) return summary.status();
  if (o.json) {
    PrintJson(env.out(), app::ToJson(*summary));
    return Status::Ok();
  }
  PrintSummary(env.out(), *summary, env.now());
  if (!o.brief || !summary->most_in_touch) return Status::Ok();
  auto brief = app::LoadBriefById(**ctx, summary->most_in_touch->id);
  if (!brief) return brief.status();
  fmt::print(env.out(), "\n");
  PrintBrief(env.out(), *brief, env.now());
  return Status::Ok();
}

}  // namespace

void RegisterShow(CLI::App& app, Action& action) {
  auto o = std::make_shared<ShowOptions>();
  auto* sub =
      app.add_subcommand("show", "The brief: who they are, how you met, what matters to them");
  AddPersonArgument(sub, o->who);
  sub->add_flag("--json", o->json, "Print JSON");
  OnRun(sub, action, o, RunShow);
}

void RegisterList(CLI::App& app, Action& action) {
  auto o = std::make_shared<ListOptions>();
  auto* sub = app.add_subcommand("list", "List people, by name");
  sub->add_option("--tag", o->tag, "Only people with this tag");
  sub->add_option("--circle", o->circle,
                  "Only this circle: inner, close, network, wider, acquaintance");
  sub->add_flag("--drifting", o->drifting, "Only ties that are drifting");
  sub->add_option("--export", o->export_format,
                  "Write the list as csv, vcard or mailto (one link, everyone in Bcc)")
      ->check(CLI::IsMember({"csv", "vcard", "mailto"}));
  sub->add_flag("--archived", o->archived, "Include archived people");
  sub->add_option("-n,--limit", o->limit, "At most this many")->check(CLI::NonNegativeNumber);
  sub->add_flag("--json", o->json, "Print JSON");
  OnRun(sub, action, o, RunList);
}

void RegisterStats(CLI::App& app, Action& action) {
  auto o = std::make_shared<StatsOptions>();
  auto* sub = app.add_subcommand("stats", "A summary of your network");
  sub->add_flag("--brief", o->brief,
                "Also show the brief of the person you are most in touch with");
  sub->add_flag("--json", o->json, "Print JSON");
  OnRun(sub, action, o, RunStats);
}

}  // namespace kith::cli
