// Writes the warm-paths benchmark graph: a deterministic preferential-
// attachment network (Barabási–Albert, power-law degrees) as a text edge list
// `a b strength`, one tie a line, and query files of (source, target) pairs.
//
//   graph_gen [--nodes 1000000] [--edges-per-node 10] [--queries 1000] [--out /tmp/kith_paths]
//
// writes OUT.edges, OUT.random.queries (uniform pairs) and OUT.near.queries
// (the target is the end of a 2- or 3-step random walk from the source, so a
// path usually exists). Nodes 0..m form a clique; each later node ties to m
// distinct earlier nodes chosen in proportion to their degree; the last
// (edges-per-node x nodes - edges) nodes get one tie more, so 1M nodes make
// exactly 10M edges. Strengths are uniform in [0.05, 1] with three decimals.
// Same arguments, same files: the generator is splitmix64 seeded with 2026.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

struct Rng {
  uint64_t state = 2026;
  uint64_t Next() {
    uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  uint64_t Below(uint64_t n) { return Next() % n; }
};

struct Options {
  uint32_t nodes = 1000000;
  uint32_t m = 10;
  int queries = 1000;
  std::string out = "/tmp/kith_paths";
};

Options Parse(int argc, char** argv) {
  Options o;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--nodes")) o.nodes = static_cast<uint32_t>(std::atol(argv[i + 1]));
    if (!std::strcmp(argv[i], "--edges-per-node"))
      o.m = static_cast<uint32_t>(std::atoi(argv[i + 1]));
    if (!std::strcmp(argv[i], "--queries")) o.queries = std::atoi(argv[i + 1]);
    if (!std::strcmp(argv[i], "--out")) o.out = argv[i + 1];
  }
  return o;
}

// Endpoints of every edge so far: a uniform pick is a degree-weighted node.
std::vector<uint32_t> Generate(const Options& o, Rng& rng, std::FILE* out) {
  std::vector<uint32_t> ends;
  ends.reserve(static_cast<size_t>(o.nodes) * o.m * 2 + 64);
  auto emit = [&](uint32_t a, uint32_t b) {
    ends.push_back(a);
    ends.push_back(b);
    const uint64_t s = 50 + rng.Below(951);  // thousandths: 0.050 .. 1.000
    std::fprintf(out, "%u %u %u.%03u\n", a, b, static_cast<unsigned>(s / 1000),
                 static_cast<unsigned>(s % 1000));
  };
  for (uint32_t a = 0; a <= o.m; ++a) {
    for (uint32_t b = a + 1; b <= o.m; ++b) emit(a, b);
  }
  const uint64_t clique = uint64_t{o.m} * (o.m + 1) / 2;
  const uint64_t wanted = uint64_t{o.nodes} * o.m;
  const uint64_t extra = wanted - clique - uint64_t{o.nodes - o.m - 1} * o.m;
  std::vector<uint32_t> chosen;
  for (uint32_t v = o.m + 1; v < o.nodes; ++v) {
    const uint32_t ties = o.m + (o.nodes - v <= extra ? 1 : 0);
    chosen.clear();
    while (chosen.size() < ties) {
      uint32_t u = ends[rng.Below(ends.size())];
      bool seen = false;
      for (uint32_t c : chosen) seen = seen || c == u;
      if (!seen) chosen.push_back(u);
    }
    for (uint32_t u : chosen) emit(u, v);
  }
  return ends;
}

// Adjacency from the endpoint list, for the random walks.
std::vector<std::vector<uint32_t>> Adjacency(const std::vector<uint32_t>& ends, uint32_t n) {
  std::vector<std::vector<uint32_t>> adj(n);
  for (size_t i = 0; i + 1 < ends.size(); i += 2) {
    adj[ends[i]].push_back(ends[i + 1]);
    adj[ends[i + 1]].push_back(ends[i]);
  }
  return adj;
}

void WriteQueries(const Options& o, const std::vector<uint32_t>& ends, Rng& rng) {
  std::FILE* random = std::fopen((o.out + ".random.queries").c_str(), "w");
  std::FILE* near = std::fopen((o.out + ".near.queries").c_str(), "w");
  auto adj = Adjacency(ends, o.nodes);
  for (int q = 0; q < o.queries; ++q) {
    uint32_t s = static_cast<uint32_t>(rng.Below(o.nodes)), t = s;
    while (t == s) t = static_cast<uint32_t>(rng.Below(o.nodes));
    std::fprintf(random, "%u %u\n", s, t);
    s = static_cast<uint32_t>(rng.Below(o.nodes));
    for (t = s; t == s;) {
      const int steps = 2 + static_cast<int>(rng.Below(2));
      t = s;
      for (int i = 0; i < steps; ++i) t = adj[t][rng.Below(adj[t].size())];
    }
    std::fprintf(near, "%u %u\n", s, t);
  }
  std::fclose(random);
  std::fclose(near);
}

}  // namespace

int main(int argc, char** argv) {
  Options o = Parse(argc, argv);
  if (o.m < 1 || o.nodes <= o.m + 1) {
    std::fprintf(stderr, "graph_gen: need --nodes > --edges-per-node + 1\n");
    return 2;
  }
  Rng rng;
  std::FILE* out = std::fopen((o.out + ".edges").c_str(), "w");
  if (!out) {
    std::perror(o.out.c_str());
    return 1;
  }
  auto ends = Generate(o, rng, out);
  std::fclose(out);
  WriteQueries(o, ends, rng);
  std::printf("%s.edges: %u nodes, %zu edges\n", o.out.c_str(), o.nodes, ends.size() / 2);
  return 0;
}
