"""Weighted shortest paths (Dijkstra).

Variants by difficulty: tutorial (one pair, vertex 1 to vertex N, undirected, small weights), easy (all
distances from a source in a directed graph), medium (many sources and many targets, weights up to 10^9:
multi-source Dijkstra, 64-bit distances), hard (one edge may be used for free: Dijkstra over
(vertex, coupon used) states).
"""
from __future__ import annotations

import random

from generator.problems.family import Draft, Family, TestInput, WrongSolution, choose_theme, josa
from generator.problems.schema import Constraint, Difficulty, Language

VARIANTS: dict[Difficulty, str] = {
    Difficulty.tutorial: "single_pair",
    Difficulty.easy: "all_distances",
    Difficulty.medium: "nearest_source",
    Difficulty.hard: "free_edge",
}
# Bounds per variant: (max N, max M, max weight); the Constraint objects and the validator read these.
BOUNDS: dict[str, tuple[int, int, int]] = {
    "single_pair": (1000, 5000, 100),
    "all_distances": (20_000, 60_000, 10),
    "nearest_source": (40_000, 40_000, 10**9),
    "free_edge": (30_000, 30_000, 10**9),
}
MAX_K, MAX_Q = 10_000, 10_000  # nearest_source: sources and queries

THEMES: dict[str, dict[Language, dict[str, str]]] = {
    "courier": {
        "en": {"title": "Courier Routes", "title_hard": "The Free Pass", "who": "A courier", "node": "town",
               "nodes": "towns", "edge": "road", "edges": "roads", "unit": "minutes", "site": "depot",
               "sites": "depots"},
        "ko": {"title": "택배 배송 경로", "title_hard": "무료 통행권", "who": "택배 기사", "node": "마을",
               "edge": "도로", "unit": "분", "site": "물류 센터"},
    },
    "subway": {
        "en": {"title": "Subway Transfers", "title_hard": "One Free Ride", "who": "A commuter",
               "node": "station", "nodes": "stations", "edge": "line segment", "edges": "line segments",
               "unit": "seconds", "site": "bike rental", "sites": "bike rentals"},
        "ko": {"title": "지하철 환승", "title_hard": "한 번의 무료 승차", "who": "출근하는 시민", "node": "역",
               "edge": "선로 구간", "unit": "초", "site": "자전거 대여소"},
    },
    "network": {
        "en": {"title": "Packet Latency", "title_hard": "Priority Link", "who": "A network engineer",
               "node": "router", "nodes": "routers", "edge": "link", "edges": "links", "unit": "microseconds",
               "site": "server", "sites": "servers"},
        "ko": {"title": "패킷 지연 시간", "title_hard": "우선 처리 링크", "who": "네트워크 엔지니어", "node": "라우터",
               "edge": "링크", "unit": "마이크로초", "site": "서버"},
    },
    "hiking": {
        "en": {"title": "Mountain Trails", "title_hard": "The Cable Car Ticket", "who": "A hiker",
               "node": "shelter", "nodes": "shelters", "edge": "trail", "edges": "trails", "unit": "minutes",
               "site": "spring", "sites": "springs"},
        "ko": {"title": "산악 등산로", "title_hard": "케이블카 탑승권", "who": "등산객", "node": "대피소",
               "edge": "등산로", "unit": "분", "site": "약수터"},
    },
}

# ------------------------------------------------------------------------------------------ validator
VALIDATOR_HEAD = r'''
import re
import sys
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
assert "\r" not in data and "\t" not in data, "unexpected whitespace characters"
LINES = data[:-1].split("\n")
POS = [0]
NUMS = re.compile(r"(?:0|-?[1-9][0-9]*)(?: (?:0|-?[1-9][0-9]*))*")
def line():
    assert POS[0] < len(LINES), "unexpected end of input"
    POS[0] += 1
    return LINES[POS[0] - 1]
def ints(count):
    text = line()
    assert NUMS.fullmatch(text), "integers separated by single spaces expected: %r" % text[:40]
    values = [int(tok) for tok in text.split(" ")]
    assert len(values) == count, "expected %d integers on a line, got %d" % (count, len(values))
    return values
def done():
    assert POS[0] == len(LINES), "extra lines after the input"
'''

VALIDATOR_BODY = r'''
V = P["variant"]
if V == "all_distances":
    n, m, s = ints(3)
    assert 1 <= n <= P["maxn"], "N out of range"
    assert 1 <= s <= n, "S out of range"
elif V == "nearest_source":
    n, m, k, q = ints(4)
    assert 1 <= n <= P["maxn"], "N out of range"
    assert 1 <= k <= min(n, P["maxk"]), "K out of range"
    assert 1 <= q <= P["maxq"], "Q out of range"
else:
    n, m = ints(2)
    assert 2 <= n <= P["maxn"], "N out of range"
assert 0 <= m <= P["maxm"], "M out of range"
for _ in range(m):
    u, v, w = ints(3)
    assert 1 <= u <= n and 1 <= v <= n, "vertex out of range"
    assert u != v, "self-loop"
    assert 1 <= w <= P["maxw"], "weight out of range"
if V == "nearest_source":
    sources = ints(k)
    assert all(1 <= x <= n for x in sources), "source out of range"
    assert len(set(sources)) == k, "sources must be distinct"
    targets = ints(q)
    assert all(1 <= x <= n for x in targets), "query vertex out of range"
done()
'''

# ------------------------------------------------------------------------------------------ single pair
READ_PAIR = r'''
import sys
from heapq import heappush, heappop
def read():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    edges = list(zip(map(int, data[2:2 + 3 * m:3]), map(int, data[3:3 + 3 * m:3]), map(int, data[4:4 + 3 * m:3])))
    return n, edges
def undirected(n, edges):
    adj = [[] for _ in range(n + 1)]
    for u, v, w in edges:
        adj[u].append((v, w))
        adj[v].append((u, w))
    return adj
'''

PAIR_REFERENCE = READ_PAIR + r'''
def main():
    n, edges = read()
    adj = undirected(n, edges)
    INF = 1 << 62
    dist = [INF] * (n + 1)
    dist[1] = 0
    pq = [(0, 1)]
    while pq:
        d, u = heappop(pq)
        if d > dist[u]:
            continue
        if u == n:
            break
        for v, w in adj[u]:
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                heappush(pq, (nd, v))
    print(dist[n] if dist[n] < INF else -1)
main()
'''

# Obviously correct: Bellman-Ford, relax every edge in both directions until nothing changes.
PAIR_BRUTE = READ_PAIR + r'''
n, edges = read()
INF = float("inf")
dist = [INF] * (n + 1)
dist[1] = 0
changed = True
while changed:
    changed = False
    for u, v, w in edges:
        for a, b in ((u, v), (v, u)):
            if dist[a] + w < dist[b]:
                dist[b] = dist[a] + w
                changed = True
print(-1 if dist[n] == INF else dist[n])
'''

