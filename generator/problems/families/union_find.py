"""Data structure: union-find (disjoint sets).

Variants by difficulty: tutorial (all links first, then "same group?" questions), easy (links and questions
interleaved: the answer depends on the links made so far), medium (after every link, the number of groups
and the size of the largest one), hard (minimum spanning tree weight with Kruskal, or -1 if disconnected).
"""
from __future__ import annotations

import random

from generator.problems.family import Draft, Family, TestInput, WrongSolution, choose_theme, josa
from generator.problems.schema import Constraint, Difficulty, Language

VARIANTS: dict[Difficulty, str] = {
    Difficulty.tutorial: "static_groups",
    Difficulty.easy: "online_queries",
    Difficulty.medium: "group_stats",
    Difficulty.hard: "kruskal",
}
STATIC_MAXN, STATIC_MAXM, STATIC_MAXQ = 10_000, 10_000, 10_000
ONLINE_MAXN, ONLINE_MAXQ = 100_000, 80_000
STATS_MAXN, STATS_MAXM = 70_000, 70_000
MST_MAXN, MST_MAXM, MST_MAXW = 40_000, 60_000, 1_000_000

THEMES: dict[str, dict[Language, dict[str, str]]] = {
    "villages": {
        "en": {"title": "Village Roads", "title_mst": "Paving the Valley", "node": "village", "nodes": "villages",
               "edge": "road", "edges": "roads", "group": "region", "groups": "regions", "who": "The governor",
               "build": "build"},
        "ko": {"title": "마을을 잇는 도로", "title_mst": "골짜기 도로 공사", "node": "마을", "edge": "도로",
               "group": "생활권", "who": "도지사", "does": "건설합니다", "doing": "건설하는", "will": "건설할",
               "done": "건설된"},
    },
    "network": {
        "en": {"title": "Office Cables", "title_mst": "Cheapest Cabling", "node": "computer",
               "nodes": "computers", "edge": "cable", "edges": "cables", "group": "network", "groups": "networks",
               "who": "The administrator", "build": "lay"},
        "ko": {"title": "사무실 케이블", "title_mst": "가장 싼 배선", "node": "컴퓨터", "edge": "케이블",
               "group": "네트워크", "who": "관리자", "does": "설치합니다", "doing": "설치하는", "will": "설치할",
               "done": "설치된"},
    },
    "kingdoms": {
        "en": {"title": "Alliances", "title_mst": "The Grand Alliance", "node": "kingdom", "nodes": "kingdoms",
               "edge": "treaty", "edges": "treaties", "group": "alliance", "groups": "alliances",
               "who": "The royal envoy", "build": "sign"},
        "ko": {"title": "왕국 동맹", "title_mst": "대동맹", "node": "왕국", "edge": "조약", "group": "동맹",
               "who": "왕실 사절", "does": "맺습니다", "doing": "맺는", "will": "맺을", "done": "맺어진"},
    },
    "islands": {
        "en": {"title": "Island Bridges", "title_mst": "Bridging the Archipelago", "node": "island",
               "nodes": "islands", "edge": "bridge", "edges": "bridges", "group": "island group",
               "groups": "island groups", "who": "The ferry company", "build": "build"},
        "ko": {"title": "섬을 잇는 다리", "title_mst": "군도 연결 공사", "node": "섬", "edge": "다리",
               "group": "섬 무리", "who": "여객선 회사", "does": "놓습니다", "doing": "놓는", "will": "놓을",
               "done": "놓인"},
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
def pair(n):
    a, b = ints(2)
    assert 1 <= a <= n and 1 <= b <= n, "vertex out of range"
    assert a != b, "the two numbers must differ"
if V == "static_groups":
    n, m, q = ints(3)
    assert 2 <= n <= P["maxn"], "N out of range"
    assert 0 <= m <= P["maxm"], "M out of range"
    assert 1 <= q <= P["maxq"], "Q out of range"
    for _ in range(m + q):
        pair(n)
elif V == "online_queries":
    n, q = ints(2)
    assert 2 <= n <= P["maxn"], "N out of range"
    assert 1 <= q <= P["maxq"], "Q out of range"
    for _ in range(q):
        op, a, b = ints(3)
        assert op in (0, 1), "operation must be 0 or 1"
        assert 1 <= a <= n and 1 <= b <= n, "vertex out of range"
        assert a != b, "the two numbers must differ"
elif V == "group_stats":
    n, m = ints(2)
    assert 2 <= n <= P["maxn"], "N out of range"
    assert 1 <= m <= P["maxm"], "M out of range"
    for _ in range(m):
        pair(n)
else:
    n, m = ints(2)
    assert 1 <= n <= P["maxn"], "N out of range"
    assert 0 <= m <= P["maxm"], "M out of range"
    for _ in range(m):
        u, v, w = ints(3)
        assert 1 <= u <= n and 1 <= v <= n, "vertex out of range"
        assert u != v, "self-loop"
        assert 1 <= w <= P["maxw"], "weight out of range"
done()
'''

DSU = r'''
import sys
def make(n):
    parent = list(range(n + 1))
    size = [1] * (n + 1)
    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    def union(a, b):
        a, b = find(a), find(b)
        if a == b:
            return False
        if size[a] < size[b]:
            a, b = b, a
        parent[b] = a
        size[a] += size[b]
        return True
    return find, union, size
'''

# ------------------------------------------------------------------------------------------ static groups
READ_STATIC = r'''
import sys
def read():
    data = sys.stdin.buffer.read().split()
    n, m, q = int(data[0]), int(data[1]), int(data[2])
    pairs = list(zip(map(int, data[3:3 + 2 * (m + q):2]), map(int, data[4:4 + 2 * (m + q):2])))
    return n, pairs[:m], pairs[m:]
'''

STATIC_REFERENCE = DSU + READ_STATIC + r'''
n, links, questions = read()
find, union, _ = make(n)
for a, b in links:
    union(a, b)
sys.stdout.write("\n".join("YES" if find(a) == find(b) else "NO" for a, b in questions) + "\n")
'''

# Obviously correct: grow the set reachable from a by sweeping all links until it is stable.
STATIC_BRUTE = READ_STATIC + r'''
n, links, questions = read()
for a, b in questions:
    reach = {a}
    grew = True
    while grew:
        grew = False
        for u, v in links:
            if (u in reach) != (v in reach):
                reach.add(u)
                reach.add(v)
                grew = True
    print("YES" if b in reach else "NO")
'''

# Wrong: only direct links count.
STATIC_WRONG_DIRECT = READ_STATIC + r'''
n, links, questions = read()
direct = set()
for a, b in links:
    direct.add((a, b))
    direct.add((b, a))
print("\n".join("YES" if (a, b) in direct else "NO" for a, b in questions))
'''

# Wrong: links the elements themselves instead of their roots (parent[b] = a).
STATIC_WRONG_NO_ROOTS = READ_STATIC + r'''
n, links, questions = read()
parent = list(range(n + 1))
def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x
for a, b in links:
    parent[b] = a
print("\n".join("YES" if find(a) == find(b) else "NO" for a, b in questions))
'''

# Too slow: a breadth-first search for every question.
STATIC_SLOW = READ_STATIC + r'''
from collections import deque
n, links, questions = read()
adj = [[] for _ in range(n + 1)]
for a, b in links:
    adj[a].append(b)
    adj[b].append(a)
out = []
for a, b in questions:
    seen = [False] * (n + 1)
    seen[a] = True
    q = deque([a])
    while q and not seen[b]:
        x = q.popleft()
        for y in adj[x]:
            if not seen[y]:
                seen[y] = True
                q.append(y)
    out.append("YES" if seen[b] else "NO")
print("\n".join(out))
'''

# ------------------------------------------------------------------------------------------ online
READ_ONLINE = r'''
import sys
def read():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    ops = list(zip(map(int, data[2:2 + 3 * q:3]), map(int, data[3:3 + 3 * q:3]), map(int, data[4:4 + 3 * q:3])))
    return n, ops
'''

ONLINE_REFERENCE = DSU + READ_ONLINE + r'''
n, ops = read()
find, union, _ = make(n)
out = []
for op, a, b in ops:
    if op == 0:
        union(a, b)
    else:
        out.append("YES" if find(a) == find(b) else "NO")
sys.stdout.write("\n".join(out) + ("\n" if out else ""))
'''

# Obviously correct: keep every link so far; answer by sweeping them until the reachable set is stable.
ONLINE_BRUTE = READ_ONLINE + r'''
n, ops = read()
links = []
for op, a, b in ops:
    if op == 0:
        links.append((a, b))
        continue
    reach = {a}
    grew = True
    while grew:
        grew = False
        for u, v in links:
            if (u in reach) != (v in reach):
                reach.add(u)
                reach.add(v)
                grew = True
    print("YES" if b in reach else "NO")
'''

# Wrong: makes all the links first and answers every question afterwards.
ONLINE_WRONG_OFFLINE = DSU + READ_ONLINE + r'''
n, ops = read()
find, union, _ = make(n)
for op, a, b in ops:
    if op == 0:
        union(a, b)
print("\n".join("YES" if find(a) == find(b) else "NO" for op, a, b in ops if op == 1))
'''

ONLINE_WRONG_NO_ROOTS = READ_ONLINE + r'''
n, ops = read()
parent = list(range(n + 1))
def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x
out = []
for op, a, b in ops:
    if op == 0:
        parent[b] = a
    else:
        out.append("YES" if find(a) == find(b) else "NO")
print("\n".join(out))
'''

# Too slow: union-find without path compression or union by size; a chain makes every find O(N).
ONLINE_SLOW = READ_ONLINE + r'''
n, ops = read()
parent = list(range(n + 1))
def find(x):
    while parent[x] != x:
        x = parent[x]
    return x
out = []
for op, a, b in ops:
    ra, rb = find(a), find(b)
    if op == 0:
        if ra != rb:
            parent[ra] = rb
    else:
        out.append("YES" if ra == rb else "NO")
print("\n".join(out))
'''

# ------------------------------------------------------------------------------------------ group stats
READ_STATS = r'''
import sys
def read():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    return n, list(zip(map(int, data[2:2 + 2 * m:2]), map(int, data[3:3 + 2 * m:2])))
'''

STATS_REFERENCE = DSU + READ_STATS + r'''
n, links = read()
find, union, size = make(n)
groups, largest = n, 1
out = []
for a, b in links:
    if union(a, b):
        groups -= 1
        largest = max(largest, size[find(a)])
    out.append(f"{groups} {largest}")
sys.stdout.write("\n".join(out) + "\n")
'''

# Obviously correct: after every link, recompute all group labels from scratch.
STATS_BRUTE = READ_STATS + r'''
n, links = read()
for t in range(1, len(links) + 1):
    label = list(range(n + 1))
    changed = True
    while changed:
        changed = False
        for a, b in links[:t]:
            low = min(label[a], label[b])
            if label[a] != low or label[b] != low:
                label[a] = label[b] = low
                changed = True
    counts = {}
    for v in range(1, n + 1):
        counts[label[v]] = counts.get(label[v], 0) + 1
    print(len(counts), max(counts.values()))
'''

# Wrong: decrements the number of groups even when a and b were already together.
STATS_WRONG_ALWAYS_DECREMENT = DSU + READ_STATS + r'''
n, links = read()
find, union, size = make(n)
groups, largest = n, 1
out = []
for a, b in links:
    union(a, b)
    groups -= 1
    largest = max(largest, size[find(a)])
    out.append(f"{groups} {largest}")
print("\n".join(out))
'''

# Wrong: union by size that adds the size to the root that is attached, not to the new root.
STATS_WRONG_SIZE_ROOT = READ_STATS + r'''
n, links = read()
parent = list(range(n + 1))
size = [1] * (n + 1)
def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x
groups, largest = n, 1
out = []
for a, b in links:
    ra, rb = find(a), find(b)
    if ra != rb:
        if size[ra] < size[rb]:
            ra, rb = rb, ra
        parent[rb] = ra
        size[rb] += size[ra]
        groups -= 1
        largest = max(largest, size[rb])
    out.append(f"{groups} {largest}")
print("\n".join(out))
'''

# Too slow: "quick find" relabels every member of a group on each merge by scanning all N labels.
STATS_SLOW = READ_STATS + r'''
n, links = read()
label = list(range(n + 1))
size = [1] * (n + 1)
groups, largest = n, 1
out = []
for a, b in links:
    la, lb = label[a], label[b]
    if la != lb:
        for v in range(1, n + 1):
            if label[v] == lb:
                label[v] = la
        size[la] += size[lb]
        groups -= 1
        largest = max(largest, size[la])
    out.append(f"{groups} {largest}")
print("\n".join(out))
'''

# ------------------------------------------------------------------------------------------ kruskal
READ_MST = r'''
import sys
def read():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    edges = list(zip(map(int, data[4:4 + 3 * m:3]), map(int, data[2:2 + 3 * m:3]), map(int, data[3:3 + 3 * m:3])))
    return n, edges
'''

MST_REFERENCE = DSU + READ_MST + r'''
n, edges = read()
find, union, _ = make(n)
edges.sort()
total, used = 0, 0
for w, u, v in edges:
    if union(u, v):
        total += w
        used += 1
print(total if used == n - 1 else -1)
'''

# Obviously correct: try every set of N-1 edges; keep the cheapest that connects everything.
MST_BRUTE = READ_MST + r'''
from itertools import combinations
n, edges = read()
best = -1
for chosen in combinations(range(len(edges)), n - 1):
    label = list(range(n + 1))
    changed = True
    while changed:
        changed = False
        for i in chosen:
            w, u, v = edges[i]
            low = min(label[u], label[v])
            if label[u] != low or label[v] != low:
                label[u] = label[v] = low
                changed = True
    if all(label[x] == 1 for x in range(1, n + 1)):
        cost = sum(edges[i][0] for i in chosen)
        if best < 0 or cost < best:
            best = cost
print(best)
'''

# Wrong: the N-1 cheapest edges, without checking for cycles.
MST_WRONG_CHEAPEST = READ_MST + r'''
n, edges = read()
edges.sort()
if len(edges) < n - 1:
    print(-1)
else:
    print(sum(w for w, u, v in edges[:n - 1]))
'''

# Wrong: never reports a disconnected graph; prints the weight of the spanning forest.
MST_WRONG_FOREST = READ_MST + r'''
n, edges = read()
parent = list(range(n + 1))
def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x
total = 0
for w, u, v in sorted(edges):
    a, b = find(u), find(v)
    if a != b:
        parent[a] = b
        total += w
print(total)
'''

# Wrong: every vertex picks its cheapest edge, and the distinct picks are summed (one Boruvka round).
MST_WRONG_CHEAPEST_PER_VERTEX = READ_MST + r'''
n, edges = read()
best = [None] * (n + 1)
for i, (w, u, v) in enumerate(edges):
    for x in (u, v):
        if best[x] is None or (w, i) < best[x]:
            best[x] = (w, i)
if n == 1:
    print(0)
elif any(best[x] is None for x in range(1, n + 1)):
    print(-1)
else:
    print(sum(edges[i][0] for i in sorted({pick[1] for pick in best[1:]})))
'''

# Too slow: Kruskal that checks for a cycle with a fresh search through the chosen edges every time.
MST_SLOW = READ_MST + r'''
n, edges = read()
adj = [[] for _ in range(n + 1)]
total, used = 0, 0
for w, u, v in sorted(edges):
    seen = {u}
    stack = [u]
    while stack and v not in seen:
        x = stack.pop()
        for y in adj[x]:
            if y not in seen:
                seen.add(y)
                stack.append(y)
    if v not in seen:
        adj[u].append(v)
        adj[v].append(u)
        total += w
        used += 1
print(total if used == n - 1 else -1)
'''


class UnionFind(Family):
    name = "union_find"
    category = "data structure: union-find (disjoint sets)"
    tags = ("data structures", "union-find", "disjoint set", "graphs")
    keywords = (
        "union find", "union-find", "unionfind", "disjoint set", "disjoint sets", "disjoint-set", "dsu",
        "disjoint set union", "kruskal", "minimum spanning tree", "mst", "spanning tree",
        "유니온 파인드", "유니온파인드", "서로소 집합", "분리 집합", "분리집합", "크루스칼", "최소 스패닝 트리",
        "최소 신장 트리",
    )

    def draft(self, rng: random.Random, difficulty: Difficulty, language: Language) -> Draft:
        variant = VARIANTS[difficulty]
        theme, t = choose_theme(rng, THEMES, language)
        parts = {
            "static_groups": _static,
            "online_queries": _online,
            "group_stats": _stats,
            "kruskal": _kruskal,
        }[variant](rng)
        legend, input_format, output_format, notes = _texts(variant, language, t)
        return Draft(
            family=self.name,
            variant=variant,
            theme=theme,
            title=t["title_mst"] if variant == "kruskal" else t["title"],
            tags=list(self.tags),
            legend=legend,
            input_format=input_format,
            output_format=output_format,
            notes=notes,
            constraints=parts["constraints"],
            reference=parts["reference"],
            brute=parts["brute"],
            validator=f"P = {parts['params']!r}\n" + VALIDATOR_HEAD + VALIDATOR_BODY,
            tests=parts["tests"],
            stress=parts["stress"],
            near_invalid=parts["near_invalid"],
            wrong_solutions=parts["wrong"],
            explain=lambda inp, out: _explain(variant, inp, out, language),
            signature_key=f"{theme}:{variant}",
        )


# ------------------------------------------------------------------------------------------ generators
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


def _pair(rng: random.Random, n: int, groups: int = 0) -> tuple[int, int]:
    """Two different vertices; with `groups` > 0, mostly from the same block of about n/groups vertices."""
    rnd = rng.random
    if groups > 0 and rnd() < 0.9:
        block = max(2, n // groups)
        start = int(rnd() * (n - block + 1))
        a = start + 1 + int(rnd() * block)
        b = start + 1 + int(rnd() * (block - 1))
        if b >= a:
            b += 1
        return a, b
    a = 1 + int(rnd() * n)
    b = 1 + int(rnd() * (n - 1))
    if b >= a:
        b += 1
    return a, b


def _shuffled_names(rng: random.Random, n: int) -> list[int]:
    name = list(range(n + 1))
    tail = name[1:]
    rng.shuffle(tail)
    return [0] + tail


def _flip(rng: random.Random, name: list[int], a: int, b: int) -> tuple[int, int]:
    """Vertices a and b under the renaming `name`, in a random order."""
    return (name[a], name[b]) if rng.random() < 0.5 else (name[b], name[a])


def _lines(rows) -> str:
    return "".join(" ".join(map(str, row)) + "\n" for row in rows)


def _static(rng: random.Random) -> dict:
    maxn, maxm, maxq = STATIC_MAXN, STATIC_MAXM, STATIC_MAXQ

    def text(n: int, links: list[tuple[int, int]], questions: list[tuple[int, int]]) -> str:
        return f"{n} {len(links)} {len(questions)}\n" + _lines(links) + _lines(questions)

    def random_case(n: int, m_cap: int, q_cap: int) -> str:
        groups = rng.randint(1, max(1, n // 2))
        links = [_pair(rng, n, groups) for _ in range(rng.randint(0, m_cap))]
        questions = [_pair(rng, n, groups) for _ in range(rng.randint(1, q_cap))]
        return text(n, links, questions)

    def chain_case(n: int, q: int) -> str:
        # One long chain and questions between its far ends or against an isolated vertex.
        name = _shuffled_names(rng, n)
        links = [(name[i], name[i + 1]) for i in range(1, n - 1)]
        rng.shuffle(links)
        questions = [(name[1], name[n]) if rng.random() < 0.5 else (name[1], name[n - 1]) for _ in range(q)]
        return text(n, links, questions)

    # 1 and 3 meet through 2 without a link of their own, 6 stays alone. Random vertex names, links in a random
    # order and direction.
    n0 = 6
    name = _shuffled_names(rng, n0)
    links0 = [_flip(rng, name, a, b) for a, b in [(1, 2), (2, 3), (4, 5)]]
    rng.shuffle(links0)
    questions0 = [(name[a], name[b]) for a, b in [(1, 3), (3, 4), (5, 4), (6, 1)]]
    samples = [
        text(n0, links0, questions0),
        random_case(rng.randint(4, 7), 5, 4),
    ]
    small = [random_case(rng.randint(2, 9), 10, 6) for _ in range(10)]
    edge = [
        ("2 0 1\n1 2\n", True),
        ("2 1 1\n2 1\n1 2\n", True),
        (text(5, [(1, 2), (1, 2), (2, 1)], [(2, 1), (1, 3)]), True),
        (text(8, [(2, 1), (3, 2), (4, 3), (5, 4), (6, 5), (7, 6)], [(1, 7), (7, 1), (8, 1)]), True),
    ]
    randoms = [random_case(rng.randint(100, 1000), 1000, 1000) for _ in range(3)]
    anti = [chain_case(1000, 1000)]
    maxes = [
        chain_case(maxn, maxq),  # a search per question walks the whole chain
        text(maxn, [_pair(rng, maxn, 20) for _ in range(maxm)], [_pair(rng, maxn, 20) for _ in range(maxq)]),
    ]
    stress = [random_case(rng.randint(2, 7), 8, 5) for _ in range(120)]
    (a0, b0), (_, y0) = links0[0], questions0[-1]
    near = [
        f"{maxn + 1} 0 1\n1 2\n",
        "1 0 1\n1 1\n",
        f"5 {maxm + 1} 1\n" + "1 2\n" * (maxm + 1) + "1 2\n",
        f"5 0 {maxq + 1}\n" + "1 2\n" * (maxq + 1),
        text(n0, [(a0, n0 + 1)] + links0[1:], questions0),
        text(n0, [(a0, a0)] + links0[1:], questions0),
        text(n0, links0, questions0[:-1] + [(0, y0)]),
        text(n0, [(a0, b0, 1)] + links0[1:], questions0),
        f"{n0} {len(links0)} {len(questions0) + 1}\n" + _lines(links0) + _lines(questions0),  # one question missing
        samples[0][:-1],
    ]
    return {
        "params": {"variant": "static_groups", "maxn": maxn, "maxm": maxm, "maxq": maxq},
        "constraints": [
            Constraint(symbol="N", low=2, high=maxn, meaning={"en": "vertices", "ko": "정점의 수"}),
            Constraint(symbol="M", low=0, high=maxm, meaning={"en": "links", "ko": "연결의 수"}),
            Constraint(symbol="Q", low=1, high=maxq, meaning={"en": "questions", "ko": "질문의 수"}),
        ],
        "reference": STATIC_REFERENCE,
        "brute": STATIC_BRUTE,
        "tests": _tests(samples, small, edge, randoms, anti, maxes),
        "stress": stress,
        "near_invalid": near,
        "wrong": [
            WrongSolution("direct_links_only", STATIC_WRONG_DIRECT),
            WrongSolution("link_elements_not_roots", STATIC_WRONG_NO_ROOTS),
            WrongSolution("search_per_question", STATIC_SLOW, "slow"),
        ],
    }


def _online(rng: random.Random) -> dict:
    maxn, maxq = ONLINE_MAXN, ONLINE_MAXQ

    def text(n: int, ops: list[tuple[int, int, int]]) -> str:
        return f"{n} {len(ops)}\n" + _lines(ops)

    def random_ops(n: int, q: int, groups: int, ask: float) -> list[tuple[int, int, int]]:
        ops = []
        for _ in range(q):
            a, b = _pair(rng, n, groups)
            ops.append((1 if rng.random() < ask else 0, a, b))
        return ops

    def random_case(n: int, q_cap: int) -> str:
        return text(n, random_ops(n, rng.randint(1, q_cap), rng.randint(1, max(1, n // 2)), rng.choice([0.3, 0.5, 0.7])))

    def chain_then_ask(n: int, q: int) -> str:
        # Links i -> i+1 build a chain of roots; then questions about its deepest end.
        links = q // 2
        name = _shuffled_names(rng, n)
        ops = [(0, name[i], name[i + 1]) for i in range(1, links + 1)]
        ops += [(1, name[1], name[links + 1] if rng.random() < 0.5 else name[n]) for _ in range(q - links)]
        return text(n, ops)

    sample_n = rng.randint(4, 7)
    # The same question before and after its link, a question answered by two links, a vertex never linked;
    # random vertex names, each pair in a random direction.
    n0 = 5
    name = _shuffled_names(rng, n0)
    ops0 = [(op,) + _flip(rng, name, a, b)
            for op, a, b in [(1, 1, 2), (0, 1, 2), (1, 1, 2), (0, 3, 4), (1, 2, 4), (0, 2, 3), (1, 1, 4), (1, 5, 1)]]
    samples = [
        text(n0, ops0),
        text(sample_n, random_ops(sample_n, 7, 2, 0.5) + [(1,) + _pair(rng, sample_n, 2)]),  # ends with a question
    ]
    small = [random_case(rng.randint(2, 9), 14) for _ in range(10)]
    edge = [
        ("2 1\n1 1 2\n", True),
        ("2 1\n0 2 1\n", True),
        (text(3, [(0, 1, 2), (0, 2, 1), (0, 1, 2), (1, 2, 1), (1, 3, 2)]), True),
        (text(maxn, [(1, 1, maxn), (0, 1, maxn), (1, maxn, 1)]), False),
    ]
    randoms = [random_case(rng.randint(100, 1000), 2000) for _ in range(3)]
    anti = [
        # Questions asked before the link that connects them: answering after all links is wrong.
        text(2000, [(1, a, b) for a, b in [_pair(rng, 2000, 4) for _ in range(300)]]
             + random_ops(2000, 3000, 4, 0.0) + random_ops(2000, 300, 4, 1.0)),
        chain_then_ask(3000, 3000),
    ]
    maxes = [chain_then_ask(maxn, maxq), text(maxn, random_ops(maxn, maxq, rng.randint(10, 1000), 0.5))]
    stress = [random_case(rng.randint(2, 7), 10) for _ in range(120)]
    link = next(i for i, op in enumerate(ops0) if op[0] == 0)
    _, a0, b0 = ops0[link]

    def with_link(row: tuple) -> str:
        return text(n0, ops0[:link] + [row] + ops0[link + 1:])

    near = [
        f"{maxn + 1} 1\n1 1 2\n",
        "1 1\n1 1 1\n",
        f"3 {maxq + 1}\n" + "0 1 2\n" * (maxq + 1),
        with_link((2, a0, b0)),
        with_link((0, a0, n0 + 1)),
        with_link((0, a0, a0)),
        with_link((0, a0)),
        f"{n0} {len(ops0) + 1}\n" + _lines(ops0),  # one operation missing
        with_link((0, a0, f"0{b0}")),
    ]
    return {
        "params": {"variant": "online_queries", "maxn": maxn, "maxq": maxq},
        "constraints": [
            Constraint(symbol="N", low=2, high=maxn, meaning={"en": "vertices", "ko": "정점의 수"}),
            Constraint(symbol="Q", low=1, high=maxq, meaning={"en": "operations", "ko": "연산의 수"}),
        ],
        "reference": ONLINE_REFERENCE,
        "brute": ONLINE_BRUTE,
        "tests": _tests(samples, small, edge, randoms, anti, maxes),
        "stress": stress,
        "near_invalid": near,
        "wrong": [
            WrongSolution("all_links_first", ONLINE_WRONG_OFFLINE),
            WrongSolution("link_elements_not_roots", ONLINE_WRONG_NO_ROOTS),
            WrongSolution("union_find_without_compression", ONLINE_SLOW, "slow"),
        ],
    }


def _stats(rng: random.Random) -> dict:
    maxn, maxm = STATS_MAXN, STATS_MAXM

    def text(n: int, links: list[tuple[int, int]]) -> str:
        return f"{n} {len(links)}\n" + _lines(links)

    def random_case(n: int, m_cap: int) -> str:
        groups = rng.randint(1, max(1, n // 2))
        return text(n, [_pair(rng, n, groups) for _ in range(rng.randint(1, m_cap))])

    # A repeated link and a link inside one group change nothing; random vertex names and link directions.
    n0 = 6
    name = _shuffled_names(rng, n0)
    links0 = [_flip(rng, name, a, b) for a, b in [(1, 2), (3, 4), (2, 1), (2, 3), (5, 6), (4, 1)]]
    samples = [
        text(n0, links0),
        random_case(rng.randint(4, 7), 6),
    ]
    small = [random_case(rng.randint(2, 9), 12) for _ in range(10)]
    edge = [
        ("2 1\n1 2\n", True),
        (text(3, [(1, 2), (2, 1), (1, 2)]), True),
        (text(9, [(i, i + 1) for i in range(1, 9)]), True),
        (text(maxn, [(1, 2)] * 5), False),
    ]
    randoms = [random_case(rng.randint(100, 1000), 2000) for _ in range(3)]
    anti = [text(2000, [_pair(rng, 2000, 3) for _ in range(6000)])]
    maxes = [text(maxn, [_pair(rng, maxn, 3) for _ in range(maxm)]),  # few large groups, many repeated links
             text(maxn, [_pair(rng, maxn, 50) for _ in range(maxm)]), text(maxn, [_pair(rng, maxn) for _ in range(maxm)])]
    stress = [random_case(rng.randint(2, 7), 8) for _ in range(120)]
    a0, b0 = links0[0]
    near = [
        f"{maxn + 1} 1\n1 2\n",
        "1 1\n1 1\n",
        f"3 {maxm + 1}\n" + "1 2\n" * (maxm + 1),
        "3 0\n",
        text(n0, [(a0, n0 + 1)] + links0[1:]),
        text(n0, [(a0, a0)] + links0[1:]),
        text(n0, [(a0, -b0)] + links0[1:]),
        f"{n0} {len(links0) + 1}\n" + _lines(links0),  # one link missing
        text(n0, [(f"{a0} {b0} ",)] + links0[1:]),  # a trailing space
    ]
    return {
        "params": {"variant": "group_stats", "maxn": maxn, "maxm": maxm},
        "constraints": [
            Constraint(symbol="N", low=2, high=maxn, meaning={"en": "vertices", "ko": "정점의 수"}),
            Constraint(symbol="M", low=1, high=maxm, meaning={"en": "links", "ko": "연결의 수"}),
        ],
        "reference": STATS_REFERENCE,
        "brute": STATS_BRUTE,
        "tests": _tests(samples, small, edge, randoms, anti, maxes),
        "stress": stress,
        "near_invalid": near,
        "wrong": [
            WrongSolution("count_decrements_on_every_link", STATS_WRONG_ALWAYS_DECREMENT),
            WrongSolution("size_added_to_wrong_root", STATS_WRONG_SIZE_ROOT),
            WrongSolution("quick_find_relabel", STATS_SLOW, "slow"),
        ],
    }


def _kruskal(rng: random.Random) -> dict:
    maxn, maxm, maxw = MST_MAXN, MST_MAXM, MST_MAXW

    def text(n: int, edges: list[tuple[int, int, int]]) -> str:
        return f"{n} {len(edges)}\n" + _lines(edges)

    def graph(n: int, m: int, w_cap: int, connected: bool) -> list[tuple[int, int, int]]:
        rnd = rng.random
        name = _shuffled_names(rng, n)
        edges = []
        tree = n - 1 if connected else int(rnd() * n)
        for i in range(2, min(n, tree + 1, m + 1) + 1):
            edges.append((name[i], name[1 + int(rnd() * (i - 1))], 1 + int(rnd() * w_cap)))
        while len(edges) < m and n >= 2:
            a, b = _pair(rng, n)
            edges.append((a, b, 1 + int(rnd() * w_cap)))
        rng.shuffle(edges)
        return edges

    def random_case(n: int, m_cap: int, w_cap: int = maxw) -> str:
        m = rng.randint(0, m_cap) if n > 1 else 0
        return text(n, graph(n, m, w_cap, rng.random() < 0.8))

    def long_tree(n: int, m: int) -> str:
        # A light path through all vertices plus heavy chords: a search-based cycle check walks the whole path.
        name = _shuffled_names(rng, n)
        edges = [(name[i], name[i + 1], rng.randint(1, maxw // 2)) for i in range(1, n)]
        while len(edges) < m:
            a, b = _pair(rng, n)
            edges.append((a, b, rng.randint(maxw // 2 + 1, maxw)))
        rng.shuffle(edges)
        return text(n, edges)

    def renamed(n: int, edges: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
        # Random vertex names, edge order and directions.
        name = _shuffled_names(rng, n)
        out = [_flip(rng, name, u, v) + (w,) for u, v, w in edges]
        rng.shuffle(out)
        return out

    # Two cycles whose heaviest edge is left out (cost 1 + 2 + 4 + 2 = 9), and a graph that cannot be connected.
    n0 = 5
    edges0 = renamed(n0, [(1, 2, 3), (2, 3, 1), (1, 3, 2), (3, 4, 7), (4, 5, 2), (3, 5, 4)])
    samples = [
        text(n0, edges0),
        text(4, renamed(4, [(1, 2, 5), (3, 4, 1)])),
        random_case(rng.randint(4, 6), 8, 20),
    ]
    small = [random_case(rng.randint(1, 8), 12, rng.choice([5, 100, maxw])) for _ in range(10)]
    edge = [
        ("1 0\n", True),
        ("2 0\n", True),
        ("2 2\n1 2 1000000\n2 1 1000000\n", True),
        (text(4, [(1, 2, 1), (2, 3, 1), (3, 1, 1), (3, 4, 1)]), True),
        (text(7, [(1, 2, 1), (2, 3, 1), (3, 1, 1), (4, 5, 9), (5, 6, 9), (6, 7, 9), (1, 4, 100)]), True),
    ]
    randoms = [random_case(rng.randint(100, 1000), 3000) for _ in range(3)]
    anti = [long_tree(1000, 2000)]
    maxes = [long_tree(maxn, maxm), text(maxn, graph(maxn, maxm, maxw, True)), text(maxn, graph(maxn, maxm, 10, True)),
             text(maxn, [(i, i + 1, maxw) for i in range(1, maxn)])]
    stress = [random_case(rng.randint(1, 6), 9, rng.choice([5, 100, maxw])) for _ in range(120)]
    u0, v0, w0 = edges0[0]
    near = [
        f"{maxn + 1} 0\n",
        f"3 {maxm + 1}\n" + "1 2 1\n" * (maxm + 1),
        "0 0\n",
        text(n0, [(u0, n0 + 1, w0)] + edges0[1:]),
        text(n0, [(u0, u0, w0)] + edges0[1:]),
        text(n0, [(u0, v0, maxw + 1)] + edges0[1:]),
        text(n0, [(u0, v0, 0)] + edges0[1:]),
        text(n0, [(u0, v0)] + edges0[1:]),
        f"{n0} {len(edges0) + 1}\n" + _lines(edges0),  # one edge missing
    ]
    return {
        "params": {"variant": "kruskal", "maxn": maxn, "maxm": maxm, "maxw": maxw},
        "constraints": [
            Constraint(symbol="N", low=1, high=maxn, meaning={"en": "vertices", "ko": "정점의 수"}),
            Constraint(symbol="M", low=0, high=maxm, meaning={"en": "candidate edges", "ko": "후보 간선의 수"}),
            Constraint(symbol="w", low=1, high=maxw, meaning={"en": "cost of an edge", "ko": "간선의 비용"}),
        ],
        "reference": MST_REFERENCE,
        "brute": MST_BRUTE,
        "tests": _tests(samples, small, edge, randoms, anti, maxes),
        "stress": stress,
        "near_invalid": near,
        "wrong": [
            WrongSolution("cheapest_edges_without_cycle_check", MST_WRONG_CHEAPEST),
            WrongSolution("forest_weight_when_disconnected", MST_WRONG_FOREST),
            WrongSolution("cheapest_edge_per_vertex", MST_WRONG_CHEAPEST_PER_VERTEX),
            WrongSolution("cycle_check_by_search", MST_SLOW, "slow"),
        ],
    }


# ------------------------------------------------------------------------------------------ texts
def _explain(variant: str, inp: str, out: str, language: Language) -> str:
    en = language == "en"
    if variant in ("static_groups", "online_queries"):
        answers = out.split()
        yes = answers.count("YES")
        if en:
            return f"The first question is answered {answers[0]}; in all, {yes} of {len(answers)} answers are YES."
        return f"첫 번째 질문의 답은 {answers[0]}이고, 질문 {len(answers)}개 중 {yes}개의 답이 YES입니다."
    if variant == "group_stats":
        rows = out.strip().split("\n")
        first, last = rows[0].split(), rows[-1].split()
        if en:
            return (f"After the first link there are {first[0]} groups and the largest has {first[1]} members; "
                    f"after the last one, {last[0]} groups and {last[1]} members.")
        return (f"첫 번째 연결 후에는 무리가 {first[0]}개이고 가장 큰 무리의 크기는 {first[1]}입니다. 마지막 연결 후에는 "
                f"무리가 {last[0]}개이고 가장 큰 무리의 크기는 {last[1]}입니다.")
    total = int(out.split()[0])
    if total < 0:
        return "Not everything can be connected, so the answer is -1." if en else "모두 연결할 수 없으므로 -1입니다."
    return f"The cheapest way to connect everything costs {total}." if en else f"모두 연결하는 최소 비용은 {total}입니다."


def _texts(variant: str, language: Language, t: dict[str, str]) -> tuple[str, str, str, str]:
    ko = language == "ko"
    if variant == "static_groups":
        if ko:
            legend = (f"{t['node']} N개가 1번부터 N번까지 번호가 붙어 있습니다. {t['edge']} M개가 이미 있고, "
                      f"{t['edge']} 하나는 서로 다른 두 {josa(t['node'], '을/를')} 양방향으로 잇습니다. "
                      f"{josa(t['edge'], '을/를')} 따라 오갈 수 있는 {t['node']}끼리는 같은 {t['group']}에 속합니다. "
                      f"질문 Q개에 답하세요. 각 질문은 두 {t['node']} a와 b가 같은 {t['group']}에 속하는지 묻습니다.")
            fmt_in = ("첫째 줄에 N, M, Q가 주어집니다. 다음 M개의 줄에 " + f"{t['edge']}의 양 끝 a, b가, 그다음 Q개의 줄에 "
                      "질문 a, b가 주어집니다 (a ≠ b).")
            fmt_out = "각 질문마다 같은 " + t["group"] + "에 속하면 YES, 아니면 NO를 한 줄에 하나씩 출력합니다."
            notes = f"같은 두 {t['node']} 사이에 {josa(t['edge'], '이/가')} 여러 개 주어질 수 있습니다."
        else:
            legend = (f"There are N {t['nodes']} numbered 1 to N and M {t['edges']}; each {t['edge']} joins two "
                      f"different {t['nodes']} in both directions. {t['nodes'].capitalize()} that can reach each "
                      f"other along {t['edges']} belong to the same {t['group']}. Answer Q questions: are "
                      f"{t['nodes']} a and b in the same {t['group']}?")
            fmt_in = (f"The first line contains N, M and Q. The next M lines describe the {t['edges']} (a b), then Q "
                      "lines describe the questions (a b), always with a ≠ b.")
            fmt_out = "For each question print YES or NO on its own line."
            notes = f"The same pair may be joined by several {t['edges']}."
        return legend, fmt_in, fmt_out, notes
    if variant == "online_queries":
        if ko:
            legend = (f"{t['node']} N개가 1번부터 N번까지 번호가 붙어 있고, 처음에는 {josa(t['edge'], '이/가')} "
                      f"하나도 없습니다. 연산 Q개가 차례대로 주어집니다. '0 a b'는 a번과 b번 {t['node']} 사이에 "
                      f"{josa(t['edge'], '을/를')} 새로 {t['doing']} 연산이고, '1 a b'는 지금까지 {t['done']} "
                      f"{josa(t['edge'], '을/를')} 따라 a번에서 b번으로 갈 수 있는지 묻는 연산입니다.")
            fmt_in = "첫째 줄에 N과 Q가 주어집니다. 다음 Q개의 줄에 연산 op, a, b가 주어집니다 (op는 0 또는 1, a ≠ b)."
            fmt_out = "'1 a b' 연산마다 갈 수 있으면 YES, 없으면 NO를 한 줄에 하나씩 출력합니다."
            notes = f"질문의 답은 그 질문보다 앞에 {t['done']} {t['edge']}만으로 정해집니다."
        else:
            legend = (f"There are N {t['nodes']} numbered 1 to N and, at first, no {t['edges']}. Q operations follow "
                      f"in order: '0 a b' adds a {t['edge']} between a and b (both directions); '1 a b' asks whether "
                      f"b can be reached from a along the {t['edges']} added so far.")
            fmt_in = ("The first line contains N and Q. Each of the next Q lines holds an operation op a b "
                      "(op is 0 or 1, a ≠ b).")
            fmt_out = "For each '1 a b' operation print YES or NO on its own line."
            notes = f"A question only sees the {t['edges']} added before it."
        return legend, fmt_in, fmt_out, notes
    if variant == "group_stats":
        if ko:
            legend = (f"{t['node']} N개가 1번부터 N번까지 번호가 붙어 있고, 처음에는 각 {josa(t['node'], '이/가')} "
                      f"혼자서 하나의 {josa(t['group'], '을/를')} 이룹니다. {josa(t['who'], '은/는')} "
                      f"{josa(t['edge'], '을/를')} 하나씩 M번 {t['does']}. {t['edge']} 하나는 두 "
                      f"{josa(t['node'], '을/를')} 잇고, 이어진 {t['node']}끼리는 같은 {t['group']}에 속하게 됩니다. "
                      f"{josa(t['edge'], '을/를')} {t['will']} 때마다 {t['group']}의 개수와 가장 큰 {t['group']}에 "
                      f"속한 {t['node']}의 수를 구하세요.")
            fmt_in = f"첫째 줄에 N과 M이 주어집니다. 다음 M개의 줄에 {t['edge']}의 양 끝 a, b가 주어집니다 (a ≠ b)."
            fmt_out = (f"M개의 줄에 걸쳐, {josa(t['edge'], '을/를')} 하나 {t['will']} 때마다 그 직후의 {t['group']} 개수와 "
                       "가장 큰 크기를 공백으로 구분하여 출력합니다.")
            notes = f"이미 같은 {t['group']}에 속한 두 {josa(t['node'], '을/를')} 잇는 경우도 있습니다."
        else:
            legend = (f"There are N {t['nodes']} numbered 1 to N; at first each forms a {t['group']} of its own. "
                      f"{t['who']} adds M {t['edges']} one by one; a {t['edge']} joins two {t['nodes']}, and joined "
                      f"{t['nodes']} belong to the same {t['group']}. After each {t['edge']}, report the number of "
                      f"{t['groups']} and the number of {t['nodes']} in the largest {t['group']}.")
            fmt_in = f"The first line contains N and M. Each of the next M lines holds a {t['edge']} a b (a ≠ b)."
            fmt_out = "Print M lines: after each " + t["edge"] + ", the number of " + t["groups"] + " and the largest size."
            notes = f"A {t['edge']} may join two {t['nodes']} that are already in the same {t['group']}."
        return legend, fmt_in, fmt_out, notes
    if ko:
        legend = (f"{t['node']} N개가 1번부터 N번까지 번호가 붙어 있습니다. {t['will']} 수 있는 {t['edge']} 후보 M개가 있고, "
                  f"후보 하나는 두 {josa(t['node'], '을/를')} 잇는 데 비용 w가 듭니다. {josa(t['who'], '은/는')} 몇 개의 "
                  f"후보를 골라 모든 {josa(t['node'], '이/가')} 서로 오갈 수 있게 하려고 합니다. 필요한 비용의 합의 "
                  "최솟값을 구하세요.")
        fmt_in = "첫째 줄에 N과 M이 주어집니다. 다음 M개의 줄에 후보의 양 끝 u, v와 비용 w가 주어집니다 (u ≠ v)."
        fmt_out = "첫째 줄에 최소 비용을 출력합니다. 모두 이을 수 없으면 -1을 출력합니다."
        notes = (f"N = 1이면 아무것도 {t['will']} 필요가 없으므로 답은 0입니다. 같은 두 {t['node']} 사이에 후보가 "
                 "여러 개 있을 수 있습니다.")
    else:
        legend = (f"There are N {t['nodes']} numbered 1 to N and M candidate {t['edges']}; a candidate joins two "
                  f"{t['nodes']} and costs w to {t['build']}. {t['who']} wants to {t['build']} some of them so that every "
                  f"{t['node']} can reach every other one. Find the minimum total cost.")
        fmt_in = "The first line contains N and M. Each of the next M lines holds a candidate u v w (u ≠ v)."
        fmt_out = "Print the minimum total cost, or -1 if the " + t["nodes"] + " cannot all be connected."
        notes = "If N = 1 nothing is needed and the answer is 0. The same pair may have several candidates."
    return legend, fmt_in, fmt_out, notes
