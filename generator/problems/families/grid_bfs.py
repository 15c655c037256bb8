"""Grid BFS shortest path: from S to an exit through open cells, 4-directional moves.

Variants by difficulty: tutorial (fixed corners, tiny grid), easy (S and E anywhere), medium (several
exits, nearest one), hard (up to K walls may be broken: BFS over (cell, walls broken) states).
"""
from __future__ import annotations

import random

from generator.problems.family import Draft, Family, TestInput, WrongSolution, choose_theme, josa
from generator.problems.schema import Constraint, Difficulty, Language

# (max rows/cols, wall density, variant)
LEVELS: dict[Difficulty, tuple[int, str]] = {
    Difficulty.tutorial: (10, "corners"),
    Difficulty.easy: (100, "anywhere"),
    Difficulty.medium: (400, "nearest_exit"),
    Difficulty.hard: (150, "break_walls"),
}
MAX_K = 3

THEMES: dict[str, dict[Language, dict[str, str]]] = {
    "maze": {
        "en": {"title": "Escape the Maze", "who": "A mouse", "open": "corridor", "wall": "hedge",
               "exit": "the cheese"},
        "ko": {"title": "미로 탈출", "who": "생쥐", "open": "통로", "wall": "울타리", "exit": "치즈"},
    },
    "campus": {
        "en": {"title": "Late for Class", "who": "A student", "open": "path", "wall": "building",
               "exit": "the lecture hall"},
        "ko": {"title": "지각 위기", "who": "학생", "open": "길", "wall": "건물", "exit": "강의실"},
    },
    "robot": {
        "en": {"title": "Warehouse Robot", "who": "A delivery robot", "open": "aisle", "wall": "shelf",
               "exit": "the loading dock"},
        "ko": {"title": "창고 로봇", "who": "배달 로봇", "open": "통로", "wall": "선반", "exit": "하역장"},
    },
    "dungeon": {
        "en": {"title": "Dungeon Run", "who": "A knight", "open": "floor tile", "wall": "stone block",
               "exit": "the stairs"},
        "ko": {"title": "던전 탈출", "who": "기사", "open": "바닥 칸", "wall": "돌 벽", "exit": "계단"},
    },
}

VALIDATOR = r'''
import sys
VARIANT, MAXN = %(variant)r, %(maxn)d
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data.split("\n")[:-1]
head = lines[0].split()
if VARIANT == "break_walls":
    assert len(head) == 3, "first line: N M K"
    n, m, k = map(int, head)
    assert 0 <= k <= %(max_k)d, "K out of range"
else:
    assert len(head) == 2, "first line: N M"
    n, m = map(int, head)
assert 1 <= n <= MAXN and 1 <= m <= MAXN, "N or M out of range"
assert n * m >= 2, "grid needs at least two cells"
grid = lines[1:]
assert len(grid) == n, "expected N grid rows"
for row in grid:
    assert len(row) == m and set(row) <= set(".#SE"), "bad grid row"
flat = "".join(grid)
assert flat.count("S") == 1, "exactly one S"
exits = flat.count("E")
if VARIANT == "nearest_exit":
    assert exits >= 1, "at least one E"
else:
    assert exits == 1, "exactly one E"
if VARIANT == "corners":
    assert grid[0][0] == "S" and grid[n - 1][m - 1] == "E", "S top-left, E bottom-right"
'''

READ = r'''
import sys
from collections import deque
def read():
    data = sys.stdin.read().split("\n")
    head = data[0].split()
    n, m = int(head[0]), int(head[1])
    k = int(head[2]) if len(head) > 2 else 0
    return n, m, k, data[1:1 + n]
'''