# Wrong: breadth-first search finds the route with the fewest roads and prints its length.
PAIR_WRONG_BFS = READ_PAIR + r'''
from collections import deque
n, edges = read()
adj = undirected(n, edges)
dist = [-1] * (n + 1)
dist[1] = 0
q = deque([1])
while q:
    u = q.popleft()
    for v, w in adj[u]:
        if dist[v] < 0:
            dist[v] = dist[u] + w
            q.append(v)
print(dist[n])
'''

# Wrong: greedy walk, always along the cheapest edge to a vertex not visited yet.
PAIR_WRONG_GREEDY = READ_PAIR + r'''
n, edges = read()
adj = undirected(n, edges)
cur, total, seen = 1, 0, {1}
while cur != n:
    options = [(w, v) for v, w in adj[cur] if v not in seen]
    if not options:
        total = -1
        break
    w, v = min(options)
    total += w
    seen.add(v)
    cur = v
print(total)
'''

# Too slow: Floyd-Warshall, O(N^3).
PAIR_SLOW = READ_PAIR + r'''
n, edges = read()
INF = float("inf")
d = [[INF] * (n + 1) for _ in range(n + 1)]
for i in range(n + 1):
    d[i][i] = 0
for u, v, w in edges:
    if w < d[u][v]:
        d[u][v] = d[v][u] = w
for k in range(1, n + 1):
    dk = d[k]
    for i in range(1, n + 1):
        di = d[i]
        dik = di[k]
        if dik == INF:
            continue
        for j in range(1, n + 1):
            if dik + dk[j] < di[j]:
                di[j] = dik + dk[j]
print(-1 if d[1][n] == INF else d[1][n])
'''

# ------------------------------------------------------------------------------------------ all distances
READ_ALL = r'''
import sys
from heapq import heappush, heappop
def read():
    data = sys.stdin.buffer.read().split()
    n, m, s = int(data[0]), int(data[1]), int(data[2])
    edges = list(zip(map(int, data[3:3 + 3 * m:3]), map(int, data[4:4 + 3 * m:3]), map(int, data[5:5 + 3 * m:3])))
    return n, s, edges
def directed(n, edges):
    adj = [[] for _ in range(n + 1)]
    for u, v, w in edges:
        adj[u].append((v, w))
    return adj
def show(n, dist, inf):
    sys.stdout.write("\n".join(str(dist[v]) if dist[v] < inf else "-1" for v in range(1, n + 1)) + "\n")
'''

ALL_REFERENCE = READ_ALL + r'''
def main():
    n, s, edges = read()
    adj = directed(n, edges)
    INF = 1 << 62
    dist = [INF] * (n + 1)
    dist[s] = 0
    pq = [(0, s)]
    while pq:
        d, u = heappop(pq)
        if d > dist[u]:
            continue
        for v, w in adj[u]:
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                heappush(pq, (nd, v))
    show(n, dist, INF)
main()
'''

ALL_BRUTE = READ_ALL + r'''
n, s, edges = read()
INF = float("inf")
dist = [INF] * (n + 1)
dist[s] = 0
changed = True
while changed:
    changed = False
    for u, v, w in edges:
        if dist[u] + w < dist[v]:
            dist[v] = dist[u] + w
            changed = True
show(n, dist, INF)
'''

ALL_WRONG_BFS = READ_ALL + r'''
from collections import deque
n, s, edges = read()
adj = directed(n, edges)
INF = 1 << 62
dist = [INF] * (n + 1)
dist[s] = 0
q = deque([s])
while q:
    u = q.popleft()
    for v, w in adj[u]:
        if dist[v] == INF:
            dist[v] = dist[u] + w
            q.append(v)
show(n, dist, INF)
'''

# Wrong: fixes a vertex's distance the first time it is reached, not when it leaves the heap.
ALL_WRONG_FINAL_ON_PUSH = READ_ALL + r'''
n, s, edges = read()
adj = directed(n, edges)
INF = 1 << 62
dist = [INF] * (n + 1)
dist[s] = 0
pq = [(0, s)]
while pq:
    d, u = heappop(pq)
    for v, w in adj[u]:
        if dist[v] == INF:
            dist[v] = d + w
            heappush(pq, (d + w, v))
show(n, dist, INF)
'''

# Too slow: Dijkstra that scans all vertices for the closest unfinished one, O(N^2).
ALL_SLOW = READ_ALL + r'''
n, s, edges = read()
adj = directed(n, edges)
INF = 1 << 62
dist = [INF] * (n + 1)
dist[s] = 0
done = [False] * (n + 1)
for _ in range(n):
    u, best = -1, INF
    for v in range(1, n + 1):
        if not done[v] and dist[v] < best:
            u, best = v, dist[v]
    if u < 0:
        break
    done[u] = True
    for v, w in adj[u]:
        if best + w < dist[v]:
            dist[v] = best + w
show(n, dist, INF)
'''

# ------------------------------------------------------------------------------------------ nearest source
READ_NEAR = r'''
import sys
from heapq import heappush, heappop
def read():
    data = sys.stdin.buffer.read().split()
    n, m, k, q = int(data[0]), int(data[1]), int(data[2]), int(data[3])
    edges = list(zip(map(int, data[4:4 + 3 * m:3]), map(int, data[5:5 + 3 * m:3]), map(int, data[6:6 + 3 * m:3])))
    rest = data[4 + 3 * m:]
    sources = [int(x) for x in rest[:k]]
    targets = [int(x) for x in rest[k:k + q]]
    return n, edges, sources, targets
def undirected(n, edges):
    adj = [[] for _ in range(n + 1)]
    for u, v, w in edges:
        adj[u].append((v, w))
        adj[v].append((u, w))
    return adj
'''

NEAR_REFERENCE = READ_NEAR + r'''
def main():
    n, edges, sources, targets = read()
    adj = undirected(n, edges)
    INF = 1 << 62
    dist = [INF] * (n + 1)
    pq = []
    for s in sources:
        dist[s] = 0
        pq.append((0, s))
    while pq:
        d, u = heappop(pq)
        if d > dist[u]:
            continue
        for v, w in adj[u]:
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                heappush(pq, (nd, v))
    sys.stdout.write("\n".join(str(dist[t]) if dist[t] < INF else "-1" for t in targets) + "\n")
main()
'''

