"""Implementation / simulation: follow the rules exactly, then notice when plain simulation is too slow.

Variants by difficulty: tutorial (moves U/D/L/R on a board, moves off the board are ignored), easy (a
robot turning left/right and stepping forward on a grid with walls: how many cells it cleans), medium
(rotate every ring of a matrix counterclockwise R times: rotate by R mod ring length), hard (arrows on a
wrap-around board, K ≤ 10^18 moves: find the cycle and skip it).
"""
from __future__ import annotations

import random

from generator.problems.family import Draft, Family, TestInput, WrongSolution, choose_theme
from generator.problems.schema import Constraint, Difficulty, Language

VARIANTS: dict[Difficulty, str] = {
    Difficulty.tutorial: "board_moves",
    Difficulty.easy: "robot_cleaner",
    Difficulty.medium: "ring_rotation",
    Difficulty.hard: "arrow_cycle",
}

MOVE_MAXN, MOVE_MAXLEN = 100, 1000
ROBOT_MAXN, ROBOT_MAXK = 100, 100_000
RING_MINN, RING_MAXN, RING_MAXR, RING_MAXA = 2, 300, 10**9, 10_000
ARROW_MAXN, ARROW_MAXK = 400, 10**18

THEMES: dict[str, dict[Language, dict[str, str]]] = {
    "warehouse": {
        "en": {"title": "Warehouse Robot", "ring_title": "Rotating Racks", "who": "A warehouse robot",
               "place": "warehouse floor", "wall": "a shelf", "panel": "storage rack", "cell": "bin"},
        "ko": {"title": "창고 로봇", "ring_title": "회전하는 선반", "who": "창고 로봇", "place": "창고 바닥",
               "wall": "선반", "panel": "보관 선반", "cell": "보관함"},
    },
    "mars": {
        "en": {"title": "Mars Rover", "ring_title": "Solar Panel Shuffle", "who": "A Mars rover",
               "place": "landing site", "wall": "a crater", "panel": "solar panel array", "cell": "solar cell"},
        "ko": {"title": "화성 탐사선", "ring_title": "태양 전지판 돌리기", "who": "화성 탐사 로버", "place": "착륙 지점",
               "wall": "크레이터", "panel": "태양 전지판", "cell": "전지 칸"},
    },
    "vacuum": {
        "en": {"title": "Robot Vacuum", "ring_title": "Tile Carousel", "who": "A robot vacuum",
               "place": "living room", "wall": "furniture", "panel": "floor-tile pattern", "cell": "tile"},
        "ko": {"title": "로봇 청소기", "ring_title": "타일 돌리기", "who": "로봇 청소기", "place": "거실",
               "wall": "가구", "panel": "바닥 타일 무늬", "cell": "타일"},
    },
    "festival": {
        "en": {"title": "Lantern Festival", "ring_title": "Lantern Wall", "who": "A lantern drone",
               "place": "festival square", "wall": "a stage", "panel": "lantern wall", "cell": "lantern"},
        "ko": {"title": "등불 축제", "ring_title": "등불 벽 돌리기", "who": "등불 드론", "place": "축제 광장",
               "wall": "무대", "panel": "등불 벽", "cell": "등불"},
    },
}

VALIDATOR_HEAD = r'''
import re
import sys
INT = re.compile(r"0|-?[1-9][0-9]*")
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
def ints(line, count=None):
    toks = line.split(" ")
    for tok in toks:
        assert INT.fullmatch(tok), "malformed integer " + repr(tok)
    if count is not None:
        assert len(toks) == count, "wrong count of integers on a line"
    return [int(tok) for tok in toks]
'''

# ------------------------------------------------------------------------------------------- board_moves
MOVE_VALIDATOR = VALIDATOR_HEAD + r'''
MAXN, MAXLEN = %(maxn)d, %(maxlen)d
assert len(lines) == 3, "expected exactly three lines"
n, m = ints(lines[0], 2)
assert 1 <= n <= MAXN and 1 <= m <= MAXN, "N or M out of range"
r, c = ints(lines[1], 2)
assert 1 <= r <= n and 1 <= c <= m, "start outside the board"
moves = lines[2]
assert 1 <= len(moves) <= MAXLEN, "bad number of moves"
assert set(moves) <= set("UDLR"), "moves must be U, D, L or R"
'''

MOVE_REFERENCE = r'''
import sys
data = sys.stdin.read().split()
n, m, r, c = map(int, data[:4])
step = {"U": (-1, 0), "D": (1, 0), "L": (0, -1), "R": (0, 1)}
for ch in data[4]:
    dr, dc = step[ch]
    if 1 <= r + dr <= n and 1 <= c + dc <= m:
        r, c = r + dr, c + dc
print(r, c)
'''

# Obviously correct: the board as a set of cells; a move happens only onto a cell of the board.
MOVE_BRUTE = r'''
import sys
data = sys.stdin.read().split()
n, m, r, c = map(int, data[:4])
board = {(i, j) for i in range(1, n + 1) for j in range(1, m + 1)}
for ch in data[4]:
    if ch == "U":
        target = (r - 1, c)
    elif ch == "D":
        target = (r + 1, c)
    elif ch == "L":
        target = (r, c - 1)
    else:
        target = (r, c + 1)
    if target in board:
        r, c = target
print(r, c)
'''

MOVE_WRONG_BOUNDS = r'''
import sys
data = sys.stdin.read().split()
n, m, r, c = map(int, data[:4])
step = {"U": (-1, 0), "D": (1, 0), "L": (0, -1), "R": (0, 1)}
for ch in data[4]:
    dr, dc = step[ch]
    if 0 <= r + dr <= n and 0 <= c + dc <= m:  # 0-based check on 1-based coordinates
        r, c = r + dr, c + dc
print(r, c)
'''

MOVE_WRONG_SWAPPED = r'''
import sys
data = sys.stdin.read().split()
n, m, r, c = map(int, data[:4])
step = {"U": (1, 0), "D": (-1, 0), "L": (0, -1), "R": (0, 1)}  # row numbers grow downwards, not upwards
for ch in data[4]:
    dr, dc = step[ch]
    if 1 <= r + dr <= n and 1 <= c + dc <= m:
        r, c = r + dr, c + dc
print(r, c)
'''

MOVE_WRONG_STOP = r'''
import sys
data = sys.stdin.read().split()
n, m, r, c = map(int, data[:4])
step = {"U": (-1, 0), "D": (1, 0), "L": (0, -1), "R": (0, 1)}
for ch in data[4]:
    dr, dc = step[ch]
    if not (1 <= r + dr <= n and 1 <= c + dc <= m):
        break  # stops at the first blocked move instead of skipping it
    r, c = r + dr, c + dc
print(r, c)
'''

