// Verbs for people entered twice: dupes, merge, unmerge, merges.
#include <fmt/format.h>

#include <charconv>

#include "app/dupes.h"
#include "app/json_events.h"
#include "app/merge.h"
#include "cli/command.h"
#include "cli/print.h"
#include "util/date.h"

namespace kith::cli {
namespace {

struct DupesOptions {
  int limit = 20;
  bool json = false;
};

struct MergeOptions {
  std::string keep;
  std::string other;
  bool dry_run = false;
};

struct UnmergeOptions {
  std::string merge_id;
};

struct MergesOptions {
  int limit = 20;
  bool json = false;
};

// What a table's rows are to a user, one and many.
struct Noun {
  const char* table;
  const char* one;
  const char* many;
};

constexpr Noun kNouns[] = {
    {"contact_point", "contact point", "contact points"},
    {"fact", "fact", "facts"},
    {"note", "note", "notes"},
    {"person_tag", "tag", "tags"},
    {"important_date", "date", "dates"},
    {"need_offer", "need or offer", "needs and offers"},
    {"interaction_participant", "interaction", "interactions"},
    {"event_attendee", "event", "events"},
    {"grp_member", "group", "groups"},
    {"intro", "intro", "intros"},
    {"opportunity_person", "opportunity", "opportunities"},
    {"person", "person met through them", "people met through them"},
    {"knows", "connection", "connections"},
};

std::string Counted(const std::string& table, int64_t n) {
  for (const auto& noun : kNouns) {
    if (table == noun.table) return fmt::format("{} {}", n, n == 1 ? noun.one : noun.many);
  }
  return fmt::format("{} {}", n, table);
}

std::string Who(const store::DupePerson& p) {
  if (p.company.empty()) return fmt::format("#{} {}", p.id, p.name);
  return fmt::format("#{} {} ({})", p.id, p.name, p.company);
}

void PrintDupesJson(Env& env, const std::vector<app::DupePair>& pairs) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& p : pairs) out.push_back(app::ToJson(p));
  PrintJson(env.out(), out);
}

Status RunDupes(Env& env, const DupesOptions& o) {
  auto ctx = env.Open();
  if (!ctx) return ctx.status();
  auto pairs = app::FindDuplicates(**ctx, 0);
  if (!pairs) return pairs.status();
  size_t total = pairs->size();
  if (o.limit > 0 && pairs->size() > static_cast<size_t>(o.limit)) pairs->resize(o.limit);
  if (o.json) {
    PrintDupesJson(env, *pairs);
    return Status::Ok();
  }
  for (const auto& p : *pairs) {
    fmt::print(env.out(), "{} · {}\n  {}\n  kith merge {} {}\n\n", Who(p.keep), Who(p.other),
               fmt::join(p.reasons, "; "), p.keep.id, p.other.id);
  }
  if (total == 0) {
    fmt::print(env.out(), "No likely duplicates.\n");
  } else if (pairs->size() < total) {
    fmt::print(env.out(), "{} of {} likely duplicates (-n 0 shows all)\n", pairs->size(), total);
  } else {
    fmt::print(env.out(), "{} likely duplicate{}\n", total, total == 1 ? "" : "s");
  }
  return Status::Ok();
}

void PrintCounts(Env& env, const char* label, const std::vector<std::string>& items) {
  if (!items.empty()) fmt::print(env.out(), "  {:<9} {}\n", label, fmt::join(items, ", "));
}

void PrintMerge(Env& env, const store::MergeSummary& s, bool dry_run) {
  const char* verb = dry_run ? "Would merge" : "Merged";
  fmt::print(env.out(), "{} {} (#{}) into {} (#{})", verb, s.other.name, s.other.id, s.kept.name,
             s.kept.id);
  if (dry_run) {
    fmt::print(env.out(), " (dry run: nothing written)\n");
  } else {
    fmt::print(env.out(), ": merge #{}\n", s.merge_id);
  }
  std::vector<std::string> moved, dropped, combined;
  for (const auto& c : s.counts) {
    if (c.moved) moved.push_back(Counted(c.table, c.moved));
    if (c.dropped) dropped.push_back(Counted(c.table, c.dropped));
    if (c.combined) combined.push_back(Counted(c.table, c.combined));
  }
  PrintCounts(env, "moved", moved);
  PrintCounts(env, "dropped", dropped);
  PrintCounts(env, "combined", combined);
  PrintCounts(env, "filled", s.filled);
  if (!dropped.empty()) {
    fmt::print(env.out(), "  (dropped: {} had the same already)\n", s.kept.name);
  }
  if (!dry_run) fmt::print(env.out(), "Undo: kith unmerge {}\n", s.merge_id);
}

Status RunMerge(Env& env, const MergeOptions& o) {
  auto ctx = env.Open();
  if (!ctx) return ctx.status();
  auto summary = app::Merge(**ctx, o.keep, o.other, o.dry_run);
  if (!summary) return summary.status();
  PrintMerge(env, *summary, o.dry_run);
  return Status::Ok();
}