REFERENCE = READ + r'''
def main():
    n, m, k, g = read()
    flat = "".join(g)
    start = flat.index("S")
    INF = -1
    # dist over (cell, walls broken); k = 0 reduces to plain BFS.
    layers = k + 1
    dist = [INF] * (n * m * layers)
    dist[start] = 0
    q = deque([start])
    while q:
        state = q.popleft()
        used, cell = divmod(state, n * m)
        d = dist[state]
        if flat[cell] == "E":
            print(d)
            return
        r, c = divmod(cell, m)
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < n and 0 <= nc < m:
                nxt = nr * m + nc
                nu = used + (flat[nxt] == "#")
                if nu <= k:
                    s = nu * n * m + nxt
                    if dist[s] == INF:
                        dist[s] = d + 1
                        q.append(s)
    print(-1)
main()
'''

# Obviously correct and slow: relax every state until nothing changes (Bellman-Ford on unit edges).
BRUTE = READ + r'''
n, m, k, g = read()
INF = float("inf")
dist = {}
for r in range(n):
    for c in range(m):
        for u in range(k + 1):
            dist[(r, c, u)] = INF
for r in range(n):
    for c in range(m):
        if g[r][c] == "S":
            dist[(r, c, 0)] = 0
changed = True
while changed:
    changed = False
    for (r, c, u), d in list(dist.items()):
        if d == INF:
            continue
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < n and 0 <= nc < m:
                nu = u + (g[nr][nc] == "#")
                if nu <= k and dist[(nr, nc, nu)] > d + 1:
                    dist[(nr, nc, nu)] = d + 1
                    changed = True
best = min((d for (r, c, u), d in dist.items() if g[r][c] == "E"), default=INF)
print(-1 if best == INF else best)
'''

# Wrong: depth-first search returns the length of the first path it finds, not the shortest.
WRONG_DFS = READ + r'''
import sys
sys.setrecursionlimit(1 << 20)
n, m, k, g = read()
seen = set()
def dfs(r, c, d, used):
    if g[r][c] == "E":
        return d
    seen.add((r, c, used))
    for nr, nc in ((r, c + 1), (r + 1, c), (r, c - 1), (r - 1, c)):
        if 0 <= nr < n and 0 <= nc < m:
            nu = used + (g[nr][nc] == "#")
            if nu <= k and (nr, nc, nu) not in seen:
                found = dfs(nr, nc, d + 1, nu)
                if found >= 0:
                    return found
    return -1
for r in range(n):
    for c in range(m):
        if g[r][c] == "S":
            print(dfs(r, c, 0, 0))
'''

# Wrong for K > 0: remembers only the cell, not how many walls were broken on the way.
WRONG_CELL_ONLY = READ + r'''
n, m, k, g = read()
flat = "".join(g)
start = flat.index("S")
seen = {start: (0, 0)}
q = deque([(start, 0, 0)])
ans = -1
while q:
    cell, d, used = q.popleft()
    if flat[cell] == "E":
        ans = d
        break
    r, c = divmod(cell, m)
    for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
        if 0 <= nr < n and 0 <= nc < m:
            nxt = nr * m + nc
            nu = used + (flat[nxt] == "#")
            if nu <= k and nxt not in seen:
                seen[nxt] = (d + 1, nu)
                q.append((nxt, d + 1, nu))
print(ans)
'''

# Too slow: advances one BFS layer per full scan of the grid, O(N·M·answer).
SLOW_LAYER_SCAN = READ + r'''
n, m, k, g = read()
layers = k + 1
INF = -1
dist = [[[INF] * m for _ in range(n)] for _ in range(layers)]
for r in range(n):
    for c in range(m):
        if g[r][c] == "S":
            dist[0][r][c] = 0
d = 0
found = -1
while found < 0:
    progressed = False
    for u in range(layers):
        for r in range(n):
            for c in range(m):
                if dist[u][r][c] == d:
                    if g[r][c] == "E" and found < 0:
                        found = d
                    for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                        if 0 <= nr < n and 0 <= nc < m:
                            nu = u + (g[nr][nc] == "#")
                            if nu <= k and dist[nu][nr][nc] == INF:
                                dist[nu][nr][nc] = d + 1
                                progressed = True
    if found >= 0 or not progressed:
        break
    d += 1
print(found)
'''