# ----------------------------------------------------------------------------------------- robot_cleaner
ROBOT_VALIDATOR = VALIDATOR_HEAD + r'''
MAXN, MAXK = %(maxn)d, %(maxk)d
n, m = ints(lines[0], 2)
assert 1 <= n <= MAXN and 1 <= m <= MAXN, "N or M out of range"
assert len(lines) == n + 3, "expected N grid rows and a command line"
head = lines[1].split(" ")
assert len(head) == 3 and head[2] in ("N", "E", "S", "W"), "second line: r c d"
r, c = ints(head[0] + " " + head[1], 2)
assert 1 <= r <= n and 1 <= c <= m, "start outside the grid"
grid = lines[2:2 + n]
for row in grid:
    assert len(row) == m and set(row) <= set(".#"), "bad grid row"
assert grid[r - 1][c - 1] == ".", "the robot must start on a free cell"
cmds = lines[2 + n]
assert 1 <= len(cmds) <= MAXK, "bad number of commands"
assert set(cmds) <= set("LRF"), "commands must be L, R or F"
'''

ROBOT_REFERENCE = r'''
import sys
lines = sys.stdin.read().split("\n")
n, m = map(int, lines[0].split())
r, c, d = lines[1].split()
r, c = int(r) - 1, int(c) - 1
grid = lines[2:2 + n]
cmds = lines[2 + n].strip()
DR, DC = (-1, 0, 1, 0), (0, 1, 0, -1)  # N E S W: clockwise
d = "NESW".index(d)
seen = bytearray(n * m)
seen[r * m + c] = 1
for ch in cmds:
    if ch == "L":
        d = (d + 3) % 4
    elif ch == "R":
        d = (d + 1) % 4
    else:
        nr, nc = r + DR[d], c + DC[d]
        if 0 <= nr < n and 0 <= nc < m and grid[nr][nc] == ".":
            r, c = nr, nc
            seen[r * m + c] = 1
print(sum(seen))
'''

# Obviously correct: rotate the facing vector, record every position, count the distinct ones.
ROBOT_BRUTE = r'''
import sys
lines = sys.stdin.read().split("\n")
n, m = map(int, lines[0].split())
r, c, d = lines[1].split()
r, c = int(r), int(c)
grid = lines[2:2 + n]
dr, dc = {"N": (-1, 0), "E": (0, 1), "S": (1, 0), "W": (0, -1)}[d]
visited = [(r, c)]
for ch in lines[2 + n].strip():
    if ch == "L":
        dr, dc = -dc, dr
    elif ch == "R":
        dr, dc = dc, -dr
    else:
        nr, nc = r + dr, c + dc
        if 1 <= nr <= n and 1 <= nc <= m and grid[nr - 1][nc - 1] != "#":
            r, c = nr, nc
            visited.append((r, c))
print(len(set(visited)))
'''

ROBOT_WRONG_TURNS = r'''
import sys
lines = sys.stdin.read().split("\n")
n, m = map(int, lines[0].split())
r, c, d = lines[1].split()
r, c = int(r) - 1, int(c) - 1
grid = lines[2:2 + n]
DR, DC = (-1, 0, 1, 0), (0, 1, 0, -1)
d = "NESW".index(d)
seen = {(r, c)}
for ch in lines[2 + n].strip():
    if ch == "L":
        d = (d + 1) % 4  # turns the wrong way
    elif ch == "R":
        d = (d + 3) % 4
    else:
        nr, nc = r + DR[d], c + DC[d]
        if 0 <= nr < n and 0 <= nc < m and grid[nr][nc] == ".":
            r, c = nr, nc
            seen.add((r, c))
print(len(seen))
'''

ROBOT_WRONG_MOVES = r'''
import sys
lines = sys.stdin.read().split("\n")
n, m = map(int, lines[0].split())
r, c, d = lines[1].split()
r, c = int(r) - 1, int(c) - 1
grid = lines[2:2 + n]
DR, DC = (-1, 0, 1, 0), (0, 1, 0, -1)
d = "NESW".index(d)
cleaned = 1
for ch in lines[2 + n].strip():
    if ch == "L":
        d = (d + 3) % 4
    elif ch == "R":
        d = (d + 1) % 4
    else:
        nr, nc = r + DR[d], c + DC[d]
        if 0 <= nr < n and 0 <= nc < m and grid[nr][nc] == ".":
            r, c = nr, nc
            cleaned += 1  # counts every step, even onto a cell cleaned before
print(cleaned)
'''

ROBOT_WRONG_WALLS = r'''
import sys
lines = sys.stdin.read().split("\n")
n, m = map(int, lines[0].split())
r, c, d = lines[1].split()
r, c = int(r) - 1, int(c) - 1
DR, DC = (-1, 0, 1, 0), (0, 1, 0, -1)
d = "NESW".index(d)
seen = {(r, c)}
for ch in lines[2 + n].strip():
    if ch == "L":
        d = (d + 3) % 4
    elif ch == "R":
        d = (d + 1) % 4
    else:
        nr, nc = r + DR[d], c + DC[d]
        if 0 <= nr < n and 0 <= nc < m:  # forgets the obstacles
            r, c = nr, nc
            seen.add((r, c))
print(len(seen))
'''

ROBOT_SLOW = r'''
import sys
lines = sys.stdin.read().split("\n")
n, m = map(int, lines[0].split())
r, c, d = lines[1].split()
r, c = int(r) - 1, int(c) - 1
grid = lines[2:2 + n]
DR, DC = (-1, 0, 1, 0), (0, 1, 0, -1)
d = "NESW".index(d)
cleaned = [(r, c)]
for ch in lines[2 + n].strip():
    if ch == "L":
        d = (d + 3) % 4
    elif ch == "R":
        d = (d + 1) % 4
    else:
        nr, nc = r + DR[d], c + DC[d]
        if 0 <= nr < n and 0 <= nc < m and grid[nr][nc] == ".":
            r, c = nr, nc
            if (r, c) not in cleaned:  # linear search in a list: O(K * cells)
                cleaned.append((r, c))
print(len(cleaned))
'''

# ----------------------------------------------------------------------------------------- ring_rotation
RING_VALIDATOR = VALIDATOR_HEAD + r'''
MINN, MAXN, MAXR, MAXA = %(minn)d, %(maxn)d, %(maxr)d, %(maxa)d
n, m, r = ints(lines[0], 3)
assert MINN <= n <= MAXN and MINN <= m <= MAXN, "N or M out of range"
assert min(n, m) %% 2 == 0, "min(N, M) must be even"
assert 1 <= r <= MAXR, "R out of range"
assert len(lines) == n + 1, "expected N rows"
for line in lines[1:]:
    for v in ints(line, m):
        assert 1 <= v <= MAXA, "value out of range"
'''

