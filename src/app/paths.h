// Warm paths: the strongest chains of people from you to someone you want to
// reach, and the who-knows-whom ties they are made of.
//
//   auto paths = WarmPaths::Load(ctx);           // builds the graph once
//   auto found = (*paths)->Find(ctx, {.person = "Dana Reyes"});
//   for (const auto& p : found->paths) ...       // you → Ben (0.72) → Dana (0.55)
//
// The graph (core/people_graph.h) holds you, everyone not archived with a tie
// to you or to someone else, and the ties: yours to each person you have
// interactions with, at their tie strength now, and every knows row between
// people not archived (core/path_strength.h maps both to (0, 1]). A person
// row marked as yours (is_me) is you in the graph. Paths have at most three
// hops; their strength is the product of the hops'. Load reads the database
// once; a WarmPaths then answers any number of queries against that
// snapshot, one at a time (not thread-safe).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "app/context.h"
#include "core/people_graph.h"
#include "core/person.h"
#include "core/tie_strength.h"

namespace kith::app {

struct PathHop {
  core::PersonRef to;
  double strength = 0;  // (0, 1]
  std::string why;      // "co-founders", "seen together 3 times", "last: coffee 2 days ago"
};

struct WarmPath {
  std::vector<PathHop> hops;  // the first starts from you
  double strength = 0;        // the product of the hops'
};

struct PathQuery {
  std::string person;   // a reference as ResolvePerson reads it, or
  std::string company;  // everyone not archived at this company (folded match)
  size_t k = 3;
};

struct PathResult {
  std::vector<core::PersonRef> targets;  // the person, or the company's people
  std::vector<WarmPath> paths;           // strongest first; empty when none
};

class WarmPaths {
 public:
  static Result<std::unique_ptr<WarmPaths>> Load(Context& ctx);

  Result<PathResult> Find(Context& ctx, const PathQuery& query);

  const core::PeopleGraph& graph() const { return *graph_; }

 private:
  struct YourTie {
    double strength = 0;
    core::TieStats stats;
  };
  WarmPaths() = default;
  Result<WarmPath> Explain(Context& ctx, const core::GraphPath& path) const;
  Result<std::string> Why(Context& ctx, int64_t from, int64_t to) const;

  std::optional<int64_t> me_;  // your own person row, if any
  std::unordered_map<int64_t, YourTie> your_ties_;
  std::unique_ptr<core::PeopleGraph> graph_;
  std::unique_ptr<core::PathFinder> finder_;
};

// Why two people know each other, in words: `how` when given, else from the
// tie's source and count ("you introduced them", "seen together 3 times").
std::string DescribeKnows(std::string_view how, std::string_view source, int64_t count);

// You in the graph: no person has id 0.
inline constexpr int64_t kYou = 0;

struct KnowsResult {
  core::PersonRef a, b;
  bool is_new = false;
};

// `kith knows A B`: records that A and B know each other, as you said so.
Result<KnowsResult> RecordKnows(Context& ctx, std::string_view a, std::string_view b,
                                std::optional<std::string_view> how,
                                std::optional<double> strength);

}  // namespace kith::app