# Obviously correct: Floyd-Warshall, then the minimum over the sources.
NEAR_BRUTE = READ_NEAR + r'''
n, edges, sources, targets = read()
INF = float("inf")
d = [[0 if i == j else INF for j in range(n + 1)] for i in range(n + 1)]
for u, v, w in edges:
    d[u][v] = d[v][u] = min(d[u][v], w)
for k in range(1, n + 1):
    for i in range(1, n + 1):
        for j in range(1, n + 1):
            d[i][j] = min(d[i][j], d[i][k] + d[k][j])
for t in targets:
    best = min(d[s][t] for s in sources)
    print(-1 if best == INF else best)
'''

# Wrong: "infinity" is 10^9, but distances can exceed it.
NEAR_WRONG_SMALL_INF = READ_NEAR + r'''
n, edges, sources, targets = read()
adj = undirected(n, edges)
INF = 10 ** 9
dist = [INF] * (n + 1)
pq = []
for s in sources:
    dist[s] = 0
    pq.append((0, s))
while pq:
    d, u = heappop(pq)
    if d > dist[u]:
        continue
    for v, w in adj[u]:
        if d + w < dist[v]:
            dist[v] = d + w
            heappush(pq, (d + w, v))
print("\n".join(str(dist[t]) if dist[t] < INF else "-1" for t in targets))
'''

# Wrong: runs Dijkstra from the first source only.
NEAR_WRONG_FIRST_SOURCE = READ_NEAR + r'''
n, edges, sources, targets = read()
adj = undirected(n, edges)
INF = 1 << 62
dist = [INF] * (n + 1)
dist[sources[0]] = 0
pq = [(0, sources[0])]
while pq:
    d, u = heappop(pq)
    if d > dist[u]:
        continue
    for v, w in adj[u]:
        if d + w < dist[v]:
            dist[v] = d + w
            heappush(pq, (d + w, v))
print("\n".join(str(dist[t]) if dist[t] < INF else "-1" for t in targets))
'''

# Too slow: one Dijkstra per source.
NEAR_SLOW_PER_SOURCE = READ_NEAR + r'''
n, edges, sources, targets = read()
adj = undirected(n, edges)
INF = 1 << 62
best = [INF] * (n + 1)
for s in sources:
    dist = [INF] * (n + 1)
    dist[s] = 0
    pq = [(0, s)]
    while pq:
        d, u = heappop(pq)
        if d > dist[u]:
            continue
        for v, w in adj[u]:
            if d + w < dist[v]:
                dist[v] = d + w
                heappush(pq, (d + w, v))
    for v in range(n + 1):
        if dist[v] < best[v]:
            best[v] = dist[v]
print("\n".join(str(best[t]) if best[t] < INF else "-1" for t in targets))
'''

# Too slow: no "stale heap entry" check; a vertex improved many times rescans its edges for every entry.
NEAR_SLOW_NO_STALE_CHECK = READ_NEAR + r'''
n, edges, sources, targets = read()
adj = undirected(n, edges)
INF = 1 << 62
dist = [INF] * (n + 1)
pq = []
for s in sources:
    dist[s] = 0
    pq.append((0, s))
while pq:
    d, u = heappop(pq)
    for v, w in adj[u]:
        if d + w < dist[v]:
            dist[v] = d + w
            heappush(pq, (d + w, v))
print("\n".join(str(dist[t]) if dist[t] < INF else "-1" for t in targets))
'''

# ------------------------------------------------------------------------------------------ free edge
FREE_REFERENCE = READ_PAIR + r'''
def main():
    n, edges = read()
    adj = undirected(n, edges)
    INF = 1 << 62
    # Two layers of states: vertex v before the free edge is used (key v), and after it (key v + shift).
    shift = n + 1
    dist = [INF] * (2 * shift)
    dist[1] = 0
    pq = [(0, 1)]
    while pq:
        d, state = heappop(pq)
        if d > dist[state]:
            continue
        if state == n or state == n + shift:
            print(d)
            return
        if state < shift:
            for v, w in adj[state]:
                nd = d + w
                if nd < dist[v]:
                    dist[v] = nd
                    heappush(pq, (nd, v))
                if d < dist[v + shift]:
                    dist[v + shift] = d
                    heappush(pq, (d, v + shift))
        else:
            for v, w in adj[state - shift]:
                nd = d + w
                v += shift
                if nd < dist[v]:
                    dist[v] = nd
                    heappush(pq, (nd, v))
    print(-1)
main()
'''

# Obviously correct: try every edge as the free one (or none) and run Bellman-Ford each time.
FREE_BRUTE = READ_PAIR + r'''
n, edges = read()
INF = float("inf")
best = INF
for free in range(-1, len(edges)):
    dist = [INF] * (n + 1)
    dist[1] = 0
    changed = True
    while changed:
        changed = False
        for i, (u, v, w) in enumerate(edges):
            cost = 0 if i == free else w
            for a, b in ((u, v), (v, u)):
                if dist[a] + cost < dist[b]:
                    dist[b] = dist[a] + cost
                    changed = True
    best = min(best, dist[n])
print(-1 if best == INF else best)
'''

# Wrong: takes the ordinary shortest path and makes its heaviest edge free.
FREE_WRONG_HEAVIEST_ON_SHORTEST = READ_PAIR + r'''
n, edges = read()
adj = undirected(n, edges)
INF = 1 << 62
dist = [INF] * (n + 1)
heavy = [0] * (n + 1)
dist[1] = 0
pq = [(0, 1)]
while pq:
    d, u = heappop(pq)
    if d > dist[u]:
        continue
    for v, w in adj[u]:
        if d + w < dist[v]:
            dist[v] = d + w
            heavy[v] = max(heavy[u], w)
            heappush(pq, (d + w, v))
print(dist[n] - heavy[n] if dist[n] < INF else -1)
'''

# Wrong: one label per vertex; using the coupon early can block the better plan of using it later.
FREE_WRONG_VERTEX_STATE = READ_PAIR + r'''
n, edges = read()
adj = undirected(n, edges)
INF = 1 << 62
dist = [INF] * (n + 1)
dist[1] = 0
pq = [(0, 1, 0)]
while pq:
    d, u, used = heappop(pq)
    if d > dist[u]:
        continue
    for v, w in adj[u]:
        options = [(d + w, used)] + ([(d, 1)] if not used else [])
        for nd, nu in options:
            if nd < dist[v]:
                dist[v] = nd
                heappush(pq, (nd, v, nu))
print(dist[n] if dist[n] < INF else -1)
'''

# Too slow: one Dijkstra per choice of the free edge.
FREE_SLOW = READ_PAIR + r'''
n, edges = read()
INF = 1 << 62
best = INF
for free in range(len(edges)):
    adj = [[] for _ in range(n + 1)]
    for i, (u, v, w) in enumerate(edges):
        c = 0 if i == free else w
        adj[u].append((v, c))
        adj[v].append((u, c))
    dist = [INF] * (n + 1)
    dist[1] = 0
    pq = [(0, 1)]
    while pq:
        d, u = heappop(pq)
        if d > dist[u]:
            continue
        for v, w in adj[u]:
            if d + w < dist[v]:
                dist[v] = d + w
                heappush(pq, (d + w, v))
    best = min(best, dist[n])
print(best if best < INF else -1)
'''


