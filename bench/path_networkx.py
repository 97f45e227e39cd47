#!/usr/bin/python3
"""Warm-path queries with networkx (Debian's python3-networkx) on the graph_gen
edge list, for comparison with bench/path_bench.cc: the best 3 paths of at most
3 hops by product of strengths (= least sum of -ln strength).

    /usr/bin/python3 bench/path_networkx.py EDGES QUERIES... [--limit N] [--method all,join] [--out PREFIX]

--method all (networkx's own primitive): nx.all_simple_paths(G, s, t, cutoff=3),
  every loopless path of at most 3 hops, ranked with heapq.nsmallest by
  nx.path_weight. Exact; the same answer as path_bench.
--method join: the same bounded join as kith's PathFinder, in Python over
  networkx's adjacency dicts (without the weight-sorted early stop, which
  networkx's dicts cannot give). Exact.
Load time is reported separately from query time.
"""
import argparse, heapq, math, statistics, sys, time
import networkx as nx


def load(path):
    G = nx.Graph()
    with open(path) as f:
        for line in f:
            a, b, s = line.split()
            G.add_edge(int(a), int(b), w=-math.log(float(s)))
    return G


def best_all(G, s, t, k=3):
    paths = ((nx.path_weight(G, p, "w"), len(p), p) for p in nx.all_simple_paths(G, s, t, cutoff=3))
    return heapq.nsmallest(k, paths)


def best_join(G, s, t, k=3):
    adj = G.adj
    src = {a: d["w"] for a, d in adj[s].items()}
    back = {b: d["w"] for b, d in adj[t].items() if b != s}
    found = []
    if t in src:
        found.append((src[t], 2, [s, t]))
    for b, w in back.items():
        if b in src:
            found.append((src[b] + w, 3, [s, b, t]))
    firsts = [a for a in src if a != t]
    if sum(len(adj[a]) for a in firsts) <= sum(len(adj[b]) for b in back):
        for a in firsts:
            wa = src[a]
            for b, d in adj[a].items():
                if b in back:
                    found.append((wa + d["w"] + back[b], 4, [s, a, b, t]))
    else:
        for b, wb in back.items():
            for a, d in adj[b].items():
                if a in src and a != t:
                    found.append((src[a] + d["w"] + wb, 4, [s, a, b, t]))
    return heapq.nsmallest(k, found)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("edges")
    ap.add_argument("queries", nargs="+")
    ap.add_argument("--limit", type=int, default=100, help="queries for method all (join runs all)")
    ap.add_argument("--method", default="all,join", help="comma-separated: all, join")
    ap.add_argument("--out", help="prefix: writes PREFIX.QUERYFILE.METHOD.txt")
    args = ap.parse_args()
    t0 = time.perf_counter()
    G = load(args.edges)
    print(f"networkx {nx.__version__}: load {G.number_of_nodes()} nodes, "
          f"{G.number_of_edges()} edges: {time.perf_counter() - t0:.1f} s", flush=True)
    for qfile in args.queries:
        qname = qfile.split("/")[-1]
        every = [tuple(map(int, l.split())) for l in open(qfile)]
        for method in args.method.split(","):
            best = best_all if method == "all" else best_join
            queries = every if method == "join" else every[: args.limit]
            times, found, out = [], 0, []
            for s, t in queries:
                q0 = time.perf_counter()
                paths = best(G, s, t)
                times.append((time.perf_counter() - q0) * 1000)
                found += bool(paths)
                out.append(f"{s} {t}" + "".join(f" {math.exp(-c):.6f}" for c, _, _ in paths))
            if args.out:
                open(f"{args.out}.{qname}.{method}.txt", "w").write("\n".join(out) + "\n")
            times.sort()
            print(f"{qname}: {len(times)} queries, method {method}: median {statistics.median(times):.2f} ms, "
                  f"p90 {times[int(0.9 * len(times))]:.2f}, max {times[-1]:.2f}; {found} found a path")


if __name__ == "__main__":
    main()