Result<int64_t> ParseMergeId(std::string_view text) {
  std::string_view digits = text.starts_with("#") ? text.substr(1) : text;
  int64_t id = 0;
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), id);
  if (digits.empty() || ec != std::errc() || end != digits.data() + digits.size() || id <= 0) {
    return Status::Invalid(fmt::format("'{}' is not a merge id (see kith merges)", text));
  }
  return id;
}

Status RunUnmerge(Env& env, const UnmergeOptions& o) {
  auto id = ParseMergeId(o.merge_id);
  if (!id) return id.status();
  auto ctx = env.Open();
  if (!ctx) return ctx.status();
  auto entry = app::Unmerge(**ctx, *id);
  if (!entry) return entry.status();
  fmt::print(env.out(), "Undid merge #{}: {} (#{}) is back, apart from {} (#{})\n", entry->id,
             entry->other.name, entry->other.id, entry->kept.name, entry->kept.id);
  return Status::Ok();
}

Status RunMerges(Env& env, const MergesOptions& o) {
  auto ctx = env.Open();
  if (!ctx) return ctx.status();
  auto merges = store::ListMerges((*ctx)->db, o.limit);
  if (!merges) return merges.status();
  if (o.json) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& m : *merges) out.push_back(app::ToJson(m));
    PrintJson(env.out(), out);
    return Status::Ok();
  }
  if (merges->empty()) fmt::print(env.out(), "No merges yet.\n");
  for (const auto& m : *merges) {
    fmt::print(env.out(), "#{:<5} {}  {} (#{}) into {} (#{}){}\n", m.id,
               FormatDate(LocalDate(m.merged_at)), m.other.name, m.other.id, m.kept.name, m.kept.id,
               m.undone_at ? fmt::format("  undone {}", FormatDate(LocalDate(*m.undone_at))) : "");
  }
  return Status::Ok();
}

constexpr const char* kDupesHelp =
    R"(Evidence, strongest first: the same email or phone; the same name (more so
at the same company or with the same email domain); similar names (every
word of one in the other, "Bob" read as "Robert") at the same company or
email domain. Archived people and pairs you unmerged are left out.
Each pair ends with the command that merges it, keeping the older record.)";

constexpr const char* kMergeHelp =
    R"(Everything OTHER has moves onto KEEP: contact points, facts, notes, tags,
dates, needs and offers, interactions, connections, events, groups, intros,
opportunities, and people met through OTHER. Where KEEP has the same already
(same email, fact, tag, date kind, interaction, ...), KEEP's stays and OTHER's
is dropped; connections to the same person are combined. KEEP's empty fields
(company, title, location, how you met, circle, cadence) are filled from
OTHER's. Then OTHER is deleted. Your own profile can only be KEEP.

The merge is logged: `kith unmerge MERGE_ID` restores both people as they
were; `kith merges` lists merges.

Example:
  kith merge "Ana Lima" "#9" --dry-run)";

}  // namespace

void RegisterDupes(CLI::App& app, Action& action) {
  auto o = std::make_shared<DupesOptions>();
  auto* sub = app.add_subcommand("dupes", "People who are probably in kith twice, and why");
  sub->footer(kDupesHelp);
  sub->add_option("-n,--limit", o->limit, "At most this many pairs (default 20, 0: all)")
      ->check(CLI::NonNegativeNumber);
  sub->add_flag("--json", o->json, "Print JSON");
  OnRun(sub, action, o, RunDupes);
}

void RegisterMerge(CLI::App& app, Action& action) {
  auto o = std::make_shared<MergeOptions>();
  auto* sub = app.add_subcommand("merge", "Merge OTHER into KEEP: one person entered twice");
  sub->footer(kMergeHelp);
  sub->add_option("keep", o->keep, "The person to keep: id, email or part of the name")->required();
  sub->add_option("other", o->other, "The person merged into KEEP and removed")->required();
  sub->add_flag("--dry-run", o->dry_run, "Show what would move; write nothing");
  OnRun(sub, action, o, RunMerge);
}

void RegisterUnmerge(CLI::App& app, Action& action) {
  auto o = std::make_shared<UnmergeOptions>();
  auto* sub = app.add_subcommand("unmerge", "Undo a merge: both people as they were");
  sub->add_option("merge_id", o->merge_id, "The merge's id (kith merges lists them)")->required();
  OnRun(sub, action, o, RunUnmerge);
}

void RegisterMerges(CLI::App& app, Action& action) {
  auto o = std::make_shared<MergesOptions>();
  auto* sub = app.add_subcommand("merges", "Recent merges, newest first");
  sub->add_option("-n,--limit", o->limit, "At most this many (default 20, 0: all)")
      ->check(CLI::NonNegativeNumber);
  sub->add_flag("--json", o->json, "Print JSON");
  OnRun(sub, action, o, RunMerges);
}

}  // namespace kith::cli