class Dijkstra(Family):
    name = "dijkstra"
    category = "weighted shortest paths (Dijkstra)"
    tags = ("graphs", "shortest path", "dijkstra", "priority queue")
    keywords = (
        "dijkstra", "dijkstra's", "weighted", "weighted graph", "weighted shortest path", "shortest path weighted",
        "weighted shortest paths", "single-source shortest path", "single source shortest path",
        "multi-source", "edge weights",
        "다익스트라", "데이크스트라", "가중치", "가중 그래프", "최단 경로 가중치", "가중치 최단 경로", "가중치가 있는",
    )

    def draft(self, rng: random.Random, difficulty: Difficulty, language: Language) -> Draft:
        variant = VARIANTS[difficulty]
        theme, t = choose_theme(rng, THEMES, language)
        maxn, maxm, maxw = BOUNDS[variant]
        parts = {
            "single_pair": _single_pair,
            "all_distances": _all_distances,
            "nearest_source": _nearest_source,
            "free_edge": _free_edge,
        }[variant](rng, maxn, maxm, maxw)
        constraints = [
            Constraint(symbol="N", low=1 if variant in ("all_distances", "nearest_source") else 2, high=maxn,
                       meaning={"en": "vertices", "ko": "정점의 수"}),
            Constraint(symbol="M", low=0, high=maxm, meaning={"en": "edges", "ko": "간선의 수"}),
            Constraint(symbol="w", low=1, high=maxw, meaning={"en": "edge weight", "ko": "간선의 가중치"}),
        ]
        if variant == "nearest_source":
            constraints += [
                Constraint(symbol="K", low=1, high=MAX_K, meaning={"en": "sources, K ≤ N", "ko": "출발점의 수, K ≤ N"}),
                Constraint(symbol="Q", low=1, high=MAX_Q, meaning={"en": "queries", "ko": "질문의 수"}),
            ]
        params = {"variant": variant, "maxn": maxn, "maxm": maxm, "maxw": maxw, "maxk": MAX_K, "maxq": MAX_Q}
        legend, input_format, output_format, notes = _texts(variant, language, t)
        return Draft(
            family=self.name,
            variant=variant,
            theme=theme,
            title=t["title_hard"] if variant == "free_edge" else t["title"],
            tags=list(self.tags),
            legend=legend,
            input_format=input_format,
            output_format=output_format,
            notes=notes,
            constraints=constraints,
            reference=parts["reference"],
            brute=parts["brute"],
            validator=f"P = {params!r}\n" + VALIDATOR_HEAD + VALIDATOR_BODY,
            tests=parts["tests"],
            stress=parts["stress"],
            near_invalid=parts["near_invalid"],
            wrong_solutions=parts["wrong"],
            explain=lambda inp, out: _explain(variant, inp, out, language, t),
            signature_key=f"{theme}:{variant}",
        )


# ------------------------------------------------------------------------------------------ generators
Edge = tuple[int, int, int]


def _tests(samples: list[str], small: list[str], edge: list[tuple[str, bool]], randoms: list[str],
           anti: list[str], maxes: list[str]) -> list[TestInput]:
    return (
        [TestInput(s, "sample", small=True) for s in samples]
        + [TestInput(s, "small", small=True) for s in small]
        + [TestInput(s, "edge", small=is_small) for s, is_small in edge]
        + [TestInput(s, "random") for s in randoms]
        + [TestInput(s, "anti") for s in anti]
        + [TestInput(s, "max") for s in maxes]
    )


def _weight(rng: random.Random, lo: int, hi: int) -> int:
    return lo + int(rng.random() * (hi - lo + 1))


def _graph(rng: random.Random, n: int, m: int, maxw: int, *, connected: bool, root: int | None = None,
           directed: bool = False, low_w: int = 1) -> list[Edge]:
    """Random graph on 1..n: a random spanning tree (all of it when `connected`, else a random part of it)
    grown from `root` (oriented away from it when directed), then random extra edges up to m in all."""
    rnd = rng.random
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    if root is not None:
        i = perm.index(root)
        perm[0], perm[i] = perm[i], perm[0]
    tree = n - 1 if connected else int(rnd() * n)
    edges: list[Edge] = []
    for i in range(1, min(n, tree + 1, m + 1)):
        j = int(rnd() * i)
        edges.append((perm[j], perm[i], _weight(rng, low_w, maxw)))
    while len(edges) < m and n >= 2:
        u, v = 1 + int(rnd() * n), 1 + int(rnd() * n)
        if u != v:
            edges.append((u, v, _weight(rng, low_w, maxw)))
    if not directed:
        edges = [(v, u, w) if rnd() < 0.5 else (u, v, w) for u, v, w in edges]
    rng.shuffle(edges)
    return edges


def _relabel(rng: random.Random, n: int, edges: list[Edge], fixed: tuple[int, ...] = ()) -> tuple[list[Edge], list[int]]:
    """Random vertex names (vertices in `fixed` keep theirs); returns the edges and the renaming."""
    others = [v for v in range(1, n + 1) if v not in fixed]
    shuffled = others[:]
    rng.shuffle(shuffled)
    name = list(range(n + 1))
    for a, b in zip(others, shuffled):
        name[a] = b
    out = [(name[u], name[v], w) for u, v, w in edges]
    rng.shuffle(out)
    return out, name


def _flipped(rng: random.Random, edges: list[Edge]) -> list[Edge]:
    """Undirected edges with each one written in a random direction."""
    return [(v, u, w) if rng.random() < 0.5 else (u, v, w) for u, v, w in edges]


def _edges_text(edges: list[Edge]) -> str:
    return "".join(f"{u} {v} {w}\n" for u, v, w in edges)


def _near_invalid_common(head_for, n: int, edges: list[Edge], tail: str, maxn: int, maxm: int,
                         maxw: int) -> list[str]:
    """Inputs that break one rule each: N, M (with real extra edges), a vertex, a weight, a self-loop, format.
    head_for(n, m) renders the first line."""
    u, v, w = edges[0]
    body = _edges_text(edges)
    first = f"{u} {v} {w}\n"
    rest = body[len(first):]
    head = head_for(n, len(edges))
    extra = [(1 + i % (n - 1), 2 + i % (n - 1), 1) for i in range(maxm + 1 - len(edges))]
    return [
        head_for(maxn + 1, 0) + tail,
        head_for(n, maxm + 1) + body + _edges_text(extra) + tail,
        head + f"{u} {n + 1} {w}\n" + rest + tail,
        head + f"{u} {v} {maxw + 1}\n" + rest + tail,
        head + f"{u} {v} 0\n" + rest + tail,
        head + f"{u} {u} {w}\n" + rest + tail,
        head + f"{u} {v}\n" + rest + tail,
        head + f"{u}  {v} {w}\n" + rest + tail,
        (head + body + tail).rstrip("\n"),
    ]