class GridBfs(Family):
    name = "grid_bfs"
    category = "grid BFS shortest path"
    tags = ("bfs", "graphs", "grids", "shortest path")
    keywords = (
        "bfs", "breadth", "breadth-first", "shortest path", "maze", "grid", "grids", "escape",
        "너비 우선", "너비우선", "최단 거리", "최단거리", "최단 경로", "미로", "격자", "탈출", "그래프 탐색",
    )

    def draft(self, rng: random.Random, difficulty: Difficulty, language: Language) -> Draft:
        maxn, variant = LEVELS[difficulty]
        theme, t = choose_theme(rng, THEMES, language)
        k = rng.randint(1, MAX_K) if variant == "break_walls" else 0

        def grid(n: int, m: int, density: float, exits: int = 1) -> list[list[str]]:
            cells = [["#" if rng.random() < density else "." for _ in range(m)] for _ in range(n)]
            spots = rng.sample(range(n * m), exits + 1) if variant != "corners" else [0, n * m - 1]
            if variant == "corners":
                cells[0][0], cells[n - 1][m - 1] = "S", "E"
            else:
                r, c = divmod(spots[0], m)
                cells[r][c] = "S"
                for spot in spots[1:]:
                    r, c = divmod(spot, m)
                    cells[r][c] = "E"
            return cells

        def render(cells: list[list[str]], kk: int = k) -> str:
            n, m = len(cells), len(cells[0])
            head = f"{n} {m} {kk}" if variant == "break_walls" else f"{n} {m}"
            return head + "\n" + "\n".join("".join(row) for row in cells) + "\n"

        def exits_for(n: int, m: int) -> int:
            return rng.randint(1, max(1, min(4, n * m - 1))) if variant == "nearest_exit" else 1

        def random_case(lo: int, hi: int) -> str:
            n, m = rng.randint(lo, hi), rng.randint(lo, hi)
            if n * m < 2:
                m = 2
            return render(grid(n, m, rng.choice([0.0, 0.2, 0.35, 0.5]), exits_for(n, m)))

        def serpentine(n: int, m: int, shortcut: bool = False) -> str:
            # Anti-heuristic: one long winding corridor, the answer is about N·M/2 steps. With `shortcut`
            # the left column is open too: a right-first DFS follows the corridor, BFS goes straight down.
            cells = [["." for _ in range(m)] for _ in range(n)]
            for r in range(1, n, 2):
                for c in range(m):
                    cells[r][c] = "#"
                cells[r][m - 1 if (r // 2) % 2 == 0 else 0] = "."
                if shortcut:
                    cells[r][0] = "."
            if variant == "corners":
                cells[0][0] = "S"
                cells[n - 1][m - 1] = "E"
            else:
                cells[0][0] = "S"
                cells[n - 1][m - 1 if (n // 2) % 2 == 0 else 0] = "E"
            return render(cells, 0 if variant == "break_walls" else k)

        def sample_case() -> str:
            n, m = rng.randint(3, 5), rng.randint(3, 5)
            return render(grid(n, m, 0.15, exits_for(n, m)))  # sparse walls: samples usually have a route

        samples = [sample_case() for _ in range(2)]
        small = [random_case(1, 6) for _ in range(10)]
        edge = [
            render(grid(1, min(maxn, 8), 0.0)),
            render(grid(min(maxn, 8), 1, 0.0)),
            render(grid(2, 2, 0.0)),
            render(_walled(grid(5, 5, 0.0))),  # unreachable unless walls may be broken
        ]
        mid = min(maxn, 40)
        randoms = [random_case(mid // 2, mid) for _ in range(3)]
        odd = maxn if maxn % 2 else maxn - 1
        anti = [serpentine(odd, maxn), serpentine(odd, maxn, shortcut=True), serpentine(7, 8, shortcut=True)]
        if variant == "break_walls":
            # The cell reached first (after a break) is not the one that can still break the last wall:
            # a search that remembers cells but not breaks used answers -1 here instead of 6.
            trap = [list("S#.#E"), list("...##")]
            if rng.random() < 0.5:
                trap = [row[::-1] for row in trap]
            anti.append(render(trap, 1))
        maxes = [render(_far_apart(grid(maxn, maxn, 0.0), variant)),
                 render(grid(maxn, maxn, 0.3, exits_for(maxn, maxn)))]
        tests = (
            [TestInput(s, "sample", small=True) for s in samples]
            + [TestInput(s, "small", small=True) for s in small]
            + [TestInput(s, "edge", small=len(s) < 120) for s in edge]
            + [TestInput(s, "random") for s in randoms]
            + [TestInput(s, "anti", small=len(s) < 120) for s in anti]
            + [TestInput(s, "max") for s in maxes]
        )
        stress = [random_case(1, 5) for _ in range(120)]

        near_invalid = [
            f"{maxn + 1} 1" + (" 0" if variant == "break_walls" else "") + "\n" + "S\n" + ".\n" * (maxn - 1) + "E\n",
            samples[0].replace(".", "*", 1) if "." in samples[0] else samples[0].replace("#", "*", 1),
            samples[0].replace("S", ".", 1),
            samples[0].replace("E", "."),
            samples[0].rstrip("\n") + "\n" + samples[0].split("\n")[1] + "\n",  # one row too many
            _shorten_row(samples[0]),
        ]
        if variant == "break_walls":
            n0, m0 = samples[0].split("\n")[0].split()[:2]
            near_invalid.append(samples[0].replace(f"{n0} {m0} {k}", f"{n0} {m0} {MAX_K + 1}", 1))

        wrong = [WrongSolution("dfs_first_path", WRONG_DFS)]
        if maxn >= 100:  # on tiny grids a slow solution is not wrong
            wrong.append(WrongSolution("layer_scan", SLOW_LAYER_SCAN, "slow"))
        if variant == "break_walls":
            wrong.append(WrongSolution("bfs_cell_only_state", WRONG_CELL_ONLY))

        constraints = [
            Constraint(symbol="N", low=1, high=maxn, meaning={"en": "rows", "ko": "행의 수"}),
            Constraint(symbol="M", low=1, high=maxn, meaning={"en": "columns", "ko": "열의 수"}),
        ]
        if variant == "break_walls":
            constraints.append(Constraint(symbol="K", low=0, high=MAX_K,
                                          meaning={"en": "walls you may break", "ko": "부술 수 있는 벽의 수"}))
        legend, input_format, output_format = _texts(variant, language, t)
        return Draft(
            family=self.name,
            variant=variant,
            theme=theme,
            title=t["title"],
            tags=list(self.tags),
            legend=legend,
            input_format=input_format,
            output_format=output_format,
            notes=("N·M ≥ 2." if language == "en" else "N·M ≥ 2 입니다."),
            constraints=constraints,
            reference=REFERENCE,
            brute=BRUTE,
            validator=VALIDATOR % {"variant": variant, "maxn": maxn, "max_k": MAX_K},
            tests=tests,
            stress=stress,
            near_invalid=near_invalid,
            wrong_solutions=wrong,
            explain=lambda _inp, out: _explain(out, language),
            signature_key=f"{theme}:{maxn}:{k}",
        )


def _far_apart(cells: list[list[str]], variant: str) -> list[list[str]]:
    """Worst case for the search: S and a single E in opposite corners of an open grid."""
    n, m = len(cells), len(cells[0])
    for row in cells:
        for c in range(m):
            if row[c] in "SE":
                row[c] = "."
    cells[0][0], cells[n - 1][m - 1] = "S", "E"
    return cells


def _walled(cells: list[list[str]]) -> list[list[str]]:
    """Surround S with walls so it cannot move without breaking one."""
    n, m = len(cells), len(cells[0])
    for r in range(n):
        for c in range(m):
            if cells[r][c] == "S":
                for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= nr < n and 0 <= nc < m and cells[nr][nc] == ".":
                        cells[nr][nc] = "#"
    return cells


def _shorten_row(sample: str) -> str:
    lines = sample.split("\n")
    lines[1] = lines[1][:-1] if len(lines[1]) > 1 else lines[1] + "."
    return "\n".join(lines)


def _explain(out: str, language: Language) -> str:
    d = int(out.split()[0])
    if language == "ko":
        return "도착할 수 없으므로 -1 입니다." if d < 0 else f"가장 짧은 이동 횟수는 {d}번입니다."
    return "The exit cannot be reached, so the answer is -1." if d < 0 else f"The shortest route takes {d} moves."


def _texts(variant: str, language: Language, t: dict[str, str]) -> tuple[str, str, str]:
    if language == "ko":
        goal = {
            "corners": f"{josa(t['who'], '은/는')} 왼쪽 위 칸 S에서 출발해 오른쪽 아래 칸 E({t['exit']})로 가려고 합니다.",
            "anywhere": f"{josa(t['who'], '은/는')} S 칸에서 출발해 E 칸({t['exit']})으로 가려고 합니다.",
            "nearest_exit": f"{josa(t['who'], '은/는')} S 칸에서 출발해 여러 E 칸({t['exit']}) 중 가장 가까운 곳으로 가려고 합니다.",
            "break_walls": f"{josa(t['who'], '은/는')} S 칸에서 출발해 E 칸({t['exit']})으로 가려고 합니다. "
                           f"이동 중에 {t['wall']}(#)을 최대 K개까지 부수고 지나갈 수 있습니다.",
        }[variant]
        legend = (f"N×M 격자가 있습니다. '.'은 {t['open']}, '#'은 {josa(t['wall'], '이/가')} 있는 칸입니다. {goal} "
                  "한 번에 상하좌우로 인접한 칸으로 한 칸씩 이동할 수 있고, 격자 밖으로 나갈 수 없습니다. "
                  "필요한 최소 이동 횟수를 구하세요.")
        head = "N, M, K가" if variant == "break_walls" else "N과 M이"
        input_format = f"첫째 줄에 {head} 공백으로 구분되어 주어집니다. 다음 N개의 줄에 길이 M의 문자열로 격자가 주어집니다 ('.', '#', 'S', 'E')."
        output_format = "최소 이동 횟수를 출력합니다. 도착할 수 없으면 -1을 출력합니다."
        return legend, input_format, output_format
    goal = {
        "corners": f"{t['who']} starts at the top-left cell S and wants to reach {t['exit']} at the bottom-right cell E.",
        "anywhere": f"{t['who']} starts at cell S and wants to reach {t['exit']} at cell E.",
        "nearest_exit": f"{t['who']} starts at cell S and wants to reach the nearest of several cells E ({t['exit']}).",
        "break_walls": f"{t['who']} starts at cell S and wants to reach {t['exit']} at cell E, and may break "
                       f"through at most K cells of type '#' ({t['wall']}) on the way.",
    }[variant]
    legend = (f"You are given an N×M grid where '.' is a {t['open']} and '#' is a {t['wall']}. {goal} "
              "In one move you go to an adjacent cell up, down, left or right, never leaving the grid. "
              "Find the minimum number of moves.")
    head = "N M K" if variant == "break_walls" else "N M"
    input_format = f"The first line contains {head}. Each of the next N lines holds a string of length M over '.', '#', 'S', 'E'."
    output_format = "Print the minimum number of moves, or -1 if the goal cannot be reached."
    return legend, input_format, output_format