RING_REFERENCE = r'''
import sys
data = sys.stdin.read().split()
n, m, r = int(data[0]), int(data[1]), int(data[2])
a = [data[3 + i * m:3 + (i + 1) * m] for i in range(n)]
out = [row[:] for row in a]
for k in range(min(n, m) // 2):
    top, left, bottom, right = k, k, n - 1 - k, m - 1 - k
    # the ring's cells in counterclockwise order: down the left side, right along the bottom,
    # up the right side, left along the top
    cells = [(i, left) for i in range(top, bottom + 1)]
    cells += [(bottom, j) for j in range(left + 1, right + 1)]
    cells += [(i, right) for i in range(bottom - 1, top - 1, -1)]
    cells += [(top, j) for j in range(right - 1, left, -1)]
    size = len(cells)
    shift = r % size  # R full steps = R mod size steps
    for idx, (i, j) in enumerate(cells):
        ti, tj = cells[(idx + shift) % size]
        out[ti][tj] = a[i][j]
print("\n".join(" ".join(row) for row in out))
'''

# Obviously correct: R single steps, each moving every number one cell counterclockwise.
RING_BRUTE = r'''
import sys
data = sys.stdin.read().split()
n, m, r = int(data[0]), int(data[1]), int(data[2])
a = [[int(x) for x in data[3 + i * m:3 + (i + 1) * m]] for i in range(n)]
def layer(i, j):
    return min(i, j, n - 1 - i, m - 1 - j)
def step(a):
    b = [row[:] for row in a]
    for i in range(n):
        for j in range(m):
            k = layer(i, j)
            if j == k and i < n - 1 - k:
                b[i + 1][j] = a[i][j]  # left side moves down
            elif i == n - 1 - k and j < m - 1 - k:
                b[i][j + 1] = a[i][j]  # bottom moves right
            elif j == m - 1 - k and i > k:
                b[i - 1][j] = a[i][j]  # right side moves up
            else:
                b[i][j - 1] = a[i][j]  # top moves left
    return b
for _ in range(r):
    a = step(a)
print("\n".join(" ".join(map(str, row)) for row in a))
'''

RING_WRONG_CLOCKWISE = RING_REFERENCE.replace(
    "ti, tj = cells[(idx + shift) % size]", "ti, tj = cells[(idx - shift) % size]  # clockwise")

RING_WRONG_OUTER = RING_REFERENCE.replace(
    "shift = r % size  # R full steps = R mod size steps",
    "shift = r % (2 * (n + m) - 4)  # reduces R by the outer ring's length, for every ring")
assert RING_WRONG_CLOCKWISE != RING_REFERENCE and RING_WRONG_OUTER != RING_REFERENCE

RING_SLOW = r'''
import sys
data = sys.stdin.read().split()
n, m, r = int(data[0]), int(data[1]), int(data[2])
a = [data[3 + i * m:3 + (i + 1) * m] for i in range(n)]
for k in range(min(n, m) // 2):
    top, left, bottom, right = k, k, n - 1 - k, m - 1 - k
    for _ in range(r):  # one step at a time, R times
        first = a[top][left]
        for j in range(left, right):
            a[top][j] = a[top][j + 1]
        for i in range(top, bottom):
            a[i][right] = a[i + 1][right]
        for j in range(right, left, -1):
            a[bottom][j] = a[bottom][j - 1]
        for i in range(bottom, top + 1, -1):
            a[i][left] = a[i - 1][left]
        a[top + 1][left] = first
print("\n".join(" ".join(row) for row in a))
'''

# ------------------------------------------------------------------------------------------- arrow_cycle
ARROW_VALIDATOR = VALIDATOR_HEAD + r'''
MAXN, MAXK = %(maxn)d, %(maxk)d
n, m, k = ints(lines[0], 3)
assert 1 <= n <= MAXN and 1 <= m <= MAXN, "N or M out of range"
assert 1 <= k <= MAXK, "K out of range"
assert len(lines) == n + 2, "expected the start and N grid rows"
r, c = ints(lines[1], 2)
assert 1 <= r <= n and 1 <= c <= m, "start outside the board"
for row in lines[2:]:
    assert len(row) == m and set(row) <= set("UDLR"), "bad grid row"
'''

ARROW_REFERENCE = r'''
import sys
lines = sys.stdin.read().split("\n")
n, m, k = map(int, lines[0].split())
r, c = map(int, lines[1].split())
flat = "".join(lines[2:2 + n])
size = n * m
nxt = [0] * size
for pos in range(size):
    i, j = divmod(pos, m)
    ch = flat[pos]
    if ch == "U":
        i = (i - 1) % n
    elif ch == "D":
        i = (i + 1) % n
    elif ch == "L":
        j = (j - 1) % m
    else:
        j = (j + 1) % m
    nxt[pos] = i * m + j
first = [-1] * size  # the step at which each cell was first reached
pos, step = (r - 1) * m + (c - 1), 0
while step < k and first[pos] < 0:
    first[pos] = step
    pos = nxt[pos]
    step += 1
if step < k:  # pos repeats: skip whole cycles
    for _ in range((k - step) % (step - first[pos])):
        pos = nxt[pos]
print(pos // m + 1, pos % m + 1)
'''

# Obviously correct: K moves, one by one (only run on small K).
ARROW_BRUTE = r'''
import sys
lines = sys.stdin.read().split("\n")
n, m, k = map(int, lines[0].split())
r, c = map(int, lines[1].split())
grid = lines[2:2 + n]
for _ in range(k):
    ch = grid[r - 1][c - 1]
    if ch == "U":
        r = n if r == 1 else r - 1
    elif ch == "D":
        r = 1 if r == n else r + 1
    elif ch == "L":
        c = m if c == 1 else c - 1
    else:
        c = 1 if c == m else c + 1
print(r, c)
'''

ARROW_WRONG_TAIL = r'''
import sys
lines = sys.stdin.read().split("\n")
n, m, k = map(int, lines[0].split())
r, c = map(int, lines[1].split())
grid = lines[2:2 + n]
def move(i, j):
    ch = grid[i][j]
    if ch == "U":
        return (i - 1) % n, j
    if ch == "D":
        return (i + 1) % n, j
    if ch == "L":
        return i, (j - 1) % m
    return i, (j + 1) % m
first = {}
pos, step = (r - 1, c - 1), 0
while step < k and pos not in first:
    first[pos] = step
    pos = move(*pos)
    step += 1
if step < k:
    cycle = step - first[pos]
    pos = (r - 1, c - 1)
    for _ in range(k % cycle):  # forgets the path leading into the cycle
        pos = move(*pos)
print(pos[0] + 1, pos[1] + 1)
'''

