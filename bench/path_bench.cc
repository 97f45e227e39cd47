// Times warm-path queries on the graph_gen edge list: load into the CSR
// (core::PeopleGraph), then the best 3 paths of at most 3 hops for each
// (source, target) pair of a query file, one PathFinder, one thread.
//
//   path_bench /tmp/kith_paths.edges /tmp/kith_paths.random.queries [results.txt]
//
// Prints load and build times, then the median, p90, p99 and max per query,
// and how many queries found a path. With a third argument, writes each
// query's path strengths (`s t p1 p2 p3`) for comparison with the Python
// scripts (bench/path_networkx.py, bench/path_igraph.py).
#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/people_graph.h"

namespace {

using Clock = std::chrono::steady_clock;

double Ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

std::string Slurp(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// "a b 0.123\n" lines; strength parsed with from_chars.
std::vector<kith::core::WeightedEdge> ParseEdges(const std::string& text) {
  std::vector<kith::core::WeightedEdge> edges;
  edges.reserve(text.size() / 16);
  const char* p = text.data();
  const char* end = p + text.size();
  while (p < end) {
    kith::core::WeightedEdge e;
    p = std::from_chars(p, end, e.a).ptr + 1;
    p = std::from_chars(p, end, e.b).ptr + 1;
    p = std::from_chars(p, end, e.strength).ptr;
    while (p < end && (*p == '\n' || *p == '\r')) ++p;
    edges.push_back(e);
  }
  return edges;
}

std::vector<std::pair<int64_t, int64_t>> ParseQueries(const std::string& text) {
  std::vector<std::pair<int64_t, int64_t>> out;
  std::istringstream in(text);
  int64_t s = 0, t = 0;
  while (in >> s >> t) out.emplace_back(s, t);
  return out;
}

double Percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: path_bench EDGES QUERIES [RESULTS]\n");
    return 2;
  }
  auto t0 = Clock::now();
  std::string text = Slurp(argv[1]);
  auto edges = ParseEdges(text);
  auto t1 = Clock::now();
  auto graph = kith::core::PeopleGraph::Build(edges);
  auto t2 = Clock::now();
  std::printf("read + parse %zu edges: %.0f ms; build CSR (%u nodes, %llu ties): %.0f ms\n",
              edges.size(), Ms(t1 - t0), graph.node_count(),
              static_cast<unsigned long long>(graph.edge_count()), Ms(t2 - t1));
  auto queries = ParseQueries(Slurp(argv[2]));
  kith::core::PathFinder finder(graph);
  std::vector<double> times;
  std::FILE* results = argc > 3 ? std::fopen(argv[3], "w") : nullptr;
  int found = 0;
  size_t paths_total = 0, slowest = 0;
  for (const auto& [s, t] : queries) {
    auto q0 = Clock::now();
    auto paths = finder.Best(*graph.IndexOf(s), *graph.IndexOf(t), 3, 3);
    times.push_back(Ms(Clock::now() - q0));
    if (times.back() > times[slowest]) slowest = times.size() - 1;
    found += paths.empty() ? 0 : 1;
    paths_total += paths.size();
    if (!results) continue;
    std::fprintf(results, "%lld %lld", static_cast<long long>(s), static_cast<long long>(t));
    for (const auto& p : paths) std::fprintf(results, " %.6f", p.Strength());
    std::fprintf(results, "\n");
  }
  if (results) std::fclose(results);
  std::printf(
      "%zu queries (k=3, <=3 hops): median %.3f ms, p90 %.3f, p99 %.3f, max %.3f; "
      "%d found a path, %zu paths\n",
      times.size(), Percentile(times, 0.5), Percentile(times, 0.9), Percentile(times, 0.99),
      Percentile(times, 1.0), found, paths_total);
  const auto [s, t] = queries[slowest];
  std::printf(
      "slowest: query %zu, %lld (%llu ties) to %lld (%llu ties)\n", slowest,
      static_cast<long long>(s), static_cast<unsigned long long>(graph.Degree(*graph.IndexOf(s))),
      static_cast<long long>(t), static_cast<unsigned long long>(graph.Degree(*graph.IndexOf(t))));
  return 0;
}
