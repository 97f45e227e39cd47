#!/usr/bin/python3
"""Warm-path queries with igraph (Debian's python3-igraph) on the graph_gen edge
list, for comparison with bench/path_bench.cc.

    /usr/bin/python3 bench/path_igraph.py EDGES QUERIES... [--limit N] [--yen-limit N] [--method all,yen] [--out PREFIX]

--method all: g.get_all_simple_paths(s, to=t, cutoff=3) (C), each path's cost
  summed in Python from the edge weights, the 3 least kept. Exact; the same
  answer as path_bench.
--method yen: g.get_k_shortest_paths(s, to=t, k=3, weights="w", mode="all")
  (C, Yen's algorithm over Dijkstra): the 3 strongest paths with no hop
  limit, so not the same question; reported for scale, with how many of its
  paths have at most 3 hops.
Load time is reported separately from query time.
"""
import argparse, heapq, math, statistics, time
import igraph as ig


def load(path):
    ends, weights = [], []
    with open(path) as f:
        for line in f:
            a, b, s = line.split()
            ends.append((int(a), int(b)))
            weights.append(-math.log(float(s)))
    g = ig.Graph(n=max(max(e) for e in ends) + 1, edges=ends, directed=False)
    g.es["w"] = weights
    return g, weights


def best_all(g, w, s, t, k=3):
    def cost(p):
        return sum(w[g.get_eid(a, b)] for a, b in zip(p, p[1:]))

    return heapq.nsmallest(k, ((cost(p), len(p), p) for p in g.get_all_simple_paths(s, to=t, cutoff=3)))


def best_yen(g, w, s, t, k=3):
    out = []
    for p in g.get_k_shortest_paths(s, to=t, k=k, weights="w", mode="all", output="epath"):
        if p:
            out.append((sum(w[e] for e in p), len(p) + 1, p))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("edges")
    ap.add_argument("queries", nargs="+")
    ap.add_argument("--limit", type=int, default=100, help="queries for method all")
    ap.add_argument("--yen-limit", type=int, default=3, help="queries for method yen (slow)")
    ap.add_argument("--method", default="all,yen", help="comma-separated: all, yen")
    ap.add_argument("--out", help="prefix: writes PREFIX.QUERYFILE.METHOD.txt")
    args = ap.parse_args()
    t0 = time.perf_counter()
    g, w = load(args.edges)
    print(f"igraph {ig.__version__}: load {g.vcount()} nodes, {g.ecount()} edges: "
          f"{time.perf_counter() - t0:.1f} s", flush=True)
    for qfile in args.queries:
        qname = qfile.split("/")[-1]
        every = [tuple(map(int, l.split())) for l in open(qfile)]
        for method in args.method.split(","):
            best = best_all if method == "all" else best_yen
            queries = every[: args.limit if method == "all" else args.yen_limit]
            times, found, short, out = [], 0, 0, []
            for s, t in queries:
                q0 = time.perf_counter()
                paths = best(g, w, s, t)
                times.append((time.perf_counter() - q0) * 1000)
                found += bool(paths)
                short += sum(1 for _, n, _ in paths if n <= 4)
                out.append(f"{s} {t}" + "".join(f" {math.exp(-c):.6f}" for c, _, _ in paths))
            if args.out:
                open(f"{args.out}.{qname}.{method}.txt", "w").write("\n".join(out) + "\n")
            times.sort()
            print(f"{qname}: {len(times)} queries, method {method}: median {statistics.median(times):.2f} ms, "
                  f"p90 {times[int(0.9 * len(times))]:.2f}, max {times[-1]:.2f}; {found} found a path, "
                  f"{short} paths of at most 3 hops")


if __name__ == "__main__":
    main()