ARROW_WRONG_CLAMP = r'''
import sys
lines = sys.stdin.read().split("\n")
n, m, k = map(int, lines[0].split())
r, c = map(int, lines[1].split())
grid = lines[2:2 + n]
def move(i, j):
    ch = grid[i][j]
    di, dj = {"U": (-1, 0), "D": (1, 0), "L": (0, -1), "R": (0, 1)}[ch]
    if 0 <= i + di < n and 0 <= j + dj < m:  # stays at the edge instead of wrapping around
        return i + di, j + dj
    return i, j
first = {}
pos, step = (r - 1, c - 1), 0
while step < k and pos not in first:
    first[pos] = step
    pos = move(*pos)
    step += 1
if step < k:
    for _ in range((k - step) % (step - first[pos])):
        pos = move(*pos)
print(pos[0] + 1, pos[1] + 1)
'''

ARROW_WRONG_MOD_CELLS = r'''
import sys
lines = sys.stdin.read().split("\n")
n, m, k = map(int, lines[0].split())
r, c = map(int, lines[1].split())
grid = lines[2:2 + n]
k %= n * m  # "it must repeat every N*M moves"
for _ in range(k):
    ch = grid[r - 1][c - 1]
    if ch == "U":
        r = n if r == 1 else r - 1
    elif ch == "D":
        r = 1 if r == n else r + 1
    elif ch == "L":
        c = m if c == 1 else c - 1
    else:
        c = 1 if c == m else c + 1
print(r, c)
'''

ARROW_SLOW = r'''
import sys
lines = sys.stdin.read().split("\n")
n, m, k = map(int, lines[0].split())
r, c = map(int, lines[1].split())
grid = lines[2:2 + n]
i, j = r - 1, c - 1
for _ in range(k):  # every single move
    ch = grid[i][j]
    if ch == "U":
        i = (i - 1) % n
    elif ch == "D":
        i = (i + 1) % n
    elif ch == "L":
        j = (j - 1) % m
    else:
        j = (j + 1) % m
print(i + 1, j + 1)
'''


class Implementation(Family):
    name = "implementation"
    category = "implementation / simulation"
    tags = ("implementation", "simulation")
    keywords = (
        "implementation", "simulation", "simulate", "robot", "robot vacuum", "rotation", "rotate", "spiral",
        "cycle detection",
        "구현", "시뮬레이션", "로봇", "로봇 청소기", "회전", "배열 돌리기", "달팽이", "주기 찾기",
    )

    def draft(self, rng: random.Random, difficulty: Difficulty, language: Language) -> Draft:
        variant = VARIANTS[difficulty]
        theme, t = choose_theme(rng, THEMES, language)
        parts = {
            "board_moves": _build_moves,
            "robot_cleaner": _build_robot,
            "ring_rotation": _build_rings,
            "arrow_cycle": _build_arrows,
        }[variant](rng)
        legend, input_format, output_format, notes = _texts(variant, language, t)
        return Draft(
            family=self.name,
            variant=variant,
            theme=theme,
            title=t["ring_title"] if variant == "ring_rotation" else t["title"],
            tags=list(self.tags),
            legend=legend,
            input_format=input_format,
            output_format=output_format,
            notes=notes,
            constraints=parts["constraints"],
            reference=parts["reference"],
            brute=parts["brute"],
            validator=parts["validator"],
            tests=parts["tests"],
            stress=parts["stress"],
            near_invalid=parts["near_invalid"],
            wrong_solutions=parts["wrong"],
            explain=lambda inp, out: _explain(variant, inp, out, language),
            signature_key=f"{theme}:{variant}",
        )


def _tests(samples, small, edge, randoms, anti, maxes, *, is_small) -> list[TestInput]:
    return (
        [TestInput(s, "sample", small=True) for s in samples]
        + [TestInput(s, "small", small=True) for s in small]
        + [TestInput(s, "edge", small=is_small(s)) for s in edge]
        + [TestInput(s, "random", small=is_small(s)) for s in randoms]
        + [TestInput(s, "anti", small=is_small(s)) for s in anti]
        + [TestInput(s, "max") for s in maxes]
    )


# ------------------------------------------------------------------------------------------------ builders
# Letter maps for the symmetries of a board: transpose (rows <-> columns), flip upside down, flip left to right.
TRANSPOSE, FLIP_ROWS, FLIP_COLUMNS = (str.maketrans("UDLR", x) for x in ("LRUD", "DULR", "UDRL"))


def _board_variant(rng: random.Random, grid: list[str], r: int, c: int,
                   moves: str = "") -> tuple[list[str], int, int, str]:
    """The same board under a random symmetry (transpose and flips): the letters U/D/L/R in the grid and in
    `moves` turn with it, and so does the start cell (r, c), so the walk is the same walk, seen differently."""
    if rng.random() < 0.5:
        grid = ["".join(col) for col in zip(*grid)]
        r, c = c, r
        grid, moves = [row.translate(TRANSPOSE) for row in grid], moves.translate(TRANSPOSE)
    if rng.random() < 0.5:
        grid, r = [row.translate(FLIP_ROWS) for row in grid[::-1]], len(grid) + 1 - r
        moves = moves.translate(FLIP_ROWS)
    if rng.random() < 0.5:
        grid, c = [row[::-1].translate(FLIP_COLUMNS) for row in grid], len(grid[0]) + 1 - c
        moves = moves.translate(FLIP_COLUMNS)
    return grid, r, c, moves