def _single_pair(rng: random.Random, maxn: int, maxm: int, maxw: int) -> dict:
    def text(n: int, edges: list[Edge]) -> str:
        return f"{n} {len(edges)}\n" + _edges_text(edges)

    def random_case(n: int, m_cap: int, w_cap: int = maxw) -> str:
        m = rng.randint(max(0, n - 2), max(n - 1, m_cap))
        return text(n, _graph(rng, n, m, w_cap, connected=rng.random() < 0.85))

    def bfs_trap(k: int) -> str:
        # 1 - N directly costs a lot; a chain of k cheap edges is shorter. The greedy walk wanders off.
        n = k + 1
        edges = [(1, n, min(maxw, 3 * k + 5))] + [(i, i + 1, rng.randint(1, 3)) for i in range(1, n)]
        edges, _ = _relabel(rng, n, edges, fixed=(1, n))
        return text(n, edges)

    def greedy_trap() -> str:
        # The cheapest first step leads into a dead end.
        n = 6
        edges = [(1, 2, 1), (2, 3, 1), (3, 4, 1), (1, 5, 5), (5, 6, 5)]
        return text(n, edges)

    # The route with the fewest edges (1-2-5, 11) is slower than 1-2-3-4-5 (7). The inner vertices get random
    # names and the edges a random order and direction.
    edges0, _ = _relabel(rng, 5, [(1, 2, 2), (2, 5, 9), (1, 3, 4), (3, 4, 1), (4, 5, 3), (2, 3, 1)], fixed=(1, 5))
    edges0 = _flipped(rng, edges0)
    samples = [
        text(5, edges0),
        random_case(rng.randint(4, 6), 7, 10),
    ]
    small = [random_case(rng.randint(2, 8), 12) for _ in range(10)]
    edge = [
        ("2 0\n", True),
        ("2 1\n2 1 7\n", True),
        (text(3, [(1, 2, 5), (1, 2, 2), (2, 3, 4), (3, 2, 1)]), True),  # parallel edges
        (text(4, [(1, 2, maxw), (2, 3, maxw), (3, 4, maxw)]), True),
        (text(6, [(1, 2, 1), (2, 3, 1), (4, 5, 1), (5, 6, 1)]), True),  # unreachable
        (bfs_trap(min(maxn - 1, 30)), True),
    ]
    randoms = [random_case(rng.randint(50, 300), 1200) for _ in range(3)]
    anti = [greedy_trap(), bfs_trap(min(maxn - 1, 32)), random_case(maxn, maxm, 5)]
    maxes = [
        text(maxn, _graph(rng, maxn, maxm, maxw, connected=True)),
        text(maxn, _graph(rng, maxn, maxm, maxw, connected=True, low_w=maxw // 2)),
    ]
    stress = [random_case(rng.randint(2, 7), 10) for _ in range(120)]
    near = _near_invalid_common(lambda nn, mm: f"{nn} {mm}\n", 5, edges0, "", maxn, maxm, maxw)
    near.append("1 0\n")
    return {
        "reference": PAIR_REFERENCE,
        "brute": PAIR_BRUTE,
        "tests": _tests(samples, small, edge, randoms, anti, maxes),
        "stress": stress,
        "near_invalid": near,
        "wrong": [
            WrongSolution("bfs_ignores_weights", PAIR_WRONG_BFS),
            WrongSolution("greedy_cheapest_next_edge", PAIR_WRONG_GREEDY),
            WrongSolution("floyd_warshall", PAIR_SLOW, "slow"),
        ],
    }


def _all_distances(rng: random.Random, maxn: int, maxm: int, maxw: int) -> dict:
    def text(n: int, s: int, edges: list[Edge]) -> str:
        return f"{n} {len(edges)} {s}\n" + _edges_text(edges)

    def random_case(n: int, m_cap: int) -> str:
        s = rng.randint(1, n)
        m = rng.randint(0, m_cap)
        return text(n, s, _graph(rng, n, m, maxw, connected=rng.random() < 0.7, root=s, directed=True))

    def detours(n: int) -> str:
        # Many gadgets s -> v (heavy) and s -> a -> v (light): fixing v when it is first reached is wrong.
        edges: list[Edge] = []
        v = 2
        while v + 1 <= n:
            edges += [(1, v, maxw), (1, v + 1, 1), (v + 1, v, rng.randint(1, maxw - 2))]
            v += 2
        edges, name = _relabel(rng, n, edges)
        return text(n, name[1], edges)

    # Vertex 5's only edge leads from it to the source, so it cannot be reached; every vertex, the source
    # included, gets a random name, and the edges a random order.
    edges0, name0 = _relabel(rng, 5, [(1, 2, 2), (1, 3, 3), (2, 3, 4), (2, 4, 5), (3, 4, 6), (5, 1, 1)])
    source0 = name0[1]
    samples = [
        text(5, source0, edges0),
        random_case(rng.randint(4, 6), 8),
    ]
    small = [random_case(rng.randint(1, 8), 14) for _ in range(10)]
    edge = [
        ("1 0 1\n", True),
        ("3 0 2\n", True),
        (text(2, 2, [(1, 2, 3)]), True),  # the only edge points back to nowhere reachable
        (text(3, 1, [(1, 2, 5), (1, 2, 1), (2, 3, maxw), (1, 3, maxw)]), True),
        (detours(9), True),
    ]
    randoms = [random_case(rng.randint(100, 1000), 4000) for _ in range(3)]
    anti = [detours(2001)]
    n_chain = maxn
    chain = [(i, i + 1, rng.randint(1, maxw)) for i in range(1, n_chain)]
    chain += [(rng.randint(1, n_chain), rng.randint(1, n_chain), maxw) for _ in range(maxm - len(chain))]
    chain = [(u, v, w) for u, v, w in chain if u != v]
    chain, name = _relabel(rng, n_chain, chain)
    maxes = [
        text(maxn, 1, _graph(rng, maxn, maxm, maxw, connected=True, root=1, directed=True)),
        text(n_chain, name[1], chain),
    ]
    stress = [random_case(rng.randint(1, 7), 10) for _ in range(120)]
    near = _near_invalid_common(lambda nn, mm: f"{nn} {mm} {source0}\n", 5, edges0, "", maxn, maxm, maxw)
    near += ["5 0 6\n", "0 0 1\n"]
    return {
        "reference": ALL_REFERENCE,
        "brute": ALL_BRUTE,
        "tests": _tests(samples, small, edge, randoms, anti, maxes),
        "stress": stress,
        "near_invalid": near,
        "wrong": [
            WrongSolution("bfs_ignores_weights", ALL_WRONG_BFS),
            WrongSolution("final_when_first_reached", ALL_WRONG_FINAL_ON_PUSH),
            WrongSolution("quadratic_dijkstra", ALL_SLOW, "slow"),
        ],
    }


def _nearest_source(rng: random.Random, maxn: int, maxm: int, maxw: int) -> dict:
    def text(n: int, edges: list[Edge], sources: list[int], targets: list[int]) -> str:
        return (f"{n} {len(edges)} {len(sources)} {len(targets)}\n" + _edges_text(edges)
                + " ".join(map(str, sources)) + "\n" + " ".join(map(str, targets)) + "\n")

    def random_case(n: int, m_cap: int, k_cap: int, q_cap: int, w_cap: int = maxw) -> str:
        m = rng.randint(0, m_cap)
        edges = _graph(rng, n, m, w_cap, connected=rng.random() < 0.7, low_w=rng.choice([1, 1, w_cap // 2]))
        sources = rng.sample(range(1, n + 1), rng.randint(1, min(n, k_cap)))
        targets = [rng.randint(1, n) for _ in range(rng.randint(1, q_cap))]
        return text(n, edges, sources, targets)

    def hub(k: int, d: int) -> str:
        # Vertex 1 is the only source; vertices 2..k+1 are reached in order and each improves the hub, which
        # therefore sits in the heap k times; the hub has d more neighbours. Without the stale-entry check
        # every stale entry rescans them all: about k * (k + d) steps.
        hub_v = k + 2
        edges = [(1, 1 + i, i) for i in range(1, k + 1)]
        edges += [(1 + i, hub_v, 3 * k - 2 * i) for i in range(1, k + 1)]
        edges += [(hub_v, hub_v + j, rng.randint(1, maxw)) for j in range(1, d + 1)]
        n = hub_v + d
        edges, name = _relabel(rng, n, edges)
        targets = [rng.randint(1, n) for _ in range(MAX_Q)]
        return text(n, edges, [name[1]], targets)

    # Two sources; the queries hit a vertex nearer to each of them, an isolated vertex (-1) and a source (0).
    # Every vertex gets a random name, the edges a random order and direction.
    n0 = 6
    edges0, name0 = _relabel(rng, n0, [(1, 2, 4), (2, 3, 1), (3, 4, 7), (4, 5, 2), (2, 5, 9)])
    edges0 = _flipped(rng, edges0)
    sources0 = [name0[1], name0[4]]
    rng.shuffle(sources0)
    targets0 = [name0[x] for x in (3, 5, 6, 1)]
    samples = [
        text(n0, edges0, sources0, targets0),
        random_case(rng.randint(4, 7), 8, 2, 4, 20),
    ]
    small = [random_case(rng.randint(1, 8), 12, 3, 5, rng.choice([10, maxw])) for _ in range(10)]
    big = maxw
    edge = [
        ("1 0 1 1\n1\n1\n", True),
        (text(2, [(1, 2, big)], [1], [2, 1]), True),  # a distance of exactly 10^9
        (text(3, [(1, 2, big), (2, 3, big)], [1], [3]), True),  # 2·10^9 does not fit in 32 bits
        (text(4, [(1, 2, 3), (3, 4, 5)], [1, 2, 3, 4], [4, 2]), True),  # every vertex is a source
        (text(5, [(1, 2, 1), (1, 2, 5)], [2], [1, 3]), True),  # parallel edges, unreachable target
    ]
    randoms = [random_case(rng.randint(100, 2000), 3000, 20, 200) for _ in range(3)]
    k_hub = maxm // 4
    anti = [random_case(3000, 6000, 3, 300)]  # several sources: the first source alone is not enough
    chain_n = maxn
    chain_edges = [(i, i + 1, rng.randint(maxw // 2, maxw)) for i in range(1, chain_n)]
    chain_edges, name = _relabel(rng, chain_n, chain_edges)
    maxes = [
        hub(k_hub, maxm - 2 * k_hub),
        text(maxn, _graph(rng, maxn, maxm, maxw, connected=True), rng.sample(range(1, maxn + 1), MAX_K),
             [rng.randint(1, maxn) for _ in range(MAX_Q)]),
        text(chain_n, chain_edges, [name[1]], [rng.randint(1, chain_n) for _ in range(MAX_Q)]),
    ]
    stress = [random_case(rng.randint(1, 7), 10, 3, 4, rng.choice([10, maxw])) for _ in range(120)]
    tail = " ".join(map(str, sources0)) + "\n" + " ".join(map(str, targets0)) + "\n"
    near = _near_invalid_common(lambda nn, mm: f"{nn} {mm} 2 4\n", n0, edges0, tail, maxn, maxm, maxw)
    near += [
        text(n0, edges0, [sources0[0]] * 2, targets0),  # repeated source
        text(n0, edges0, [sources0[0], n0 + 1], targets0),  # source out of range
        text(n0, edges0, sources0, targets0[:-1] + [0]),  # query vertex out of range
        f"{n0} {len(edges0)} 2 {len(targets0) + 1}\n" + _edges_text(edges0) + tail,  # one query missing
        f"2 0 1 {MAX_Q + 1}\n1\n" + " ".join(["2"] * (MAX_Q + 1)) + "\n",  # Q too large
    ]
    return {
        "reference": NEAR_REFERENCE,
        "brute": NEAR_BRUTE,
        "tests": _tests(samples, small, edge, randoms, anti, maxes),
        "stress": stress,
        "near_invalid": near,
        "wrong": [
            WrongSolution("infinity_too_small", NEAR_WRONG_SMALL_INF),
            WrongSolution("first_source_only", NEAR_WRONG_FIRST_SOURCE),
            WrongSolution("dijkstra_per_source", NEAR_SLOW_PER_SOURCE, "slow"),
            WrongSolution("no_stale_entry_check", NEAR_SLOW_NO_STALE_CHECK, "slow"),
        ],
    }


def _free_edge(rng: random.Random, maxn: int, maxm: int, maxw: int) -> dict:
    def text(n: int, edges: list[Edge]) -> str:
        return f"{n} {len(edges)}\n" + _edges_text(edges)

    def random_case(n: int, m_cap: int, w_cap: int = maxw) -> str:
        m = rng.randint(max(0, n - 2), max(n - 1, m_cap))
        return text(n, _graph(rng, n, m, w_cap, connected=rng.random() < 0.85))

    def heavy_detour() -> str:
        # Shortest path 1-a-N costs 20; the direct edge costs 1000 but is free with the coupon: answer 0.
        n = 3
        return text(n, _flipped(rng, _relabel(rng, n, [(1, 2, 10), (2, 3, 10), (1, 3, 1000)], fixed=(1, n))[0]))

    def early_coupon(scale: int) -> str:
        # Using the coupon on 1-X reaches X at cost 0, but X-N is huge: the coupon belongs on X-N.
        edges = [(1, 2, 50 * scale), (2, 4, 1000 * scale), (1, 3, 30 * scale), (3, 2, 30 * scale)]
        edges, _ = _relabel(rng, 4, edges, fixed=(1, 4))
        return text(4, edges)

    def gadgets(count: int) -> str:
        # A chain of gadgets, each a cheap pair of edges next to one expensive direct edge.
        n = 2 * count + 1
        edges: list[Edge] = []
        for g in range(count):
            a, mid, b = 2 * g + 1, 2 * g + 2, 2 * g + 3
            edges += [(a, mid, rng.randint(1, 1000)), (mid, b, rng.randint(1, 1000)), (a, b, rng.randint(1000, maxw))]
        edges, _ = _relabel(rng, n, edges, fixed=(1, n))
        return text(n, edges)

    # The shortest route 1-3-4-5 (15) is the wrong one for the free edge: 1-2-5 with its 20 free costs 4. The
    # inner vertices get random names and the edges a random order and direction.
    edges0, _ = _relabel(rng, 5, [(1, 2, 4), (2, 5, 20), (1, 3, 6), (3, 4, 3), (4, 5, 6)], fixed=(1, 5))
    edges0 = _flipped(rng, edges0)
    samples = [
        text(5, edges0),
        heavy_detour(),
        random_case(rng.randint(4, 6), 7, 30),
    ]
    small = [random_case(rng.randint(2, 8), 11, rng.choice([10, maxw])) for _ in range(10)]
    edge = [
        ("2 0\n", True),
        ("2 1\n1 2 1000000000\n", True),
        (text(4, [(1, 2, 5), (3, 4, 5)]), True),  # unreachable even with the coupon
        (text(3, [(1, 2, maxw), (2, 3, maxw), (1, 2, 1)]), True),
        (early_coupon(1), True),
        (early_coupon(10**6), True),
        (gadgets(4), True),
    ]
    randoms = [random_case(rng.randint(50, 200), 400) for _ in range(3)]
    anti = [gadgets(150), random_case(200, 400, 1000)]
    chain_edges = [(i, i + 1, rng.randint(1, maxw)) for i in range(1, maxn)]
    chain_edges, _ = _relabel(rng, maxn, chain_edges, fixed=(1, maxn))
    maxes = [
        text(maxn, _graph(rng, maxn, maxm, maxw, connected=True)),
        text(maxn, chain_edges),
    ]
    stress = [random_case(rng.randint(2, 6), 8, rng.choice([10, maxw])) for _ in range(120)]
    near = _near_invalid_common(lambda nn, mm: f"{nn} {mm}\n", 5, edges0, "", maxn, maxm, maxw)
    near.append("1 0\n")
    return {
        "reference": FREE_REFERENCE,
        "brute": FREE_BRUTE,
        "tests": _tests(samples, small, edge, randoms, anti, maxes),
        "stress": stress,
        "near_invalid": near,
        "wrong": [
            WrongSolution("free_heaviest_edge_of_shortest_path", FREE_WRONG_HEAVIEST_ON_SHORTEST),
            WrongSolution("one_label_per_vertex", FREE_WRONG_VERTEX_STATE),
            WrongSolution("dijkstra_per_free_edge", FREE_SLOW, "slow"),
        ],
    }


# ------------------------------------------------------------------------------------------ texts
def _explain(variant: str, inp: str, out: str, language: Language, t: dict[str, str]) -> str:
    values = out.split()
    en = language == "en"
    if variant in ("single_pair", "free_edge"):
        d = int(values[0])
        n = inp.split()[0]
        if d < 0:
            return (f"{t['node'].capitalize()} {n} cannot be reached from {t['node']} 1, so the answer is -1." if en
                    else f"1번 {t['node']}에서 {n}번 {josa(t['node'], '으로/로')} 갈 수 없으므로 -1입니다.")
        if variant == "free_edge":
            return (f"With the best choice of the free {t['edge']}, the trip takes {d} {t['unit']}." if en
                    else f"시간 0으로 지나갈 {josa(t['edge'], '을/를')} 가장 잘 고르면 걸리는 시간은 {d}{t['unit']}입니다.")
        took = josa(f"{d}{t['unit']}", "이/가")
        return (f"The fastest route from {t['node']} 1 to {t['node']} {n} takes {d} {t['unit']}." if en
                else f"1번 {t['node']}에서 {n}번 {t['node']}까지 가장 빨리 가면 {took} 걸립니다.")
    if variant == "all_distances":
        s = inp.split()[2]
        unreachable = sum(1 for x in values if x == "-1")
        if en:
            head = (f"{t['node'].capitalize()} 1 cannot be reached from {t['node']} {s} (-1)" if values[0] == "-1"
                    else f"From {t['node']} {s}, {t['node']} 1 is reached in {values[0]} {t['unit']}")
            tail = (f"every {t['node']} can be reached." if unreachable == 0 else
                    f"{unreachable} of the {t['nodes']} cannot be reached (printed as -1).")
            return f"{head}; {tail}"
        head = (f"{s}번 {t['node']}에서 1번 {t['node']}에는 갈 수 없으므로 첫 줄은 -1입니다." if values[0] == "-1"
                else f"{s}번 {t['node']}에서 1번 {t['node']}까지는 {values[0]}{t['unit']} 걸립니다.")
        tail = (f"모든 {t['node']}에 갈 수 있습니다." if unreachable == 0 else
                f"갈 수 없는 {t['node']} {unreachable}곳에는 -1을 출력합니다.")
        return f"{head} {tail}"
    head = inp.split("\n")[0].split()
    m = int(head[1])
    targets = inp.split("\n")[2 + m].split()
    pairs = list(zip(targets, values))[:3]
    if en:
        return " ".join(f"From {t['node']} {x}, the nearest {t['site']} is {d} {t['unit']} away." if d != "-1"
                        else f"From {t['node']} {x}, no {t['site']} can be reached (-1)." for x, d in pairs)
    return " ".join(f"{x}번 {t['node']}에서 가장 가까운 {t['site']}까지는 {d}{t['unit']} 걸립니다." if d != "-1"
                    else f"{x}번 {t['node']}에서는 어떤 {t['site']}에도 갈 수 없습니다(-1)." for x, d in pairs)


def _texts(variant: str, language: Language, t: dict[str, str]) -> tuple[str, str, str, str]:
    ko = language == "ko"
    directed = variant == "all_distances"
    if ko:
        if directed:
            base = (f"{t['node']} N개가 1번부터 N번까지 번호가 붙어 있고, 한 방향으로만 지나갈 수 있는 {t['edge']} "
                    f"M개가 있습니다. {t['edge']} 하나는 u번 {t['node']}에서 v번 {josa(t['node'], '으로/로')} 가며, "
                    f"지나가는 데 {josa('w' + t['unit'], '이/가')} 걸립니다. ")
        else:
            base = (f"{t['node']} N개가 1번부터 N번까지 번호가 붙어 있고, {t['edge']} M개가 있습니다. {t['edge']} "
                    f"하나는 u번 {josa(t['node'], '과/와')} v번 {t['node']} 사이를 양방향으로 이으며, 지나가는 데 "
                    f"{josa('w' + t['unit'], '이/가')} 걸립니다. ")
        base += f"같은 두 {t['node']} 사이에 {josa(t['edge'], '이/가')} 여러 개 있을 수 있습니다. "
        edges_in = f"다음 M개의 줄에 {t['edge']}의 정보 u, v, w가 공백으로 구분되어 주어집니다 (u ≠ v)."
    else:
        if directed:
            base = (f"There are N {t['nodes']} numbered 1 to N and M one-way {t['edges']}. A {t['edge']} leads from "
                    f"{t['node']} u to {t['node']} v and takes w {t['unit']}. ")
        else:
            base = (f"There are N {t['nodes']} numbered 1 to N and M {t['edges']}. A {t['edge']} joins {t['nodes']} "
                    f"u and v in both directions and takes w {t['unit']} to travel. ")
        base += f"There may be several {t['edges']} between the same two {t['nodes']}. "
        edges_in = f"Each of the next M lines describes one {t['edge']} with three integers u, v, w (u ≠ v)."
    if variant == "single_pair":
        if ko:
            legend = base + (f"{josa(t['who'], '은/는')} 1번 {t['node']}에서 N번 {t['node']}까지 가려고 합니다. "
                             "걸리는 시간의 최솟값을 구하세요.")
            fmt_in = "첫째 줄에 N과 M이 주어집니다. " + edges_in
            fmt_out = "첫째 줄에 최소 시간을 출력합니다. 갈 수 없으면 -1을 출력합니다."
            notes = "간선의 개수가 가장 적은 경로가 가장 빠른 경로라는 보장은 없습니다."
        else:
            legend = base + (f"{t['who']} wants to travel from {t['node']} 1 to {t['node']} N. Find the minimum "
                             "total travel time.")
            fmt_in = "The first line contains N and M. " + edges_in
            fmt_out = "Print the minimum total time, or -1 if N cannot be reached from 1."
            notes = "The route with the fewest edges is not necessarily the fastest."
        return legend, fmt_in, fmt_out, notes
    if variant == "all_distances":
        if ko:
            legend = base + (f"{josa(t['who'], '은/는')} S번 {t['node']}에서 출발합니다. 모든 {t['node']}에 대해 "
                             "S번에서 그곳까지 가는 데 걸리는 최소 시간을 구하세요.")
            fmt_in = "첫째 줄에 N, M, S가 주어집니다. " + edges_in
            fmt_out = ("N개의 줄에 걸쳐 i번째 줄에 S번에서 i번까지의 최소 시간을 출력합니다. 갈 수 없으면 -1을 "
                       "출력합니다.")
            notes = "S번에서 S번까지의 시간은 0입니다."
        else:
            legend = base + (f"{t['who']} starts at {t['node']} S. For every {t['node']}, find the minimum time "
                             "needed to get there from S.")
            fmt_in = "The first line contains N, M and S. " + edges_in
            fmt_out = "Print N lines: the i-th line holds the minimum time from S to i, or -1 if i cannot be reached."
            notes = "The time from S to itself is 0."
        return legend, fmt_in, fmt_out, notes
    if variant == "nearest_source":
        if ko:
            legend = base + (f"서로 다른 {t['node']} K곳에 {josa(t['site'], '이/가')} 있습니다. 질문 Q개가 주어지며, "
                             f"각 질문은 {t['node']} 번호 x입니다. x번 {t['node']}에서 가장 가까운 {t['site']}까지 "
                             "가는 데 걸리는 최소 시간을 구하세요.")
            fmt_in = ("첫째 줄에 N, M, K, Q가 주어집니다. " + edges_in
                      + f" 그다음 줄에 {josa(t['site'], '이/가')} 있는 {t['node']} 번호 K개가, 마지막 줄에 질문 Q개가 "
                        "공백으로 구분되어 주어집니다.")
            fmt_out = "각 질문의 답을 한 줄에 하나씩 출력합니다. 어떤 곳에도 갈 수 없으면 -1을 출력합니다."
            notes = "답이 32비트 정수 범위를 넘을 수 있습니다."
        else:
            legend = base + (f"There is a {t['site']} at K different {t['nodes']}. Answer Q questions: for a "
                             f"{t['node']} x, what is the minimum time to reach the nearest {t['site']} from x?")
            fmt_in = ("The first line contains N, M, K and Q. " + edges_in
                      + f" The next line lists the K {t['nodes']} that have a {t['site']}, and the last line lists "
                        "the Q queries.")
            fmt_out = "Print one line per query: the minimum time, or -1 if no " + t["site"] + " can be reached."
            notes = "Answers may not fit in a 32-bit integer."
        return legend, fmt_in, fmt_out, notes
    if ko:
        legend = base + (f"{josa(t['who'], '은/는')} 1번 {t['node']}에서 N번 {t['node']}까지 가려고 합니다. "
                         f"단 한 번, 원하는 {t['edge']} 하나를 걸리는 시간 0으로 지나갈 수 있습니다. "
                         "걸리는 시간의 최솟값을 구하세요.")
        fmt_in = "첫째 줄에 N과 M이 주어집니다. " + edges_in
        fmt_out = "첫째 줄에 최소 시간을 출력합니다. 갈 수 없으면 -1을 출력합니다."
        notes = "시간 0으로 지나가는 기회는 쓰지 않아도 됩니다. 답이 32비트 정수 범위를 넘을 수 있습니다."
    else:
        legend = base + (f"{t['who']} wants to travel from {t['node']} 1 to {t['node']} N and may, once, pass one "
                         f"{t['edge']} of their choice in no time at all. Find the minimum total travel time.")
        fmt_in = "The first line contains N and M. " + edges_in
        fmt_out = "Print the minimum total time, or -1 if N cannot be reached from 1."
        notes = "The free passage need not be used. Answers may not fit in a 32-bit integer."
    return legend, fmt_in, fmt_out, notes
