"""Graph DFS / connected components.

Variants by difficulty: tutorial (count the islands of a small grid, 4-directional), easy (count the
connected components of an undirected graph), medium (for each query vertex, the size of its component),
hard (count the 2-colourings of a graph modulo 10^9+7: 2^components if every component is bipartite, else 0).
"""
from __future__ import annotations

import random
from bisect import bisect_right

from generator.problems.family import Draft, Family, TestInput, WrongSolution, choose_theme, josa
from generator.problems.schema import Constraint, Difficulty, Language

VARIANTS: dict[Difficulty, str] = {
    Difficulty.tutorial: "islands",
    Difficulty.easy: "count_components",
    Difficulty.medium: "component_sizes",
    Difficulty.hard: "two_colorings",
}
# Bounds per variant; the Constraint objects and the validator are both built from these.
GRID_MAX = 100
COUNT_MAXN, COUNT_MAXM = 50_000, 50_000
SIZES_MAXN, SIZES_MAXM, SIZES_MAXQ = 40_000, 60_000, 40_000
COLOR_MAXN, COLOR_MAXM = 70_000, 70_000
MOD = 1_000_000_007

THEMES: dict[str, dict[Language, dict[str, str]]] = {
    "archipelago": {
        "en": {"title_grid": "Counting Islands", "title_graph": "Island Bridges", "title_color": "Two Flags",
               "land": "land", "water": "sea", "blob": "island", "blobs": "islands",
               "node": "island", "nodes": "islands", "edge": "bridge", "edges": "bridges",
               "who": "The harbour master", "colors": "a red flag or a blue flag"},
        "ko": {"title_grid": "섬의 개수", "title_graph": "다리로 이어진 섬", "title_color": "두 가지 깃발",
               "land": "땅", "water": "바다", "blob": "섬", "node": "섬", "edge": "다리",
               "who": "항구 관리인", "colors": "빨간 깃발과 파란 깃발"},
    },
    "network": {
        "en": {"title_grid": "Copper Traces", "title_graph": "Office Network", "title_color": "Two Channels",
               "land": "copper", "water": "bare board", "blob": "trace", "blobs": "traces",
               "node": "computer", "nodes": "computers", "edge": "cable", "edges": "cables",
               "who": "The network administrator", "colors": "radio channel A or channel B"},
        "ko": {"title_grid": "회로 기판의 배선", "title_graph": "사내 네트워크", "title_color": "두 개의 채널",
               "land": "구리", "water": "빈 기판", "blob": "배선", "node": "컴퓨터", "edge": "케이블",
               "who": "네트워크 관리자", "colors": "A 채널과 B 채널"},
    },
    "forest": {
        "en": {"title_grid": "Groves", "title_graph": "Forest Trails", "title_color": "Ranger Teams",
               "land": "tree", "water": "clearing", "blob": "grove", "blobs": "groves",
               "node": "campsite", "nodes": "campsites", "edge": "trail", "edges": "trails",
               "who": "The head ranger", "colors": "the north team or the south team"},
        "ko": {"title_grid": "숲의 개수", "title_graph": "숲속 오솔길", "title_color": "두 산림 감시 팀",
               "land": "나무", "water": "빈터", "blob": "숲", "node": "야영지", "edge": "오솔길",
               "who": "산림 감시 대장", "colors": "북쪽 팀과 남쪽 팀"},
    },
    "city": {
        "en": {"title_grid": "City Blocks", "title_graph": "District Roads", "title_color": "Two Bus Lines",
               "land": "building", "water": "street", "blob": "block", "blobs": "blocks",
               "node": "district", "nodes": "districts", "edge": "road", "edges": "roads",
               "who": "The mayor", "colors": "the green bus line or the yellow bus line"},
        "ko": {"title_grid": "도시의 블록", "title_graph": "구역을 잇는 도로", "title_color": "두 버스 노선",
               "land": "건물", "water": "도로", "blob": "블록", "node": "구역", "edge": "도로",
               "who": "시장", "colors": "초록 버스 노선과 노란 버스 노선"},
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
if V == "islands":
    n, m = ints(2)
    assert 1 <= n <= P["maxn"] and 1 <= m <= P["maxn"], "N or M out of range"
    for _ in range(n):
        row = line()
        assert len(row) == m, "row of wrong length"
        assert set(row) <= {"#", "."}, "bad grid character"
    done()
else:
    if V == "component_sizes":
        n, m, q = ints(3)
        assert 1 <= q <= P["maxq"], "Q out of range"
    else:
        n, m = ints(2)
    assert 1 <= n <= P["maxn"], "N out of range"
    assert 0 <= m <= P["maxm"], "M out of range"
    seen = set()
    for _ in range(m):
        u, v = ints(2)
        assert 1 <= u <= n and 1 <= v <= n, "vertex out of range"
        assert u != v, "self-loop"
        key = (min(u, v), max(u, v))
        assert key not in seen, "duplicate edge"
        seen.add(key)
    if V == "component_sizes":
        for _ in range(q):
            (x,) = ints(1)
            assert 1 <= x <= n, "query vertex out of range"
    done()
'''

# ------------------------------------------------------------------------------------------ islands
READ_GRID = r'''
import sys
def read():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    return n, m, "".join(data[2:2 + n])
'''

ISLANDS_REFERENCE = READ_GRID + r'''
def main():
    n, m, g = read()
    seen = bytearray(n * m)
    count = 0
    for s in range(n * m):
        if g[s] == "#" and not seen[s]:
            count += 1
            seen[s] = 1
            stack = [s]
            while stack:
                x = stack.pop()
                r, c = divmod(x, m)
                for y, ok in ((x - m, r > 0), (x + m, r < n - 1), (x - 1, c > 0), (x + 1, c < m - 1)):
                    if ok and g[y] == "#" and not seen[y]:
                        seen[y] = 1
                        stack.append(y)
    print(count)
main()
'''

# Obviously correct: every land cell repeatedly takes the smallest label among itself and its land
# neighbours until nothing changes; islands are the distinct labels.
ISLANDS_BRUTE = READ_GRID + r'''
n, m, g = read()
label = {}
for r in range(n):
    for c in range(m):
        if g[r * m + c] == "#":
            label[(r, c)] = r * m + c
changed = True
while changed:
    changed = False
    for (r, c) in list(label):
        for nb in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if nb in label and label[nb] < label[(r, c)]:
                label[(r, c)] = label[nb]
                changed = True
print(len(set(label.values())))
'''

# Wrong: treats diagonal neighbours as connected (8 directions instead of 4).
ISLANDS_WRONG_8DIR = READ_GRID + r'''
n, m, g = read()
seen = [[False] * m for _ in range(n)]
count = 0
for r0 in range(n):
    for c0 in range(m):
        if g[r0 * m + c0] == "#" and not seen[r0][c0]:
            count += 1
            seen[r0][c0] = True
            stack = [(r0, c0)]
            while stack:
                r, c = stack.pop()
                for dr in (-1, 0, 1):
                    for dc in (-1, 0, 1):
                        nr, nc = r + dr, c + dc
                        if 0 <= nr < n and 0 <= nc < m and g[nr * m + nc] == "#" and not seen[nr][nc]:
                            seen[nr][nc] = True
                            stack.append((nr, nc))
print(count)
'''

# Wrong: recursive DFS with Python's default recursion limit crashes on a long winding island.
ISLANDS_WRONG_RECURSIVE = READ_GRID + r'''
n, m, g = read()
seen = [[False] * m for _ in range(n)]
def dfs(r, c):
    seen[r][c] = True
    for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
        if 0 <= nr < n and 0 <= nc < m and g[nr * m + nc] == "#" and not seen[nr][nc]:
            dfs(nr, nc)
count = 0
for r in range(n):
    for c in range(m):
        if g[r * m + c] == "#" and not seen[r][c]:
            count += 1
            dfs(r, c)
print(count)
'''

# Too slow: a fresh search from every land cell; a cell counts when it is the first cell of its island.
ISLANDS_SLOW = READ_GRID + r'''
n, m, g = read()
count = 0
for s in range(n * m):
    if g[s] != "#":
        continue
    seen = {s}
    stack = [s]
    smallest = s
    while stack:
        x = stack.pop()
        smallest = min(smallest, x)
        r, c = divmod(x, m)
        for y, ok in ((x - m, r > 0), (x + m, r < n - 1), (x - 1, c > 0), (x + 1, c < m - 1)):
            if ok and g[y] == "#" and y not in seen:
                seen.add(y)
                stack.append(y)
    if smallest == s:
        count += 1
print(count)
'''

# ------------------------------------------------------------------------------------------ graphs
READ_GRAPH = r'''
import sys
def read():
    data = sys.stdin.buffer.read().split()
    return data
'''

COUNT_REFERENCE = READ_GRAPH + r'''
def main():
    data = read()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for u, v in zip(map(int, data[2:2 + 2 * m:2]), map(int, data[3:3 + 2 * m:2])):
        adj[u].append(v)
        adj[v].append(u)
    seen = bytearray(n + 1)
    count = 0
    for s in range(1, n + 1):
        if not seen[s]:
            count += 1
            seen[s] = 1
            stack = [s]
            while stack:
                x = stack.pop()
                for y in adj[x]:
                    if not seen[y]:
                        seen[y] = 1
                        stack.append(y)
    print(count)
main()
'''

# Obviously correct: labels flow along edges until nothing changes; components are the distinct labels.
COUNT_BRUTE = READ_GRAPH + r'''
data = read()
n, m = int(data[0]), int(data[1])
edges = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(m)]
label = list(range(n + 1))
changed = True
while changed:
    changed = False
    for u, v in edges:
        low = min(label[u], label[v])
        if label[u] != low or label[v] != low:
            label[u] = label[v] = low
            changed = True
print(len(set(label[1:])))
'''

# Wrong: the forest formula N - M, which ignores cycles.
COUNT_WRONG_FOREST = READ_GRAPH + r'''
data = read()
print(int(data[0]) - int(data[1]))
'''

# Wrong: recursive DFS with the default recursion limit crashes on a long path.
COUNT_WRONG_RECURSIVE = READ_GRAPH + r'''
data = read()
n, m = int(data[0]), int(data[1])
adj = [[] for _ in range(n + 1)]
for i in range(m):
    u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
    adj[u].append(v)
    adj[v].append(u)
seen = [False] * (n + 1)
def dfs(x):
    seen[x] = True
    for y in adj[x]:
        if not seen[y]:
            dfs(y)
count = 0
for s in range(1, n + 1):
    if not seen[s]:
        count += 1
        dfs(s)
print(count)
'''

# Too slow: union-find without path compression or union by size; a star listed as (1, i) grows a chain.
COUNT_SLOW = READ_GRAPH + r'''
data = read()
n, m = int(data[0]), int(data[1])
parent = list(range(n + 1))
def find(x):
    while parent[x] != x:
        x = parent[x]
    return x
count = n
for i in range(m):
    a, b = find(int(data[2 + 2 * i])), find(int(data[3 + 2 * i]))
    if a != b:
        parent[a] = b
        count -= 1
print(count)
'''

READ_SIZES = r'''
import sys
def read():
    data = sys.stdin.buffer.read().split()
    n, m, q = int(data[0]), int(data[1]), int(data[2])
    edges = list(zip(map(int, data[3:3 + 2 * m:2]), map(int, data[4:4 + 2 * m:2])))
    queries = [int(x) for x in data[3 + 2 * m:3 + 2 * m + q]]
    return n, edges, queries
'''

SIZES_REFERENCE = READ_SIZES + r'''
def main():
    n, edges, queries = read()
    adj = [[] for _ in range(n + 1)]
    for u, v in edges:
        adj[u].append(v)
        adj[v].append(u)
    comp = [0] * (n + 1)
    size = [0]
    for s in range(1, n + 1):
        if not comp[s]:
            cid = len(size)
            comp[s] = cid
            stack = [s]
            members = 1
            while stack:
                x = stack.pop()
                for y in adj[x]:
                    if not comp[y]:
                        comp[y] = cid
                        members += 1
                        stack.append(y)
            size.append(members)
    sys.stdout.write("\n".join(str(size[comp[x]]) for x in queries) + "\n")
main()
'''

# Obviously correct: grow the reachable set from the query vertex by sweeping all edges until it is stable.
SIZES_BRUTE = READ_SIZES + r'''
n, edges, queries = read()
for x in queries:
    reach = {x}
    grew = True
    while grew:
        grew = False
        for u, v in edges:
            if (u in reach) != (v in reach):
                reach.add(u)
                reach.add(v)
                grew = True
    print(len(reach))
'''

# Wrong: counts only the vertex and its direct neighbours.
SIZES_WRONG_NEIGHBOURS = READ_SIZES + r'''
n, edges, queries = read()
deg = [0] * (n + 1)
for u, v in edges:
    deg[u] += 1
    deg[v] += 1
print("\n".join(str(deg[x] + 1) for x in queries))
'''

# Wrong: assumes every component is a tree and reports (edges in the component) + 1.
SIZES_WRONG_TREE = READ_SIZES + r'''
n, edges, queries = read()
parent = list(range(n + 1))
def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x
for u, v in edges:
    a, b = find(u), find(v)
    if a != b:
        parent[a] = b
count = [0] * (n + 1)
for u, v in edges:
    count[find(u)] += 1
print("\n".join(str(count[find(x)] + 1) for x in queries))
'''

# Too slow: a new traversal for every query.
SIZES_SLOW = READ_SIZES + r'''
n, edges, queries = read()
adj = [[] for _ in range(n + 1)]
for u, v in edges:
    adj[u].append(v)
    adj[v].append(u)
out = []
for x in queries:
    seen = {x}
    stack = [x]
    while stack:
        y = stack.pop()
        for z in adj[y]:
            if z not in seen:
                seen.add(z)
                stack.append(z)
    out.append(len(seen))
print("\n".join(map(str, out)))
'''

COLOR_REFERENCE = READ_GRAPH + r'''
def main():
    data = read()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for u, v in zip(map(int, data[2:2 + 2 * m:2]), map(int, data[3:3 + 2 * m:2])):
        adj[u].append(v)
        adj[v].append(u)
    color = [-1] * (n + 1)
    components = 0
    for s in range(1, n + 1):
        if color[s] < 0:
            components += 1
            color[s] = 0
            stack = [s]
            while stack:
                x = stack.pop()
                cx = color[x]
                for y in adj[x]:
                    if color[y] < 0:
                        color[y] = cx ^ 1
                        stack.append(y)
                    elif color[y] == cx:
                        print(0)
                        return
    print(pow(2, components, 1000000007))
main()
'''

# Obviously correct: try every colouring.
COLOR_BRUTE = READ_GRAPH + r'''
from itertools import product
data = read()
n, m = int(data[0]), int(data[1])
edges = [(int(data[2 + 2 * i]) - 1, int(data[3 + 2 * i]) - 1) for i in range(m)]
ways = 0
for colors in product((0, 1), repeat=n):
    if all(colors[u] != colors[v] for u, v in edges):
        ways += 1
print(ways % 1000000007)
'''

# Wrong: checks for an odd cycle only in the component of vertex 1 (components are counted correctly).
COLOR_WRONG_FIRST_ONLY = READ_GRAPH + r'''
data = read()
n, m = int(data[0]), int(data[1])
adj = [[] for _ in range(n + 1)]
for i in range(m):
    u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
    adj[u].append(v)
    adj[v].append(u)
color = [-1] * (n + 1)
components = 0
ok = True
for s in range(1, n + 1):
    if color[s] < 0:
        components += 1
        color[s] = 0
        stack = [s]
        while stack:
            x = stack.pop()
            for y in adj[x]:
                if color[y] < 0:
                    color[y] = color[x] ^ 1
                    stack.append(y)
                elif color[y] == color[x] and s == 1:
                    ok = False
print(pow(2, components, 1000000007) if ok else 0)
'''

# Wrong: forgets the modulus.
COLOR_WRONG_NO_MOD = READ_GRAPH + r'''
data = read()
n, m = int(data[0]), int(data[1])
adj = [[] for _ in range(n + 1)]
for i in range(m):
    u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
    adj[u].append(v)
    adj[v].append(u)
color = [-1] * (n + 1)
components = 0
ok = True
for s in range(1, n + 1):
    if color[s] < 0:
        components += 1
        color[s] = 0
        stack = [s]
        while stack:
            x = stack.pop()
            for y in adj[x]:
                if color[y] < 0:
                    color[y] = color[x] ^ 1
                    stack.append(y)
                elif color[y] == color[x]:
                    ok = False
print(2 ** components if ok else 0)
'''

# Too slow: union-find with parity but without path compression or union by size.
COLOR_SLOW = READ_GRAPH + r'''
data = read()
n, m = int(data[0]), int(data[1])
parent = list(range(n + 1))
parity = [0] * (n + 1)
def find(x):
    p = 0
    while parent[x] != x:
        p ^= parity[x]
        x = parent[x]
    return x, p
components = n
ok = True
for i in range(m):
    (a, pa), (b, pb) = find(int(data[2 + 2 * i])), find(int(data[3 + 2 * i]))
    if a == b:
        if pa == pb:
            ok = False
    else:
        parent[a] = b
        parity[a] = pa ^ pb ^ 1
        components -= 1
print(pow(2, components, 1000000007) if ok else 0)
'''


class Components(Family):
    name = "components"
    category = "graph DFS / connected components"
    tags = ("dfs", "graphs", "connected components")
    keywords = (
        "dfs", "depth-first", "depth first", "depth-first search", "depth first search", "dfs problem",
        "grid dfs", "dfs on grids", "dfs on a grid", "connected component", "connected components",
        "components", "island", "islands", "number of islands", "count islands", "flood fill", "flood-fill",
        "bipartite", "two-coloring", "two coloring",
        "깊이 우선", "깊이우선", "dfs 문제", "연결 요소", "연결요소", "컴포넌트", "섬", "플러드 필", "플러드필",
        "이분 그래프",
    )

    def draft(self, rng: random.Random, difficulty: Difficulty, language: Language) -> Draft:
        variant = VARIANTS[difficulty]
        theme, t = choose_theme(rng, THEMES, language)
        build = {
            "islands": _islands,
            "count_components": _count,
            "component_sizes": _sizes,
            "two_colorings": _colorings,
        }[variant]
        parts = build(rng)
        legend, input_format, output_format, notes, title = _texts(variant, language, t)
        return Draft(
            family=self.name,
            variant=variant,
            theme=theme,
            title=title,
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
            explain=lambda inp, out: _explain(variant, inp, out, language, t),
            signature_key=f"{theme}:{variant}",
        )


# ------------------------------------------------------------------------------------------ builders
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


def _grid_text(cells: list[list[str]]) -> str:
    return f"{len(cells)} {len(cells[0])}\n" + "\n".join("".join(row) for row in cells) + "\n"


# Hand-made first samples for the islands variant: several cells touch only diagonally, so counting with 8
# directions gives a smaller answer (4-directional islands: 5, 5 and 6; with 8 directions: 4, 4 and 3).
ISLAND_SAMPLES: tuple[tuple[str, ...], ...] = (
    (".##..#", "#...##", "#.#...", "..#.#."),
    ("##..#.", "#..#..", "..##.#", "#....#"),
    ("#.#.##", ".#...#", ".#.#..", "##..#."),
)


def _grid_variant(rng: random.Random, rows: tuple[str, ...]) -> list[list[str]]:
    """The grid under a random symmetry of the rectangle (transpose and flips), with a random border of water
    on each side: the islands and their diagonal contacts stay exactly the same."""
    cells = [list(row) for row in rows]
    if rng.random() < 0.5:
        cells = [list(col) for col in zip(*cells)]
    if rng.random() < 0.5:
        cells.reverse()
    if rng.random() < 0.5:
        cells = [row[::-1] for row in cells]
    top, bottom, left, right = (rng.random() < 0.5 for _ in range(4))
    cells = [["."] * left + row + ["."] * right for row in cells]
    width = len(cells[0])
    return [["."] * width for _ in range(top)] + cells + [["."] * width for _ in range(bottom)]


def _relabelled(rng: random.Random, n: int, edges: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[int]]:
    """The same graph under random vertex names, with the edges in random order and orientation; returns the
    edges and the renaming (name[old] = new)."""
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    name = [0] + perm
    out = [(name[u], name[v]) if rng.random() < 0.5 else (name[v], name[u]) for u, v in edges]
    rng.shuffle(out)
    return out, name


def _islands(rng: random.Random) -> dict:
    maxn = GRID_MAX

    def blobby(n: int, m: int, density: float) -> list[list[str]]:
        return [["#" if rng.random() < density else "." for _ in range(m)] for _ in range(n)]

    def random_case(lo: int, hi: int) -> str:
        return _grid_text(blobby(rng.randint(lo, hi), rng.randint(lo, hi), rng.choice([0.2, 0.4, 0.5, 0.6, 0.8])))

    def serpentine(n: int, m: int) -> list[list[str]]:
        # One long winding island: deep recursion for a recursive DFS, and one huge island.
        cells = [["#"] * m for _ in range(n)]
        for r in range(1, n, 2):
            for c in range(m):
                cells[r][c] = "."
            cells[r][m - 1 if (r // 2) % 2 == 0 else 0] = "#"
        return cells

    def checker(n: int, m: int) -> list[list[str]]:
        # Only diagonal contacts: every land cell is its own island (8-directional counting merges them).
        return [["#" if (r + c) % 2 == 0 else "." for c in range(m)] for r in range(n)]

    samples = [
        _grid_text(_grid_variant(rng, rng.choice(ISLAND_SAMPLES))),
        random_case(3, 6),
    ]
    small = [random_case(1, 8) for _ in range(10)]
    edge = [
        ("1 1\n.\n", True),
        ("1 1\n#\n", True),
        (_grid_text([["#"] * 8 for _ in range(6)]), True),
        (_grid_text(checker(7, 7)), True),
        (_grid_text([["#" if c % 2 == 0 else "." for c in range(maxn)]]), False),
        (_grid_text([["#"] for _ in range(maxn)]), False),
    ]
    randoms = [random_case(10, 25) for _ in range(3)]
    anti = [_grid_text(serpentine(maxn - 1, maxn)), _grid_text(checker(maxn, maxn))]
    maxes = [_grid_text([["#"] * maxn for _ in range(maxn)]), _grid_text(blobby(maxn, maxn, 0.55)),
             _grid_text(serpentine(maxn, maxn))]
    stress = [random_case(1, 5) for _ in range(120)]
    s0 = samples[0]
    rows = s0.split("\n")
    near_invalid = [
        f"{maxn + 1} 1\n" + "#\n" * (maxn + 1),
        f"1 {maxn + 1}\n" + "." * (maxn + 1) + "\n",
        s0.replace(".", "o", 1),
        "\n".join([rows[0]] + [rows[1][:-1]] + rows[2:]),
        s0.rstrip("\n") + "\n" + rows[1] + "\n",
        s0.rstrip("\n"),
        "0 3\n",
    ]
    return {
        "params": {"variant": "islands", "maxn": maxn},
        "constraints": [
            Constraint(symbol="N", low=1, high=maxn, meaning={"en": "rows", "ko": "세로 크기"}),
            Constraint(symbol="M", low=1, high=maxn, meaning={"en": "columns", "ko": "가로 크기"}),
        ],
        "reference": ISLANDS_REFERENCE,
        "brute": ISLANDS_BRUTE,
        "tests": _tests(samples, small, edge, randoms, anti, maxes),
        "stress": stress,
        "near_invalid": near_invalid,
        "wrong": [
            WrongSolution("eight_directions", ISLANDS_WRONG_8DIR),
            WrongSolution("recursive_dfs_default_limit", ISLANDS_WRONG_RECURSIVE),
            WrongSolution("search_from_every_cell", ISLANDS_SLOW, "slow"),
        ],
    }


def _clustered_graph(rng: random.Random, n: int, m: int, clusters: int, *, colored: bool = False,
                     odd: int = 0) -> list[tuple[int, int]]:
    """A random simple graph on 1..n: the vertices are split into `clusters` groups, each group gets a random
    spanning tree (while the edge budget lasts) and extra in-group edges up to about m edges in all.
    colored: extra edges respect the trees' 2-colouring, then `odd` groups get one same-colour edge."""
    rnd = rng.random  # int(rnd() * k) is a fast uniform draw from range(k); all draws come from rng
    clusters = max(1, min(clusters, n))
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    cuts = sorted(rng.sample(range(1, n), clusters - 1)) if clusters > 1 else []
    starts = [0] + cuts
    ends = cuts + [n]
    color = [0] * n
    edges: list[tuple[int, int]] = []
    seen: set[tuple[int, int]] = set()
    budget = m - odd if colored else m

    def add(i: int, j: int) -> bool:
        a, b = perm[i], perm[j]
        key = (a, b) if a < b else (b, a)
        if a == b or key in seen:
            return False
        seen.add(key)
        edges.append((a, b) if rnd() < 0.5 else (b, a))
        return True

    order = list(range(clusters))
    rng.shuffle(order)
    for g in order:
        lo = starts[g]
        for i in range(lo + 1, ends[g]):
            if len(edges) >= budget:
                break
            j = lo + int(rnd() * (i - lo))
            color[i] = color[j] ^ 1
            add(i, j)
    tries = 0
    while len(edges) < budget and tries < 30 * m + 100:
        tries += 1
        i = int(rnd() * n)
        g = bisect_right(cuts, i)
        j = starts[g] + int(rnd() * (ends[g] - starts[g]))
        if colored and color[i] == color[j]:
            continue
        add(i, j)
    if colored and odd:
        big = [g for g in range(clusters) if ends[g] - starts[g] >= 3]
        rng.shuffle(big)
        for g in big[:odd]:
            for _ in range(50):
                if len(edges) >= m:
                    break
                i, j = rng.randrange(starts[g], ends[g]), rng.randrange(starts[g], ends[g])
                if i != j and color[i] == color[j] and add(i, j):
                    break
    rng.shuffle(edges)
    return edges


def _graph_text(n: int, edges: list[tuple[int, int]], extra_head: str = "", tail: list[int] | None = None) -> str:
    lines = [f"{n} {len(edges)}{extra_head}"] + [f"{u} {v}" for u, v in edges]
    if tail is not None:
        lines += [str(x) for x in tail]
    return "\n".join(lines) + "\n"


def _path_edges(rng: random.Random, n: int) -> list[tuple[int, int]]:
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    edges = [(perm[i], perm[i + 1]) for i in range(n - 1)]
    rng.shuffle(edges)
    return edges


def _star_chain_edges(n: int) -> list[tuple[int, int]]:
    """A star listed as (1, 2), (1, 3), ...: naive union-find links the old root under the new leaf each time."""
    return [(1, i) for i in range(2, n + 1)]


def _graph_near_invalid(maxn: int, maxm: int, sample: str, head_extra: str = "", tail: str = "") -> list[str]:
    lines = sample.split("\n")
    head = lines[0].split()
    n = int(head[0])
    first_edge = lines[1]
    u, v = first_edge.split()
    return [
        f"{maxn + 1} 0{head_extra}\n{tail}",
        f"{maxn} {maxm + 1}{head_extra}\n" + "".join(f"{a} {b}\n" for a, b in _distinct_pairs(maxn, maxm + 1)) + tail,
        sample.replace(f"\n{first_edge}\n", f"\n{u} {n + 1}\n", 1),
        sample.replace(f"\n{first_edge}\n", f"\n{u} {u}\n", 1),
        sample.replace(f"\n{first_edge}\n", f"\n{first_edge}\n{v} {u}\n", 1).replace(
            lines[0], " ".join([head[0], str(int(head[1]) + 1)] + head[2:]), 1),
        sample.replace(f"\n{first_edge}\n", f"\n{u}  {v}\n", 1),
        sample.replace(f"\n{first_edge}\n", f"\n{u} {v} 1\n", 1),
        sample.rstrip("\n"),
    ]


def _distinct_pairs(n: int, count: int) -> list[tuple[int, int]]:
    pairs = []
    for a in range(1, n + 1):
        for b in range(a + 1, n + 1):
            if len(pairs) == count:
                return pairs
            pairs.append((a, b))
    return pairs


def _count(rng: random.Random) -> dict:
    maxn, maxm = COUNT_MAXN, COUNT_MAXM

    def random_case(n: int, m_cap: int) -> str:
        m = rng.randint(0, min(m_cap, n * (n - 1) // 2))
        return _graph_text(n, _clustered_graph(rng, n, m, rng.randint(1, n)))

    def sample_case() -> str:
        # A sample worth reading: a few components and a handful of edges (an edgeless sample would also
        # make samples collide across seeds, and repeats are detected by sample data).
        n = rng.randint(6, 9)
        return _graph_text(n, _clustered_graph(rng, n, rng.randint(4, n), rng.randint(2, 4)))

    # A triangle (N - M undercounts), one edge and a lonely vertex, under random vertex names.
    samples = [
        _graph_text(6, _relabelled(rng, 6, [(1, 2), (2, 5), (5, 1), (3, 4)])[0]),
        sample_case(),
    ]
    small = [random_case(rng.randint(1, 9), 14) for _ in range(10)]
    edge = [
        ("1 0\n", True),
        ("2 1\n1 2\n", True),
        (_graph_text(7, [(u, v) for u in range(1, 8) for v in range(u + 1, 8)]), True),
        (f"{maxn} 0\n", False),
        (_graph_text(maxn, [(2 * i + 1, 2 * i + 2) for i in range(maxn // 2)]), False),
    ]
    randoms = [random_case(rng.randint(200, 2000), 3000) for _ in range(3)]
    anti = [
        _graph_text(5000, _clustered_graph(rng, 5000, 9000, 40)),  # cycles: N - M is wrong
        _graph_text(3000, _path_edges(rng, 3000)),  # deep recursion
    ]
    maxes = [
        _graph_text(maxn, _star_chain_edges(maxn)),  # naive union-find degenerates into a chain
        _graph_text(maxn, _clustered_graph(rng, maxn, maxm, rng.randint(10, 1000))),
        _graph_text(maxn, _path_edges(rng, maxn)),
    ]
    stress = [random_case(rng.randint(1, 7), 10) for _ in range(120)]
    return {
        "params": {"variant": "count_components", "maxn": maxn, "maxm": maxm},
        "constraints": [
            Constraint(symbol="N", low=1, high=maxn, meaning={"en": "vertices", "ko": "정점의 수"}),
            Constraint(symbol="M", low=0, high=maxm, meaning={"en": "edges", "ko": "간선의 수"}),
        ],
        "reference": COUNT_REFERENCE,
        "brute": COUNT_BRUTE,
        "tests": _tests(samples, small, edge, randoms, anti, maxes),
        "stress": stress,
        "near_invalid": _graph_near_invalid(maxn, maxm, samples[0]),
        "wrong": [
            WrongSolution("forest_formula", COUNT_WRONG_FOREST),
            WrongSolution("recursive_dfs_default_limit", COUNT_WRONG_RECURSIVE),
            WrongSolution("union_find_without_compression", COUNT_SLOW, "slow"),
        ],
    }


def _sizes(rng: random.Random) -> dict:
    maxn, maxm, maxq = SIZES_MAXN, SIZES_MAXM, SIZES_MAXQ

    def text(n: int, edges: list[tuple[int, int]], queries: list[int]) -> str:
        return _graph_text(n, edges, f" {len(queries)}", queries)

    def random_case(n: int, m_cap: int, q_cap: int) -> str:
        m = rng.randint(0, min(m_cap, n * (n - 1) // 2))
        edges = _clustered_graph(rng, n, m, rng.randint(1, n))
        return text(n, edges, [rng.randint(1, n) for _ in range(rng.randint(1, q_cap))])

    # A triangle, one edge and two lonely vertices under random vertex names; the queries ask about each kind.
    n0 = 7
    edges0, name = _relabelled(rng, n0, [(1, 2), (2, 3), (3, 1), (4, 5)])
    queries0 = [name[x] for x in (1, 4, 6, 3)]
    samples = [
        text(n0, edges0, queries0),
        random_case(rng.randint(5, 8), 8, 4),
    ]
    small = [random_case(rng.randint(1, 9), 14, 6) for _ in range(10)]
    edge = [
        ("1 0 1\n1\n", True),
        (text(2, [(2, 1)], [1, 2]), True),
        (text(6, [(u, v) for u in range(1, 7) for v in range(u + 1, 7)], [1, 6]), True),
        (text(maxn, [], [rng.randint(1, maxn) for _ in range(100)]), False),
    ]
    randoms = [random_case(rng.randint(200, 2000), 3000, 500) for _ in range(3)]
    giant = _clustered_graph(rng, maxn, maxm, 1)
    anti = [
        # Cycles everywhere: "edges + 1" is wrong. Many vertices with few neighbours: "degree + 1" is wrong.
        text(3000, _clustered_graph(rng, 3000, 6000, 30), [rng.randint(1, 3000) for _ in range(200)]),
    ]
    maxes = [
        text(maxn, giant, [rng.randint(1, maxn) for _ in range(maxq)]),  # one component: a search per query is slow
        text(maxn, _clustered_graph(rng, maxn, maxm, rng.randint(5, 500)), [rng.randint(1, maxn) for _ in range(maxq)]),
        text(maxn, _path_edges(rng, maxn), [rng.randint(1, maxn) for _ in range(maxq)]),
    ]
    stress = [random_case(rng.randint(1, 7), 10, 5) for _ in range(120)]
    near = _graph_near_invalid(maxn, maxm, samples[0], " 1", "1\n")
    near += [
        text(n0, edges0, queries0 + [1] * (maxq + 1 - len(queries0))),  # Q too large
        text(n0, edges0, queries0[:2] + [n0 + 1] + queries0[3:]),  # query vertex out of range
        text(n0, edges0, queries0[:2] + [0] + queries0[3:]),
        _graph_text(n0, edges0, f" {len(queries0) + 1}", queries0),  # one query missing
    ]
    return {
        "params": {"variant": "component_sizes", "maxn": maxn, "maxm": maxm, "maxq": maxq},
        "constraints": [
            Constraint(symbol="N", low=1, high=maxn, meaning={"en": "vertices", "ko": "정점의 수"}),
            Constraint(symbol="M", low=0, high=maxm, meaning={"en": "edges", "ko": "간선의 수"}),
            Constraint(symbol="Q", low=1, high=maxq, meaning={"en": "queries", "ko": "질문의 수"}),
        ],
        "reference": SIZES_REFERENCE,
        "brute": SIZES_BRUTE,
        "tests": _tests(samples, small, edge, randoms, anti, maxes),
        "stress": stress,
        "near_invalid": near,
        "wrong": [
            WrongSolution("degree_plus_one", SIZES_WRONG_NEIGHBOURS),
            WrongSolution("tree_edges_plus_one", SIZES_WRONG_TREE),
            WrongSolution("search_per_query", SIZES_SLOW, "slow"),
        ],
    }


def _colorings(rng: random.Random) -> dict:
    maxn, maxm = COLOR_MAXN, COLOR_MAXM

    def case(n: int, m: int, clusters: int, odd: int) -> str:
        return _graph_text(n, _clustered_graph(rng, n, m, clusters, colored=True, odd=odd))

    def random_case(n: int, m_cap: int) -> str:
        m = rng.randint(0, min(m_cap, n * (n - 1) // 2))
        return case(n, m, rng.randint(1, n), rng.choice([0, 0, 1, 2]))

    def odd_elsewhere(n: int) -> str:
        # Vertex 1 sits in a bipartite component, the odd cycle is in another one.
        edges = [(1, 2), (2, 3)] + [(4 + i, 4 + (i + 1) % 5) for i in range(5)]
        edges += [(i, i + 1) for i in range(9, n)]
        return _graph_text(n, edges)

    samples = [
        _graph_text(6, _relabelled(rng, 6, [(1, 2), (2, 3), (4, 5)])[0]),  # bipartite: 2^3 ways
        _graph_text(5, _relabelled(rng, 5, [(1, 2), (2, 3), (3, 1), (4, 5)])[0]),  # an odd cycle: 0
        random_case(rng.randint(5, 8), 8),
    ]
    small = [random_case(rng.randint(1, 11), 14) for _ in range(10)] + [_graph_text(12, [])]
    edge = [
        ("1 0\n", True),
        ("2 1\n2 1\n", True),
        (_graph_text(3, [(1, 2), (2, 3), (3, 1)]), True),
        (_graph_text(10, [(i, i + 1) for i in range(1, 10)] + [(10, 1)]), True),  # even cycle
        (odd_elsewhere(12), True),
        (f"{maxn} 0\n", False),  # 2^N needs the modulus
        (_graph_text(40, [(1, 2)]), False),
    ]
    randoms = [random_case(rng.randint(200, 2000), 3000) for _ in range(3)]
    anti = [
        odd_elsewhere(5000),
        case(5000, 4000, 3000, 0),  # bipartite with many components: the answer needs the modulus
    ]
    maxes = [
        _graph_text(maxn, _star_chain_edges(maxn)),  # naive union-find degenerates into a chain
        case(maxn, maxm, rng.randint(1, 50), 0),
        case(maxn, maxm - 10, rng.randint(1000, 5000), 0),
        case(maxn, maxm, rng.randint(1, 50), 1),
    ]
    stress = [random_case(rng.randint(1, 8), 10) for _ in range(120)]
    return {
        "params": {"variant": "two_colorings", "maxn": maxn, "maxm": maxm},
        "constraints": [
            Constraint(symbol="N", low=1, high=maxn, meaning={"en": "vertices", "ko": "정점의 수"}),
            Constraint(symbol="M", low=0, high=maxm, meaning={"en": "edges", "ko": "간선의 수"}),
        ],
        "reference": COLOR_REFERENCE,
        "brute": COLOR_BRUTE,
        "tests": _tests(samples, small, edge, randoms, anti, maxes),
        "stress": stress,
        "near_invalid": _graph_near_invalid(maxn, maxm, samples[0]),
        "wrong": [
            WrongSolution("odd_cycle_check_first_component_only", COLOR_WRONG_FIRST_ONLY),
            WrongSolution("no_modulus", COLOR_WRONG_NO_MOD),
            WrongSolution("parity_union_find_without_compression", COLOR_SLOW, "slow"),
        ],
    }


# ------------------------------------------------------------------------------------------ texts
def _explain(variant: str, inp: str, out: str, language: Language, t: dict[str, str]) -> str:
    values = out.split()
    if variant in ("islands", "count_components"):
        k = int(values[0])
        if language == "en":
            one, many = (t["blob"], t["blobs"]) if variant == "islands" else ("connected component", "connected components")
            return f"There is 1 {one}." if k == 1 else f"There are {k} {many}."
        what = t["blob"] if variant == "islands" else "연결 요소"
        return f"{josa(what, '은/는')} 모두 {k}개입니다."
    if variant == "component_sizes":
        queries = inp.split("\n")[1 + int(inp.split()[1]):]
        pairs = list(zip(queries, values))
        if language == "en":
            return " ".join(f"Vertex {q} lies in a component of {s} {'vertex' if s == '1' else 'vertices'}."
                            for q, s in pairs[:3])
        return " ".join(f"{q}번 정점이 속한 연결 요소에는 정점이 {s}개 있습니다." for q, s in pairs[:3])
    ways = int(values[0])
    if ways == 0:
        return ("Some component has a cycle of odd length, so no valid assignment exists and the answer is 0."
                if language == "en" else "길이가 홀수인 사이클이 있어서 조건을 만족하는 방법이 없으므로 0입니다.")
    return (f"Every component can be split in exactly two ways, giving {ways} assignments in total."
            if language == "en" else f"각 연결 요소마다 나누는 방법이 정확히 두 가지이므로 모두 {ways}가지입니다.")


def _texts(variant: str, language: Language, t: dict[str, str]) -> tuple[str, str, str, str, str]:
    ko = language == "ko"
    if variant == "islands":
        if ko:
            legend = (f"{josa(t['who'], '은/는')} N×M 크기의 지도를 가지고 있습니다. 지도에서 '#'은 {t['land']}, "
                      f"'.'은 {t['water']}입니다. 상하좌우로 인접한 '#' 칸들은 같은 {t['blob']}에 속하며, "
                      f"대각선으로만 맞닿은 칸끼리는 이어져 있지 않습니다. 지도에 있는 {t['blob']}의 개수를 "
                      "구하세요.")
            fmt_in = ("첫째 줄에 N과 M이 주어집니다. 둘째 줄부터 N개의 줄에 걸쳐 길이가 M인 문자열이 주어지며, "
                      "각 문자는 '#' 또는 '.'입니다.")
            fmt_out = f"첫째 줄에 {t['blob']}의 개수를 출력합니다."
            notes = "'#'이 하나도 없으면 0을 출력합니다."
        else:
            legend = (f"{t['who']} has an N×M map where '#' is {t['land']} and '.' is {t['water']}. Cells with '#' "
                      f"that touch up, down, left or right belong to the same {t['blob']}; cells that only touch "
                      f"diagonally are not connected. Count the {t['blobs']} on the map.")
            fmt_in = ("The first line contains N and M. Each of the next N lines holds a string of length M "
                      "consisting of '#' and '.'.")
            fmt_out = f"Print the number of {t['blobs']}."
            notes = "If there is no '#', print 0."
        return legend, fmt_in, fmt_out, notes, t["title_grid"]
    if ko:
        base = (f"{t['node']} N개가 있고, 각각 1번부터 N번까지 번호가 붙어 있습니다. {t['edge']} M개가 있으며, "
                f"{t['edge']} 하나는 서로 다른 두 {t['node']} 사이를 양방향으로 잇습니다. 같은 두 {t['node']} "
                f"사이를 잇는 {josa(t['edge'], '이/가')} 여러 개인 경우는 없습니다. ")
        edges_in = (f"둘째 줄부터 M개의 줄에 걸쳐 {t['edge']}의 양 끝 {t['node']} 번호 u와 v가 공백으로 구분되어 "
                    "주어집니다. (u ≠ v)")
    else:
        base = (f"There are N {t['nodes']} numbered 1 to N and M {t['edges']}; each {t['edge']} joins two "
                f"different {t['nodes']} in both directions, and no two {t['edges']} join the same pair. ")
        edges_in = (f"Each of the next M lines contains two integers u and v (u ≠ v): the {t['nodes']} joined by "
                    f"one {t['edge']}.")
    if variant == "count_components":
        if ko:
            legend = base + (f"{josa(t['edge'], '을/를')} 따라 서로 오갈 수 있는 {t['node']}끼리 한 무리로 묶을 때, "
                             "무리가 모두 몇 개인지 구하세요. 즉, 그래프의 연결 요소의 개수를 구하세요.")
            fmt_in = "첫째 줄에 N과 M이 주어집니다. " + edges_in
            fmt_out = "첫째 줄에 연결 요소의 개수를 출력합니다."
            notes = f"어떤 {josa(t['edge'], '과/와')}도 이어지지 않은 {t['node']}도 그 자체로 하나의 연결 요소입니다."
        else:
            legend = base + (f"{t['nodes'].capitalize()} that can reach each other along {t['edges']} form one "
                             "group. How many groups are there, i.e. how many connected components does the graph "
                             "have?")
            fmt_in = "The first line contains N and M. " + edges_in
            fmt_out = "Print the number of connected components."
            notes = f"Each of the {t['nodes']} without any {t['edge']} forms a component by itself."
        return legend, fmt_in, fmt_out, notes, t["title_graph"]
    if variant == "component_sizes":
        if ko:
            legend = base + (f"{josa(t['who'], '은/는')} 질문을 Q번 합니다. 각 질문마다 {t['node']} 번호 x가 주어지면, "
                             f"x번 {t['node']}에서 {josa(t['edge'], '을/를')} 따라 갈 수 있는 {t['node']}의 수를 "
                             "x번 자신을 포함하여 답하세요.")
            fmt_in = ("첫째 줄에 N, M, Q가 주어집니다. " + edges_in
                      + " 그다음 Q개의 줄에 걸쳐 질문의 x가 한 줄에 하나씩 주어집니다.")
            fmt_out = "각 질문의 답을 주어진 순서대로 한 줄에 하나씩 출력합니다."
            notes = "x번 자신도 셉니다."
        else:
            legend = base + (f"{t['who']} asks Q questions. Each question names one of the {t['nodes']}, x: how "
                             f"many {t['nodes']} can be reached from x along {t['edges']}, x itself included?")
            fmt_in = ("The first line contains N, M and Q. " + edges_in
                      + " Each of the next Q lines contains one query x.")
            fmt_out = "Print the answers to the queries in order, one per line."
            notes = "x itself counts."
        return legend, fmt_in, fmt_out, notes, t["title_graph"]
    if ko:
        legend = base + (f"{josa(t['who'], '은/는')} {t['node']}마다 {t['colors']} 중 하나를 정하려고 합니다. "
                         f"{t['edge']} 하나로 직접 이어진 두 {t['node']}에는 서로 다른 것을 정해야 합니다. "
                         "조건을 만족하도록 정하는 방법의 수를 1,000,000,007로 나눈 나머지를 구하세요.")
        fmt_in = "첫째 줄에 N과 M이 주어집니다. " + edges_in
        fmt_out = "첫째 줄에 방법의 수를 1,000,000,007로 나눈 나머지를 출력합니다. 방법이 없으면 0을 출력합니다."
        notes = f"어떤 {t['node']} 하나라도 정한 것이 다르면 서로 다른 방법입니다."
    else:
        legend = base + (f"{t['who']} wants to give each of the {t['nodes']} {t['colors']}, so that the two "
                         f"{t['nodes']} joined by any {t['edge']} get different ones. Count the valid assignments "
                         "modulo 1,000,000,007.")
        fmt_in = "The first line contains N and M. " + edges_in
        fmt_out = "Print the number of valid assignments modulo 1,000,000,007 (0 if there is none)."
        notes = f"Two assignments are different if some of the {t['nodes']} gets a different choice."
    return legend, fmt_in, fmt_out, notes, t["title_color"]