def _build_moves(rng: random.Random) -> dict:
    maxn, maxlen = MOVE_MAXN, MOVE_MAXLEN

    def render(n: int, m: int, r: int, c: int, moves: str) -> str:
        return f"{n} {m}\n{r} {c}\n{moves}\n"

    def case(hi: int, length: int, bias: str = "") -> str:
        n, m = rng.randint(1, hi), rng.randint(1, hi)
        moves = "".join(rng.choice("UDLR" + bias) for _ in range(length))
        return render(n, m, rng.randint(1, n), rng.randint(1, m), moves)

    # From a corner, along the top edge and back; "UU" or "LLL" ends with a move off the board. The board has a
    # random size and is turned by a random symmetry (the moves turn with it).
    moves0 = "RRRDDLU" + rng.choice(["", "UU", "LLL"])
    board0, r0, c0, moves0 = _board_variant(rng, ["." * rng.randint(4, 7)] * rng.randint(4, 7), 1, 1, moves0)
    samples = [render(len(board0), len(board0[0]), r0, c0, moves0), case(4, rng.randint(6, 10))]
    small = [case(rng.choice([1, 3, 8]), rng.randint(1, 30)) for _ in range(10)]
    edge = [render(1, 1, 1, 1, "UDLR"), render(1, maxn, 1, 1, "L" + "R" * 200 + "U"),
            render(maxn, 1, maxn, 1, "D" * 5 + "U" * 120), render(3, 3, 2, 2, "U" * maxlen)]
    randoms = [case(rng.choice([10, maxn]), rng.randint(100, maxlen)) for _ in range(3)]
    anti = [
        render(4, 6, 1, 1, "ULULDDRR"),  # blocked moves at the top-left corner
        render(5, 5, 2, 3, "UUUDDRRRRL"),  # up is towards row 1
        render(3, 4, 3, 4, "DRRUUL"),  # blocked moves first, free moves afterwards
        case(5, 200, "UL"),
    ]
    maxes = [case(maxn, maxlen), render(maxn, maxn, rng.randint(1, maxn), rng.randint(1, maxn),
                                        "".join(rng.choice("UDLR") for _ in range(maxlen)))]
    stress = [case(rng.choice([1, 2, 4, 6]), rng.randint(1, 25)) for _ in range(120)]
    near_invalid = [
        render(maxn + 1, 1, 1, 1, "U"),
        render(3, 3, 4, 1, "U"),
        render(3, 3, 0, 1, "U"),
        render(3, 3, 1, 1, "U" * (maxlen + 1)),
        render(3, 3, 1, 1, "UX"),
        render(3, 3, 1, 1, ""),
        "3 3\n1 1\nUD\nLR\n",
        "3 3\n1 1\nUD",
    ]
    wrong = [
        WrongSolution("zero_based_bounds", MOVE_WRONG_BOUNDS),
        WrongSolution("up_and_down_swapped", MOVE_WRONG_SWAPPED),
        WrongSolution("stops_at_first_wall", MOVE_WRONG_STOP),
    ]
    constraints = [
        Constraint(symbol="N, M", low=1, high=maxn, meaning={"en": "rows and columns", "ko": "행과 열의 수"}),
        Constraint(symbol="|moves|", low=1, high=maxlen, meaning={"en": "number of moves", "ko": "이동 횟수"}),
    ]
    return {
        "constraints": constraints, "reference": MOVE_REFERENCE, "brute": MOVE_BRUTE,
        "validator": MOVE_VALIDATOR % {"maxn": maxn, "maxlen": maxlen},
        "tests": _tests(samples, small, edge, randoms, anti, maxes, is_small=lambda s: True),
        "stress": stress, "near_invalid": near_invalid, "wrong": wrong,
    }


def _build_robot(rng: random.Random) -> dict:
    maxn, maxk = ROBOT_MAXN, ROBOT_MAXK

    def render(grid: list[str], r: int, c: int, d: str, cmds: str) -> str:
        return f"{len(grid)} {len(grid[0])}\n{r} {c} {d}\n" + "\n".join(grid) + f"\n{cmds}\n"

    def board(n: int, m: int, density: float) -> tuple[list[str], int, int]:
        cells = [["#" if rng.random() < density else "." for _ in range(m)] for _ in range(n)]
        r, c = rng.randrange(n), rng.randrange(m)
        cells[r][c] = "."
        return ["".join(row) for row in cells], r + 1, c + 1

    def commands(length: int, forward: float = 0.6) -> str:
        return "".join("F" if rng.random() < forward else rng.choice("LR") for _ in range(length))

    def case(hi: int, length: int, density: float) -> str:
        grid, r, c = board(rng.randint(1, hi), rng.randint(1, hi), density)
        return render(grid, r, c, rng.choice("NESW"), commands(length))

    def snake(n: int, m: int) -> str:
        # Sweeps the whole empty grid row by row, then wanders: every free cell gets cleaned.
        cmds = []
        for row in range(n):
            cmds.append("F" * (m - 1))
            if row < n - 1:
                turn = "R" if row % 2 == 0 else "L"
                cmds.append(turn + "F" + turn)
        sweep = "".join(cmds)
        return render(["." * m] * n, 1, 1, "E", sweep + commands(maxk - len(sweep), 0.8))

    def interesting(hi: int, length: int, density: float) -> str:
        # A sample where the robot really moves around: at least four cleaned cells if possible.
        text = case(hi, length, density)
        for _ in range(30):
            if _cleaned(text) >= 4:
                break
            text = case(hi, length, density)
        return text

    samples = [interesting(5, rng.randint(8, 14), 0.2), interesting(6, rng.randint(10, 16), 0.25)]
    small = [case(rng.choice([1, 3, 7]), rng.randint(1, 40), rng.choice([0.0, 0.2, 0.4])) for _ in range(10)]
    edge = [render(["."], 1, 1, "N", "FFLFRF"), render([".#", ".."], 1, 1, "S", "FLFLFLF"),
            render(["." * maxn], 1, 1, "E", "F" * (maxn + 5)), render(["."] * 5, 5, 1, "W", "RFFFFFF")]
    randoms = [case(rng.choice([20, maxn]), rng.randint(1000, 5000), rng.choice([0.1, 0.3])) for _ in range(3)]
    anti = [
        render(["...", "...", "..."], 2, 2, "N", "FLF"),  # turning left from north faces west
        render(["....", "...."], 1, 1, "E", "FFFLLFFF"),  # walks back over cleaned cells
        render([".#.", "...", ".#."], 2, 2, "N", "RFLF" + "LLFF"),  # obstacles block moves
        render(["....."] * 3, 2, 1, "E", "F" * 6 + "RR" + "F" * 6 + "RF"),
    ]
    maxes = [snake(maxn, maxn), render(*board(maxn, maxn, 0.15), rng.choice("NESW"), commands(maxk, 0.7))]
    stress = [case(rng.choice([1, 3, 5]), rng.randint(1, 30), rng.choice([0.0, 0.3])) for _ in range(120)]
    near_invalid = [
        render(["."] * (maxn + 1), 1, 1, "N", "F"),
        render(["..", ".."], 3, 1, "N", "F"),
        render(["#.", ".."], 1, 1, "N", "F"),  # starts on an obstacle
        render(["..", ".."], 1, 1, "X", "F"),
        render(["..", ".."], 1, 1, "N", "FX"),
        render(["..", ".."], 1, 1, "N", "F" * (maxk + 1)),
        render(["..", "."], 1, 1, "N", "F"),
        "2 2\n1 1 N\n..\n..\n",
    ]
    wrong = [
        WrongSolution("turns_reversed", ROBOT_WRONG_TURNS),
        WrongSolution("counts_steps_not_cells", ROBOT_WRONG_MOVES),
        WrongSolution("walks_through_obstacles", ROBOT_WRONG_WALLS),
        WrongSolution("list_membership", ROBOT_SLOW, "slow"),
    ]
    constraints = [
        Constraint(symbol="N, M", low=1, high=maxn, meaning={"en": "rows and columns", "ko": "행과 열의 수"}),
        Constraint(symbol="|commands|", low=1, high=maxk, meaning={"en": "number of commands", "ko": "명령의 수"}),
    ]
    return {
        "constraints": constraints, "reference": ROBOT_REFERENCE, "brute": ROBOT_BRUTE,
        "validator": ROBOT_VALIDATOR % {"maxn": maxn, "maxk": maxk},
        "tests": _tests(samples, small, edge, randoms, anti, maxes, is_small=lambda s: True),
        "stress": stress, "near_invalid": near_invalid, "wrong": wrong,
    }


