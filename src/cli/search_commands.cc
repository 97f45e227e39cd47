// `kith find`: full-text search over everything kith remembers about people.
#include <fmt/format.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "cli/print.h"
#include "store/search.h"

namespace kith::cli {
namespace {

struct FindOptions {
  std::vector<std::string> words;
  int limit = 20;
  bool json = false;
};

Status RunFind(Env& env, const FindOptions& o) {
  std::string text = fmt::format("{}", fmt::join(o.words, " "));
  if (store::FtsQuery(text).empty()) return Status::Invalid("nothing to search for");
  auto ctx = env.Open();
  if (!ctx) return ctx.status();
  auto hits = store::SearchPeople((*ctx)->db, text, o.limit);
  if (!hits) return hits.status();
  if (o.json) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& h : *hits) {
      out.push_back({{"person", {{"id", h.id}, {"name", h.name}}},
                     {"company", h.company},
                     {"title", h.title},
                     {"snippet", store::ShowMatches(h.snippet, "[", "]")}});
    }
    PrintJson(env.out(), out);
    return Status::Ok();
  }
  bool tty = isatty(fileno(env.out()));
  for (const auto& h : *hits) {
    std::string role =
        h.title.empty() || h.company.empty() ? h.title + h.company : h.title + ", " + h.company;
    fmt::print(env.out(), "{}{}{}\n", Pad(fmt::format("#{}", h.id), 7), Pad(h.name, 24), role);
    fmt::print(env.out(), "       {}\n",
               store::ShowMatches(h.snippet, tty ? "\x1b[1m" : "[", tty ? "\x1b[0m" : "]"));
  }
  fmt::print(env.out(), "{} {} for \"{}\"\n", hits->size(), hits->size() == 1 ? "match" : "matches",
             text);
  return Status::Ok();
}

}  // namespace

void RegisterFind(CLI::App& app, Action& action) {
  auto o = std::make_shared<FindOptions>();
  auto* sub = app.add_subcommand(
      "find",
      "Search names, work, facts, notes, needs/offers and tags: kith find sourdough lisbon");
  sub->add_option("words", o->words, "Words to look for (prefixes match: sour finds sourdough)")
      ->required();
  sub->add_option("-n,--limit", o->limit, "At most this many (default 20)")
      ->check(CLI::Range(1, 10000));
  sub->add_flag("--json", o->json, "Print JSON");
  OnRun(sub, action, o, RunFind);
}

}  // namespace kith::cli
