#!/usr/bin/python3
# Expected karate-club paths for src/core/path_finder_test.cc: the best three paths
# of at most three hops, strength = weight / 8, ranked by the product of strengths.
# Run with Debian's networkx: /usr/bin/python3 bench/karate_paths.py
import networkx as nx, math, heapq
G = nx.karate_club_graph()
for u, v, d in G.edges(data=True):
    d['cost'] = -math.log(d['weight'] / 8.0)
es = sorted((min(u, v), max(u, v), d['weight']) for u, v, d in G.edges(data=True))
print("edges:", ", ".join("{%d, %d, %d}" % e for e in es))
def best(s, targets, k=3):
    paths = []
    for t in targets:
        for p in nx.all_simple_paths(G, s, t, cutoff=3):
            if any(x in targets for x in p[1:-1]): continue
            c = sum(G[a][b]['cost'] for a, b in zip(p, p[1:]))
            paths.append((c, len(p), p))
    return heapq.nsmallest(k, paths)
for s, ts in [(0, [33]), (16, [25]), (11, [9]), (5, [29]), (0, [23, 26, 29])]:
    print(s, ts, [("%.9f" % math.exp(-c), p) for c, _, p in best(s, set(ts))])