def _cleaned(text: str) -> int:
    """Cells cleaned in a robot_cleaner input (host-side, only used to pick lively samples)."""
    lines = text.split("\n")
    n, m = map(int, lines[0].split())
    r, c, d = lines[1].split()
    r, c, d = int(r) - 1, int(c) - 1, "NESW".index(d)
    grid = lines[2:2 + n]
    seen = {(r, c)}
    for ch in lines[2 + n]:
        if ch == "L":
            d = (d + 3) % 4
        elif ch == "R":
            d = (d + 1) % 4
        else:
            nr, nc = r + (-1, 0, 1, 0)[d], c + (0, 1, 0, -1)[d]
            if 0 <= nr < n and 0 <= nc < m and grid[nr][nc] == ".":
                r, c = nr, nc
                seen.add((r, c))
    return len(seen)


def _build_rings(rng: random.Random) -> dict:
    minn, maxn, maxr, maxa = RING_MINN, RING_MAXN, RING_MAXR, RING_MAXA

    def render(rows: list[list[int]], r: int) -> str:
        return f"{len(rows)} {len(rows[0])} {r}\n" + "".join(" ".join(map(str, row)) + "\n" for row in rows)

    def dims(hi: int) -> tuple[int, int]:
        n, m = rng.randint(minn, hi), rng.randint(minn, hi)
        if min(n, m) % 2:  # an odd minimum is at least 3: shrink it to the even number below
            if n <= m:
                n -= 1
            else:
                m -= 1
        return n, m

    def case(hi: int, rmax: int, amax: int = maxa) -> str:
        n, m = dims(hi)
        return render([[rng.randint(1, amax) for _ in range(m)] for _ in range(n)], rng.randint(1, rmax))

    def counting(n: int, m: int, r: int) -> str:
        return render([[i * m + j + 1 for j in range(m)] for i in range(n)], r)

    # A counting grid with two rings, turned 1 to 10 steps: the inner ring wraps around sooner. Its shape, the
    # counting step and whether it counts along rows or columns are random.
    n0, m0 = rng.choice([(4, 4), (4, 5), (5, 4), (4, 6), (6, 4)])
    step = rng.choice([1, 2, 5, 10])
    if rng.random() < 0.5:
        grid0 = [[(i * m0 + j + 1) * step for j in range(m0)] for i in range(n0)]
    else:
        grid0 = [[(j * n0 + i + 1) * step for j in range(m0)] for i in range(n0)]
    rows = rng.choice([2, 4])
    samples = [render(grid0, rng.randint(1, 10)),
               counting(rows, rng.randint(3, 5) if rows == 2 else rng.randint(4, 6), rng.randint(1, 4))]
    small = [case(rng.choice([4, 6, 8]), rng.choice([3, 20, 60]), rng.choice([9, maxa])) for _ in range(10)]
    edge = [counting(2, 2, 1), counting(2, 2, 4), render([[maxa] * 6] * 2, 7), counting(2, 9, 16),
            counting(8, 2, 15), render([[1] * 4 for _ in range(4)], maxr)]
    randoms = [case(rng.choice([30, 60]), rng.choice([100, 300])) for _ in range(3)]
    anti = [
        counting(4, 5, 1),  # counterclockwise, not clockwise
        counting(6, 6, 12),  # a multiple of the inner ring's length, not of the outer one
        counting(6, 8, 30),
        counting(8, 8, 41),
    ]
    maxes = [render([[rng.randint(1, maxa) for _ in range(maxn)] for _ in range(maxn)], rng.randint(maxr // 2, maxr)),
             render([[rng.randint(1, maxa) for _ in range(maxn - 2)] for _ in range(maxn)], maxr)]
    stress = [case(rng.choice([3, 4, 6]), rng.choice([2, 8, 30]), rng.choice([9, 100])) for _ in range(120)]
    near_invalid = [
        counting(maxn + 2, 2, 1),
        counting(1, 4, 1),
        counting(3, 5, 1),  # min(N, M) is odd
        counting(2, 2, 0),
        counting(2, 2, maxr + 1),
        render([[1, maxa + 1], [1, 1]], 1),
        render([[1, 0], [1, 1]], 1),
        "2 2 1\n1 2\n3\n",
        "2 2 1\n1 2\n3 4\n5 6\n",
    ]
    wrong = [
        WrongSolution("rotates_clockwise", RING_WRONG_CLOCKWISE),
        WrongSolution("outer_ring_length_for_all", RING_WRONG_OUTER),
        WrongSolution("one_step_at_a_time", RING_SLOW, "slow"),
    ]
    constraints = [
        Constraint(symbol="N, M", low=minn, high=maxn, meaning={"en": "rows and columns, min(N, M) is even",
                                                                "ko": "행과 열의 수, min(N, M)은 짝수"}),
        Constraint(symbol="R", low=1, high=maxr, meaning={"en": "number of rotations", "ko": "회전 횟수"}),
        Constraint(symbol="A_ij", low=1, high=maxa, meaning={"en": "the numbers", "ko": "적힌 수"}),
    ]

    def is_small(s: str) -> bool:
        n, m, r = map(int, s.split("\n", 1)[0].split())
        return n * m * r <= 200_000

    return {
        "constraints": constraints, "reference": RING_REFERENCE, "brute": RING_BRUTE,
        "validator": RING_VALIDATOR % {"minn": minn, "maxn": maxn, "maxr": maxr, "maxa": maxa},
        "tests": _tests(samples, small, edge, randoms, anti, maxes, is_small=is_small),
        "stress": stress, "near_invalid": near_invalid, "wrong": wrong,
    }


def _build_arrows(rng: random.Random) -> dict:
    maxn, maxk = ARROW_MAXN, ARROW_MAXK

    def render(grid: list[str], r: int, c: int, k: int) -> str:
        return f"{len(grid)} {len(grid[0])} {k}\n{r} {c}\n" + "\n".join(grid) + "\n"

    def random_grid(n: int, m: int) -> list[str]:
        return ["".join(rng.choice("UDLR") for _ in range(m)) for _ in range(n)]

    def case(hi: int, kmax: int) -> str:
        n, m = rng.randint(1, hi), rng.randint(1, hi)
        return render(random_grid(n, m), rng.randint(1, n), rng.randint(1, m), rng.randint(1, kmax))

    def serpentine(n: int, m: int, close: str) -> list[str]:
        # Row by row, alternating direction; every row ends with a step down. For even N the last
        # step down wraps to the top: one cycle through all N*M cells. close="tail" instead turns the
        # last cell into an arrow back along its row: a long path into a cycle of one row.
        rows = []
        for i in range(n):
            if i % 2 == 0:
                rows.append("R" * (m - 1) + "D")
            else:
                rows.append("D" + "L" * (m - 1))
        if close == "tail" and m > 1:
            last = rows[-1]
            rows[-1] = ("L" + last[1:]) if (n - 1) % 2 else (last[:-1] + "R")
        return rows

    # A cycle of six cells through the start, and a row whose arrows lead into it. The board is turned by a
    # random symmetry and shifted around (it wraps, so nothing changes but the names of the cells).
    board0, r0, c0, _ = _board_variant(rng, ["RRD", "ULL", "DUL"], 1, 1)
    dr, dc = rng.randrange(3), rng.randrange(3)
    board0 = [board0[(i - dr) % 3][-dc:] + board0[(i - dr) % 3][:-dc] if dc else board0[(i - dr) % 3]
              for i in range(3)]
    samples = [render(board0, (r0 - 1 + dr) % 3 + 1, (c0 - 1 + dc) % 3 + 1, rng.randint(5, 12)), case(4, 30)]
    small = [case(rng.choice([2, 4, 8]), rng.choice([10, 1000, 10_000])) for _ in range(10)]
    edge = [render(["U"], 1, 1, 1), render(["L"], 1, 1, maxk), render(["R" * 7], 1, 3, 10_000),
            render(["D"] * 6, 2, 1, 9_999), render(serpentine(4, 5, "cycle"), 1, 1, 10_000)]
    randoms = [case(rng.choice([30, 100]), 100_000) for _ in range(3)]
    anti = [
        render(serpentine(6, 7, "tail"), 1, 1, 5_000),  # a long path before the cycle starts
        render(["RRRRD", "UUUUL"], 1, 1, 23),  # start is on the path into the cycle
        render(["U"] * 5, 1, 1, 7),  # going up from row 1 wraps around to row N
        render(["RRRL", "DUUU", "LLLU"], 2, 2, 12),  # wraps sideways and vertically
        render(serpentine(6, 6, "cycle"), 3, 4, 9_000),  # one cycle through every cell
    ]
    big = maxn if maxn % 2 == 0 else maxn - 1
    maxes = [
        render(serpentine(big, maxn, "cycle"), 1, 1, maxk - rng.randint(0, 10**9)),
        render(serpentine(big, maxn, "tail"), 1, 1, maxk - rng.randint(0, 10**9)),
        render(random_grid(maxn, maxn), rng.randint(1, maxn), rng.randint(1, maxn), maxk),
    ]
    stress = [case(rng.choice([1, 3, 5]), rng.choice([5, 50, 300])) for _ in range(120)]
    near_invalid = [
        render(["R"] * (maxn + 1), 1, 1, 5),
        render(["RR", "LL"], 1, 1, maxk + 1),
        render(["RR", "LL"], 1, 1, 0),
        render(["RR", "LL"], 3, 1, 5),
        render(["RX", "LL"], 1, 1, 5),
        render(["RR", "L"], 1, 1, 5),
        "2 2 5\n1 1\nRR\n",
        "2 2 5\n1 1\nRR\nLL",
    ]
    wrong = [
        WrongSolution("ignores_path_into_cycle", ARROW_WRONG_TAIL),
        WrongSolution("stops_at_edges", ARROW_WRONG_CLAMP),
        WrongSolution("k_mod_cell_count", ARROW_WRONG_MOD_CELLS),
        WrongSolution("every_single_move", ARROW_SLOW, "slow"),
    ]
    constraints = [
        Constraint(symbol="N, M", low=1, high=maxn, meaning={"en": "rows and columns", "ko": "행과 열의 수"}),
        Constraint(symbol="K", low=1, high=maxk, meaning={"en": "number of moves", "ko": "이동 횟수"}),
    ]

    def is_small(s: str) -> bool:
        return int(s.split("\n", 1)[0].split()[2]) <= 100_000

    return {
        "constraints": constraints, "reference": ARROW_REFERENCE, "brute": ARROW_BRUTE,
        "validator": ARROW_VALIDATOR % {"maxn": maxn, "maxk": maxk},
        "tests": _tests(samples, small, edge, randoms, anti, maxes, is_small=is_small),
        "stress": stress, "near_invalid": near_invalid, "wrong": wrong,
    }


# ------------------------------------------------------------------------------------------------- texts
def _explain(variant: str, inp: str, out: str, language: Language) -> str:
    ko = language == "ko"
    res = out.split()
    if variant in ("board_moves", "arrow_cycle"):
        return (f"모든 이동을 마친 뒤의 위치는 {res[0]}행 {res[1]}열입니다." if ko
                else f"After all moves the position is row {res[0]}, column {res[1]}.")
    if variant == "robot_cleaner":
        return (f"한 번이라도 지나간 칸은 모두 {res[0]}칸입니다." if ko
                else f"{res[0]} different cells are visited, counting the starting cell.")
    n, m, r = map(int, inp.split("\n", 1)[0].split())
    corner = res[0]
    return (f"바깥 고리부터 안쪽 고리까지 각 고리가 반시계 방향으로 {r}칸씩 돌아간 결과, 왼쪽 위 칸의 수는 {corner}입니다." if ko
            else f"Every ring, from the outermost to the innermost, turns {r} step{'s' if r != 1 else ''} "
                 f"counterclockwise, so the top-left cell now holds {corner}.")


def _texts(variant: str, language: Language, t: dict[str, str]) -> tuple[str, str, str, str]:
    if language == "ko":
        who = t["who"]
        if variant == "board_moves":
            legend = (f"{who}{_subj(who)} N×M 격자로 나뉜 {t['place']}에 있습니다. 가장 위 행이 1행, 가장 왼쪽 열이 1열이며, "
                      f"{who}{_subj(who)} 처음에 r행 c열에 있습니다. 이동 명령이 문자열로 주어지는데, U는 위(행 번호 감소), "
                      "D는 아래, L은 왼쪽(열 번호 감소), R은 오른쪽으로 한 칸 이동하라는 뜻입니다. 이동하면 밖으로 "
                      "벗어나게 되는 명령은 무시하고 다음 명령으로 넘어갑니다. 모든 명령을 수행한 뒤의 위치를 구하세요.")
            inp = "첫째 줄에 N과 M이 주어집니다. 둘째 줄에 r과 c가 주어집니다. 셋째 줄에 명령 문자열이 주어집니다."
            out = "마지막 위치의 행 번호와 열 번호를 공백으로 구분하여 출력합니다."
            notes = "무시된 명령 뒤의 명령도 모두 수행합니다."
        elif variant == "robot_cleaner":
            legend = (f"{who}{_subj(who)} N×M 격자 모양의 {t['place']}{_obj(t['place'])} 청소합니다. '.'은 빈 칸, '#'은 {t['wall']}입니다. "
                      f"처음에 r행 c열에서 d 방향(N: 위, E: 오른쪽, S: 아래, W: 왼쪽)을 보고 있습니다. 명령 L은 "
                      "제자리에서 왼쪽으로 90도, R은 오른쪽으로 90도 회전하라는 뜻이고, F는 바라보는 방향으로 한 칸 "
                      f"전진하라는 뜻입니다. 전진할 칸이 격자 밖이거나 {t['wall']}이면 움직이지 않습니다. "
                      "지나간 칸은 모두 청소됩니다. 모든 명령을 수행했을 때 청소된 칸의 수를 구하세요.")
            inp = ("첫째 줄에 N과 M이 주어집니다. 둘째 줄에 r, c, d가 주어집니다. 다음 N개의 줄에 격자가 주어지고, "
                   "마지막 줄에 명령 문자열이 주어집니다.")
            out = "청소된 칸의 수를 출력합니다."
            notes = "시작 칸도 청소된 것으로 셉니다. 같은 칸을 여러 번 지나도 한 번만 셉니다."
        elif variant == "ring_rotation":
            legend = (f"{t['panel']}{_subj(t['panel'])} N×M 격자이고 각 {t['cell']}에 수가 적혀 있습니다. 격자는 바깥쪽부터 "
                      "차례로 고리(테두리) 모양의 층으로 나뉩니다. 한 번 회전하면 모든 층의 수가 각자의 고리를 따라 "
                      "반시계 방향으로 한 칸씩 움직입니다. 즉, 윗변은 왼쪽으로, 왼쪽 변은 아래로, 아랫변은 오른쪽으로, "
                      "오른쪽 변은 위로 한 칸씩 이동합니다. R번 회전한 결과를 구하세요.")
            inp = "첫째 줄에 N, M, R이 주어집니다. 다음 N개의 줄에 각 행의 수 M개가 공백으로 구분되어 주어집니다."
            out = "R번 회전한 뒤의 격자를 N개의 줄에 걸쳐, 각 줄에 M개의 수를 공백으로 구분하여 출력합니다."
            notes = "min(N, M)이 짝수이므로 모든 층은 제대로 된 고리 모양입니다."
        else:
            legend = (f"{who}{_subj(who)} N×M 격자로 나뉜 {t['place']}에 있습니다. 각 칸에는 화살표(U: 위, D: 아래, "
                      "L: 왼쪽, R: 오른쪽)가 그려져 있고, 한 번 이동할 때마다 지금 칸의 화살표 방향으로 한 칸 움직입니다. "
                      "격자의 끝에서 밖으로 나가면 반대편 끝으로 돌아 들어옵니다(예를 들어 1행에서 위로 가면 N행). "
                      "r행 c열에서 출발해 K번 이동한 뒤의 위치를 구하세요.")
            inp = "첫째 줄에 N, M, K가 주어집니다. 둘째 줄에 r과 c가 주어집니다. 다음 N개의 줄에 화살표 격자가 주어집니다."
            out = "K번 이동한 뒤의 행 번호와 열 번호를 공백으로 구분하여 출력합니다."
            notes = "K가 매우 크므로 한 번씩 모두 따라가면 시간 안에 끝나지 않습니다."
        return legend, inp, out, notes
    who = t["who"]
    if variant == "board_moves":
        legend = (f"{who} moves around a {t['place']} divided into an N×M grid. Row 1 is the top row and column 1 the leftmost column; it "
                  "starts at row r, column c. It receives a string of moves: U goes up one row (the row number "
                  "decreases), D goes down, L goes left (the column number decreases) and R goes right. A move that "
                  "would leave the board is ignored and the next move is carried out. Find the final position.")
        inp = "The first line contains N and M. The second line contains r and c. The third line contains the moves."
        out = "Print the final row and column separated by a space."
        notes = "Moves after an ignored move are still carried out."
    elif variant == "robot_cleaner":
        legend = (f"{who} cleans a {t['place']} divided into an N×M grid, where '.' is a free cell and '#' marks "
                  f"{t['wall']}. "
                  "It starts at row r, column c facing d (N: up, E: right, S: down, W: left). Command L turns it 90 "
                  "degrees to the left, R turns it 90 degrees to the right, and F moves it one cell forward. If the "
                  "cell ahead is outside the grid or marked '#', F does nothing. Every cell it passes is cleaned. "
                  "Count the cleaned cells after all commands.")
        inp = ("The first line contains N and M. The second line contains r, c and d. The next N lines contain the "
               "grid, and the last line contains the commands.")
        out = "Print the number of cleaned cells."
        notes = "The starting cell counts as cleaned. A cell passed several times is counted once."
    elif variant == "ring_rotation":
        legend = (f"A {t['panel']} is an N×M grid with a number on every {t['cell']}. The grid splits into rings, from "
                  "the border inwards. One rotation moves every number one cell counterclockwise along its own ring: "
                  "the top side moves left, the left side moves down, the bottom side moves right and the right side "
                  "moves up. Print the grid after R rotations.")
        inp = "The first line contains N, M and R. Each of the next N lines contains the M numbers of a row."
        out = "Print the grid after R rotations: N lines of M numbers separated by spaces."
        notes = "min(N, M) is even, so every ring is a proper loop."
    else:
        legend = (f"{who} moves around a {t['place']} divided into an N×M grid. Every cell shows an arrow (U: up, D: down, L: left, R: right); "
                  "each move takes it one cell in the direction of the arrow on its current cell. Leaving the grid "
                  "on one side brings it back on the opposite side (going up from row 1 leads to row N). It starts "
                  "at row r, column c. Where is it after K moves?")
        inp = "The first line contains N, M and K. The second line contains r and c. The next N lines contain the arrows."
        out = "Print the row and column after K moves, separated by a space."
        notes = "K is huge: following every single move is far too slow."
    return legend, inp, out, notes


def _subj(word: str) -> str:
    """The Korean subject particle 은/는 for the last syllable of `word`."""
    last = word[-1]
    return "은" if "가" <= last <= "힣" and (ord(last) - 0xAC00) % 28 != 0 else "는"


def _obj(word: str) -> str:
    """The Korean object particle 을/를 for the last syllable of `word`."""
    last = word[-1]
    return "을" if "가" <= last <= "힣" and (ord(last) - 0xAC00) % 28 != 0 else "를"
