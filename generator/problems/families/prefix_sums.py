"""Prefix sums: answer range sums in O(1) after an O(N) pass.

Variants by difficulty: tutorial (one range sum), easy (Q range-sum queries: P[r] - P[l-1]), medium (2D
prefix sums: rectangle sums on a grid by inclusion-exclusion), hard (count the subarrays whose sum is
exactly K: prefix sums + a hash map of earlier prefix sums).
"""
from __future__ import annotations

import random

from generator.problems.family import Draft, Family, TestInput, WrongSolution, choose_theme
from generator.problems.schema import Constraint, Difficulty, Language

# variant, max N, max Q (or max M for the grid), |A_i| bound (low, high), |K| bound
LEVELS: dict[Difficulty, dict[str, int | str]] = {
    Difficulty.tutorial: {"variant": "single_range", "max_n": 100, "a_lo": 1, "a_hi": 1000},
    Difficulty.easy: {"variant": "queries", "max_n": 100_000, "max_q": 50_000, "a_lo": -10_000, "a_hi": 10_000},
    Difficulty.medium: {"variant": "grid_2d", "max_n": 500, "max_m": 500, "max_q": 30_000, "a_lo": 0, "a_hi": 100},
    Difficulty.hard: {"variant": "count_k", "max_n": 200_000, "a_lo": -10_000, "a_hi": 10_000, "max_k": 10 ** 9},
}

THEMES: dict[str, dict[Language, dict[str, str]]] = {
    "weather": {
        "en": {"title": "Temperature Log", "line": "A weather station logged the temperature change of N consecutive "
               "days; on day i the temperature changed by A_i tenths of a degree.", "grid": "A weather map is divided "
               "into N rows and M columns of cells; the cell in row i and column j received A_{i,j} millimetres of "
               "rain.", "what": "temperature change"},
        "ko": {"title": "기온 기록", "line": "기상 관측소가 N일 동안의 하루 기온 변화를 기록했고, i일째에는 기온이 "
               "A_i(단위: 0.1도)만큼 변했습니다.", "grid": "기상 지도가 N행 M열의 칸으로 나뉘어 있고, i행 j열 칸에는 "
               "A_{i,j}밀리미터의 비가 내렸습니다.", "what": "기온 변화"},
    },
    "shop": {
        "en": {"title": "Cash Register", "line": "A shop's register logged N transactions in a day; transaction i "
               "changed the cash by A_i won (refunds are negative).", "grid": "A warehouse floor is divided into N "
               "rows and M columns of shelves; the shelf in row i and column j holds A_{i,j} boxes.",
               "what": "total"},
        "ko": {"title": "계산대 장부", "line": "한 가게의 계산대에 하루 동안 N건의 거래가 기록되었고, i번째 거래로 현금이 "
               "A_i원만큼 변했습니다 (환불은 음수입니다).", "grid": "창고 바닥이 N행 M열의 선반으로 나뉘어 있고, i행 j열 "
               "선반에는 상자가 A_{i,j}개 있습니다.", "what": "합계"},
    },
    "hike": {
        "en": {"title": "Elevation Profile", "line": "A hiking trail is split into N segments; walking segment i "
               "changes your altitude by A_i metres.", "grid": "A map of a mountain area is divided into N rows and "
               "M columns of cells; cell (i, j) contains A_{i,j} trees.", "what": "altitude change"},
        "ko": {"title": "등산로 고도", "line": "등산로가 N개의 구간으로 나뉘어 있고, i번째 구간을 지나면 고도가 A_i미터만큼 "
               "변합니다.", "grid": "산간 지역 지도가 N행 M열의 칸으로 나뉘어 있고, (i, j) 칸에는 나무가 A_{i,j}그루 "
               "있습니다.", "what": "고도 변화"},
    },
    "game": {
        "en": {"title": "Score Tracker", "line": "A game logs N rounds; in round i a player's score changed by A_i "
               "points.", "grid": "A game board has N rows and M columns of squares; square (i, j) is worth A_{i,j} "
               "points.", "what": "score change"},
        "ko": {"title": "점수 기록", "line": "어떤 게임이 N라운드 동안 기록되었고, i번째 라운드에서 점수가 A_i점만큼 "
               "변했습니다.", "grid": "게임판이 N행 M열의 칸으로 이루어져 있고, (i, j) 칸의 점수는 A_{i,j}점입니다.",
               "what": "점수 변화"},
    },
}

VALIDATOR = r'''
import sys
VARIANT = %(variant)r
MAX_N, MAX_M, MAX_Q, A_LO, A_HI, MAX_K = %(max_n)d, %(max_m)d, %(max_q)d, %(a_lo)d, %(a_hi)d, %(max_k)d
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
def ints(line, count, what):
    parts = line.split(" ")
    assert len(parts) == count, what + ": wrong count of integers"
    values = list(map(int, parts))
    assert list(map(str, values)) == parts, what + ": malformed integer"
    return values
def check_values(values):
    assert A_LO <= min(values) and max(values) <= A_HI, "value out of range"
if VARIANT == "single_range":
    assert len(lines) == 3, "expected three lines"
    (n,) = ints(lines[0], 1, "first line")
    assert 1 <= n <= MAX_N, "N out of range"
    check_values(ints(lines[1], n, "second line"))
    l, r = ints(lines[2], 2, "third line")
    assert 1 <= l <= r <= n, "need 1 <= l <= r <= N"
elif VARIANT == "queries":
    n, q = ints(lines[0], 2, "first line")
    assert 1 <= n <= MAX_N, "N out of range"
    assert 1 <= q <= MAX_Q, "Q out of range"
    assert len(lines) == 2 + q, "expected Q query lines"
    check_values(ints(lines[1], n, "second line"))
    for line in lines[2:]:
        l, r = ints(line, 2, "query")
        assert 1 <= l <= r <= n, "need 1 <= l <= r <= N"
elif VARIANT == "grid_2d":
    n, m, q = ints(lines[0], 3, "first line")
    assert 1 <= n <= MAX_N and 1 <= m <= MAX_M, "N or M out of range"
    assert 1 <= q <= MAX_Q, "Q out of range"
    assert len(lines) == 1 + n + q, "expected N grid lines and Q query lines"
    for line in lines[1:1 + n]:
        check_values(ints(line, m, "grid row"))
    for line in lines[1 + n:]:
        x1, y1, x2, y2 = ints(line, 4, "query")
        assert 1 <= x1 <= x2 <= n and 1 <= y1 <= y2 <= m, "bad rectangle"
else:
    assert len(lines) == 2, "expected two lines"
    n, k = ints(lines[0], 2, "first line")
    assert 1 <= n <= MAX_N, "N out of range"
    assert -MAX_K <= k <= MAX_K, "K out of range"
    check_values(ints(lines[1], n, "second line"))
'''

REF_SINGLE = r'''
import sys
data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
l, r = int(data[1 + n]), int(data[2 + n])
prefix = [0] * (n + 1)
for i in range(n):
    prefix[i + 1] = prefix[i] + a[i]
print(prefix[r] - prefix[l - 1])
'''

REF_QUERIES = r'''
import sys
from itertools import accumulate
data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
prefix = [0] + list(accumulate(map(int, data[2:2 + n])))
qs = list(map(int, data[2 + n:2 + n + 2 * q]))
sys.stdout.write("\n".join([str(prefix[r] - prefix[l - 1]) for l, r in zip(qs[0::2], qs[1::2])]) + "\n")
'''

# P[i][j] = sum of the rectangle (1,1)..(i,j); a query is four lookups (inclusion-exclusion).
REF_GRID = r'''
import sys
from itertools import accumulate
data = sys.stdin.buffer.read().split()
n, m, q = int(data[0]), int(data[1]), int(data[2])
P = [[0] * (m + 1)]
pos = 3
for i in range(n):
    row = [0] + list(accumulate(map(int, data[pos:pos + m])))
    pos += m
    above = P[-1]
    P.append([x + y for x, y in zip(row, above)])
out = []
for _ in range(q):
    x1, y1, x2, y2 = int(data[pos]), int(data[pos + 1]), int(data[pos + 2]), int(data[pos + 3])
    pos += 4
    out.append(P[x2][y2] - P[x1 - 1][y2] - P[x2][y1 - 1] + P[x1 - 1][y1 - 1])
sys.stdout.write("\n".join(map(str, out)) + "\n")
'''

# A subarray (l, r] has sum K iff P[r] - P[l] = K: count earlier prefix sums equal to P[r] - K.
REF_COUNT = r'''
import sys
data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
from itertools import accumulate
seen = {}
get = seen.get
answer = 0
for p in accumulate(map(int, data[2:2 + n]), initial=0):
    answer += get(p - k, 0)
    seen[p] = get(p, 0) + 1
print(answer)
'''

# Obviously correct: add up every range / rectangle / subarray directly.
BRUTE = r'''
import sys
VARIANT = %(variant)r
data = sys.stdin.read().split()
if VARIANT == "single_range":
    n = int(data[0])
    a = [int(x) for x in data[1:1 + n]]
    l, r = int(data[1 + n]), int(data[2 + n])
    total = 0
    for i in range(l, r + 1):
        total += a[i - 1]
    print(total)
elif VARIANT == "queries":
    n, q = int(data[0]), int(data[1])
    a = [int(x) for x in data[2:2 + n]]
    for j in range(q):
        l, r = int(data[2 + n + 2 * j]), int(data[3 + n + 2 * j])
        total = 0
        for i in range(l, r + 1):
            total += a[i - 1]
        print(total)
elif VARIANT == "grid_2d":
    n, m, q = int(data[0]), int(data[1]), int(data[2])
    g = [[int(data[3 + i * m + j]) for j in range(m)] for i in range(n)]
    base = 3 + n * m
    for t in range(q):
        x1, y1, x2, y2 = (int(v) for v in data[base + 4 * t: base + 4 * t + 4])
        total = 0
        for i in range(x1, x2 + 1):
            for j in range(y1, y2 + 1):
                total += g[i - 1][j - 1]
        print(total)
else:
    n, k = int(data[0]), int(data[1])
    a = [int(x) for x in data[2:2 + n]]
    print(sum(1 for l in range(n) for r in range(l, n) if sum(a[l:r + 1]) == k))
'''

# Wrong: the right end is treated as exclusive (sum of A_l..A_{r-1}).
WRONG_EXCLUSIVE_END = r'''
import sys
VARIANT = %(variant)r
data = sys.stdin.buffer.read().split()
if VARIANT == "single_range":
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    l, r = int(data[1 + n]), int(data[2 + n])
    print(sum(a[l - 1:r - 1]))
else:
    n, q = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    prefix = [0]
    for x in a:
        prefix.append(prefix[-1] + x)
    out = []
    for j in range(q):
        l, r = int(data[2 + n + 2 * j]), int(data[3 + n + 2 * j])
        out.append(prefix[r - 1] - prefix[l - 1])
    print("\n".join(map(str, out)))
'''

# Wrong: subtracts prefix[l] instead of prefix[l-1], losing A_l.
WRONG_DROPS_LEFT = r'''
import sys
VARIANT = %(variant)r
data = sys.stdin.buffer.read().split()
if VARIANT == "single_range":
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    l, r = int(data[1 + n]), int(data[2 + n])
    prefix = [0]
    for x in a:
        prefix.append(prefix[-1] + x)
    print(prefix[r] - prefix[l])
else:
    n, q = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    prefix = [0]
    for x in a:
        prefix.append(prefix[-1] + x)
    out = []
    for j in range(q):
        l, r = int(data[2 + n + 2 * j]), int(data[3 + n + 2 * j])
        out.append(prefix[r] - prefix[l])
    print("\n".join(map(str, out)))
'''

# Too slow for many long queries: adds up every queried range again (O(N·Q)).
SLOW_PER_QUERY = r'''
import sys
data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
out = []
for j in range(q):
    l, r = int(data[2 + n + 2 * j]), int(data[3 + n + 2 * j])
    out.append(sum(a[l - 1:r]))
print("\n".join(map(str, out)))
'''

GRID_READ = r'''
import sys
data = sys.stdin.buffer.read().split()
n, m, q = int(data[0]), int(data[1]), int(data[2])
g = [list(map(int, data[3 + i * m: 3 + (i + 1) * m])) for i in range(n)]
P = [[0] * (m + 1) for _ in range(n + 1)]
for i in range(n):
    for j in range(m):
        P[i + 1][j + 1] = P[i][j + 1] + P[i + 1][j] - P[i][j] + g[i][j]
base = 3 + n * m
queries = [tuple(int(v) for v in data[base + 4 * t: base + 4 * t + 4]) for t in range(q)]
'''

# Wrong: subtracts the two strips but forgets to add back the corner counted twice.
WRONG_GRID_NO_CORNER = GRID_READ + r'''
print("\n".join(str(P[x2][y2] - P[x1 - 1][y2] - P[x2][y1 - 1]) for x1, y1, x2, y2 in queries))
'''

# Wrong: off by one on the low corner (uses x1, y1 instead of x1 - 1, y1 - 1).
WRONG_GRID_OFF_BY_ONE = GRID_READ + r'''
print("\n".join(str(P[x2][y2] - P[x1][y2] - P[x2][y1] + P[x1][y1]) for x1, y1, x2, y2 in queries))
'''

# Too slow: sums every queried rectangle row by row (O(N·M) per query).
SLOW_GRID = r'''
import sys
data = sys.stdin.buffer.read().split()
n, m, q = int(data[0]), int(data[1]), int(data[2])
g = [list(map(int, data[3 + i * m: 3 + (i + 1) * m])) for i in range(n)]
base = 3 + n * m
out = []
for t in range(q):
    x1, y1, x2, y2 = (int(v) for v in data[base + 4 * t: base + 4 * t + 4])
    out.append(sum(sum(g[i][y1 - 1:y2]) for i in range(x1 - 1, x2)))
print("\n".join(map(str, out)))
'''

COUNT_READ = r'''
import sys
data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
'''

# Wrong: a sliding window, which only works when every value is positive.
WRONG_WINDOW = COUNT_READ + r'''
left = total = answer = 0
for right in range(n):
    total += a[right]
    while left <= right and total > k:
        total -= a[left]
        left += 1
    if total == k and left <= right:
        answer += 1
print(answer)
'''

# Wrong: forgets the empty prefix (sum 0), so subarrays starting at the first element are missed.
WRONG_NO_EMPTY_PREFIX = COUNT_READ + r'''
seen = {}
total = answer = 0
for x in a:
    total += x
    answer += seen.get(total - k, 0)
    seen[total] = seen.get(total, 0) + 1
print(answer)
'''

# Wrong: stores the current prefix before looking it up, so for K = 0 empty subarrays are counted.
WRONG_UPDATE_FIRST = COUNT_READ + r'''
seen = {0: 1}
total = answer = 0
for x in a:
    total += x
    seen[total] = seen.get(total, 0) + 1
    answer += seen.get(total - k, 0)
print(answer)
'''

# Too slow: every start, running sum over every end (O(N^2)).
SLOW_PAIRS = COUNT_READ + r'''
answer = 0
for l in range(n):
    total = 0
    for r in range(l, n):
        total += a[r]
        if total == k:
            answer += 1
print(answer)
'''

REFERENCES = {"single_range": REF_SINGLE, "queries": REF_QUERIES, "grid_2d": REF_GRID, "count_k": REF_COUNT}


class PrefixSums(Family):
    name = "prefix_sums"
    category = "prefix sums"
    tags = ("prefix sums", "implementation")
    keywords = (
        "prefix sum", "prefix sums", "prefix-sum", "range sum", "range sums", "partial sum", "partial sums",
        "cumulative sum", "2d prefix sum", "subarray sum", "subarray sum equals k",
        "누적 합", "누적합", "구간 합", "구간합", "부분합", "부분 합", "2차원 누적 합", "연속 부분 수열의 합",
    )

    def draft(self, rng: random.Random, difficulty: Difficulty, language: Language) -> Draft:
        level = LEVELS[difficulty]
        variant = str(level["variant"])
        max_n = int(level["max_n"])
        max_m = int(level.get("max_m", 0))
        max_q = int(level.get("max_q", 0))
        a_lo, a_hi = int(level["a_lo"]), int(level["a_hi"])
        max_k = int(level.get("max_k", 0))
        theme, t = choose_theme(rng, THEMES, language)
        r01 = rng.random

        def values(n: int, lo: int = a_lo, hi: int = a_hi) -> list[int]:
            lo, hi = max(lo, a_lo), min(hi, a_hi)
            span = hi - lo + 1
            return [lo + int(r01() * span) for _ in range(n)]

        def rand_range(n: int, long: bool = False) -> tuple[int, int]:
            if long:  # nearly the whole sequence: the worst case for adding up each query again
                w = max(1, min(100, n // 4))
                return 1 + int(r01() * w), n - int(r01() * w)
            lo, hi = 1 + int(r01() * n), 1 + int(r01() * n)
            return (lo, hi) if lo <= hi else (hi, lo)

        # ---- renderers per variant ----
        def single(a: list[int], lo: int, hi: int) -> str:
            return f"{len(a)}\n" + " ".join(map(str, a)) + f"\n{lo} {hi}\n"

        def queries(a: list[int], qs: list[tuple[int, int]]) -> str:
            return f"{len(a)} {len(qs)}\n" + " ".join(map(str, a)) + "\n" + "".join(f"{lo} {hi}\n" for lo, hi in qs)

        def grid(g: list[list[int]], qs: list[tuple[int, int, int, int]]) -> str:
            return (f"{len(g)} {len(g[0])} {len(qs)}\n" + "".join(" ".join(map(str, row)) + "\n" for row in g)
                    + "".join(f"{a} {b} {c} {d}\n" for a, b, c, d in qs))

        def count_k(a: list[int], k: int) -> str:
            return f"{len(a)} {k}\n" + " ".join(map(str, a)) + "\n"

        def rect(n: int, m: int, big: bool = False) -> tuple[int, int, int, int]:
            if big:
                return 1 + int(r01() * 3), 1 + int(r01() * 3), n - int(r01() * 3), m - int(r01() * 3)
            x1, x2 = sorted((1 + int(r01() * n), 1 + int(r01() * n)))
            y1, y2 = sorted((1 + int(r01() * m), 1 + int(r01() * m)))
            return x1, y1, x2, y2

        def case(size: int, hi: int = a_hi, lo: int = a_lo) -> str:
            """A random input with about `size` numbers (and queries)."""
            if variant == "single_range":
                n = rng.randint(1, min(max_n, size))
                return single(values(n, lo, hi), *rand_range(n))
            if variant == "queries":
                n, q = rng.randint(1, min(max_n, size)), rng.randint(1, min(max_q, size))
                return queries(values(n, lo, hi), [rand_range(n) for _ in range(q)])
            if variant == "grid_2d":
                side = max(1, min(size, int(size ** 0.5) + 2))
                n, m, q = rng.randint(1, min(max_n, side)), rng.randint(1, min(max_m, side)), rng.randint(1, min(max_q, size))
                return grid([values(m, lo, hi) for _ in range(n)], [rect(n, m) for _ in range(q)])
            n = rng.randint(1, min(max_n, size))
            a = values(n, lo, hi)
            return count_k(a, _plausible_k(rng, a))

        samples = [case(6, hi=min(a_hi, 9), lo=max(a_lo, -9)) for _ in range(2)]
        small = [case(rng.choice([3, 6, 10]), hi=rng.choice([a_hi, 3]), lo=rng.choice([a_lo, max(a_lo, -3)]))
                 for _ in range(10)]
        stress = [case(rng.choice([2, 5, 9]), hi=rng.choice([a_hi, 2]), lo=rng.choice([a_lo, max(a_lo, -2)]))
                  for _ in range(120)]

        edge: list[tuple[str, bool]] = []
        anti: list[str] = []
        randoms: list[str] = []
        maxes: list[str] = []
        if variant == "single_range":
            n = max_n
            edge = [(single([a_hi], 1, 1), True), (single(values(n), 1, n), True), (single(values(n), n, n), True),
                    (single([a_lo] * n, 1, n), True), (single([a_hi] * n, 1, n), True)]
            a = values(8)
            anti = [single(a, 3, 3), single(a, 1, 8), single(a, 8, 8), single(a, 2, 5)]
            randoms = [case(max_n) for _ in range(3)]
            maxes = [single(values(n), *rand_range(n, long=True)), single(values(n), 1, n)]
        elif variant == "queries":
            n = rng.randint(5, 9)
            a = values(n, -9, 9)
            edge = [(queries([a_lo], [(1, 1)]), True), (queries([a_hi] * 9, [(1, 9), (9, 9), (1, 1)]), True),
                    (queries(a, [(i, i) for i in range(1, n + 1)]), True)]
            anti = [queries(a, [(1, n), (1, 1), (n, n), (2, n - 1)]),
                    queries(values(2000), [rand_range(2000) for _ in range(2000)])]
            randoms = [case(3000) for _ in range(3)]
            maxes = [queries(values(max_n), [rand_range(max_n, long=True) for _ in range(max_q)]),
                     queries([a_lo if i % 2 else a_hi for i in range(max_n)],
                             [rand_range(max_n) for _ in range(max_q)])]
        elif variant == "grid_2d":
            g = [values(4, 0, 9) for _ in range(3)]
            edge = [(grid([[a_hi]], [(1, 1, 1, 1)]), True),
                    (grid([[a_lo] * 5], [(1, 1, 1, 5), (1, 3, 1, 3)]), True),
                    (grid([[v] for v in values(5)], [(1, 1, 5, 1), (2, 1, 4, 1)]), True),
                    (grid([[a_hi] * 6 for _ in range(6)], [(1, 1, 6, 6), (6, 6, 6, 6)]), True)]
            anti = [grid(g, [(1, 1, 3, 4), (1, 1, 1, 1), (2, 2, 3, 4), (1, 2, 3, 3), (3, 4, 3, 4)]),
                    grid([values(60) for _ in range(60)], [rect(60, 60) for _ in range(2000)])]
            randoms = [case(2500) for _ in range(3)]
            maxes = [grid([values(max_m) for _ in range(max_n)], [rect(max_n, max_m, big=True) for _ in range(max_q)]),
                     grid([values(max_m) for _ in range(max_n)], [rect(max_n, max_m) for _ in range(max_q)])]
        else:
            edge = [(count_k([a_hi], a_hi), True), (count_k([0] * 8, 0), True), (count_k([a_lo] * 6, -max_k), True),
                    (count_k([a_hi] * 8, 3 * a_hi), True), (count_k([0] * 1000, 0), False)]
            anti = [count_k([1, -1, 1, -1, 1, -1], 0),  # negatives break the sliding window
                    count_k([3, 4, -7, 3, 1, 3, 1, -4, -2, -2], 7),
                    count_k([2, 5, 1], 8),  # the only subarray starts at the first element
                    count_k([5, -5, 5, -5, 5], 0),
                    count_k(values(1500, -5, 5), 0)]
            randoms = [case(1500, hi=rng.choice([a_hi, 10]), lo=rng.choice([a_lo, -10])) for _ in range(3)]
            maxes = [count_k([0] * max_n, 0),  # every subarray counts: N(N+1)/2, beyond 32 bits
                     count_k(values(max_n, -3, 3), 0),
                     count_k(values(max_n), rng.randint(-20_000, 20_000))]

        tests = (
            [TestInput(s, "sample", small=True) for s in samples]
            + [TestInput(s, "small", small=True) for s in small]
            + [TestInput(s, "edge", small=ok) for s, ok in edge]
            + [TestInput(s, "random") for s in randoms]
            + [TestInput(s, "anti", small=len(s) < 200) for s in anti]
            + [TestInput(s, "max") for s in maxes]
        )

        near_invalid = _near_invalid(variant, samples[0], max_n, max_m, max_q, a_lo, a_hi, max_k)

        params = {"variant": variant}
        if variant in ("single_range", "queries"):
            wrong = [WrongSolution("exclusive_right_end", WRONG_EXCLUSIVE_END % params),
                     WrongSolution("drops_left_end", WRONG_DROPS_LEFT % params)]
            if variant == "queries":
                wrong.append(WrongSolution("sum_each_query", SLOW_PER_QUERY, "slow"))
        elif variant == "grid_2d":
            wrong = [WrongSolution("corner_not_added_back", WRONG_GRID_NO_CORNER),
                     WrongSolution("low_corner_off_by_one", WRONG_GRID_OFF_BY_ONE),
                     WrongSolution("sum_each_rectangle", SLOW_GRID, "slow")]
        else:
            wrong = [WrongSolution("sliding_window", WRONG_WINDOW),
                     WrongSolution("missing_empty_prefix", WRONG_NO_EMPTY_PREFIX),
                     WrongSolution("update_before_lookup", WRONG_UPDATE_FIRST),
                     WrongSolution("all_pairs", SLOW_PAIRS, "slow")]

        constraints = _constraints(variant, max_n, max_m, max_q, a_lo, a_hi, max_k)
        legend, input_format, output_format, notes = _texts(variant, language, t)
        return Draft(
            family=self.name,
            variant=variant,
            theme=theme,
            title=t["title"],
            tags=list(self.tags),
            legend=legend,
            input_format=input_format,
            output_format=output_format,
            notes=notes,
            constraints=constraints,
            reference=REFERENCES[variant],
            brute=BRUTE % params,
            validator=VALIDATOR % {"variant": variant, "max_n": max_n, "max_m": max_m, "max_q": max_q,
                                   "a_lo": a_lo, "a_hi": a_hi, "max_k": max_k},
            tests=tests,
            stress=stress,
            near_invalid=near_invalid,
            wrong_solutions=wrong,
            explain=lambda inp, out: _explain(variant, inp, out, language),
            signature_key=f"{theme}:{max_n}:{max_m}:{max_q}:{a_lo}:{a_hi}",
        )


def _plausible_k(rng: random.Random, a: list[int]) -> int:
    """A target that some subarray usually hits: the sum of a random subarray (or 0)."""
    if rng.random() < 0.2:
        return 0
    lo = rng.randrange(len(a))
    hi = rng.randrange(lo, len(a))
    return sum(a[lo:hi + 1])


def _constraints(variant: str, max_n: int, max_m: int, max_q: int, a_lo: int, a_hi: int,
                 max_k: int) -> list[Constraint]:
    out = [Constraint(symbol="N", low=1, high=max_n,
                      meaning={"en": "rows" if variant == "grid_2d" else "length of the sequence",
                               "ko": "행의 수" if variant == "grid_2d" else "수열의 길이"})]
    if variant == "grid_2d":
        out.append(Constraint(symbol="M", low=1, high=max_m, meaning={"en": "columns", "ko": "열의 수"}))
    if variant in ("queries", "grid_2d"):
        out.append(Constraint(symbol="Q", low=1, high=max_q, meaning={"en": "queries", "ko": "질문의 수"}))
    symbol = "A_{i,j}" if variant == "grid_2d" else "A_i"
    out.append(Constraint(symbol=symbol, low=a_lo, high=a_hi, meaning={"en": "values", "ko": "각 값"}))
    if variant == "count_k":
        out.append(Constraint(symbol="K", low=-max_k, high=max_k, meaning={"en": "target sum", "ko": "목표 합"}))
    return out


def _near_invalid(variant: str, sample: str, max_n: int, max_m: int, max_q: int, a_lo: int, a_hi: int,
                  max_k: int) -> list[str]:
    lines = sample.rstrip("\n").split("\n")
    out = [sample.rstrip("\n"), sample.replace(" ", "  ", 1)]  # no final newline; a double space
    if variant == "single_range":
        n = int(lines[0])
        vals = lines[1].split()
        out += [
            f"{max_n + 1}\n" + " ".join(["1"] * (max_n + 1)) + "\n1 1\n",
            f"{n}\n" + " ".join(vals[:-1] + [str(a_hi + 1)]) + f"\n{lines[2]}\n",
            f"{n}\n" + " ".join([str(a_lo - 1)] + vals[1:]) + f"\n{lines[2]}\n",
            f"{n}\n{lines[1]}\n1 {n + 1}\n",
            f"{n}\n{lines[1]}\n{n} 1\n" if n > 1 else f"{n}\n{lines[1]}\n0 1\n",
            f"{n}\n" + " ".join(vals[:-1]) + f"\n{lines[2]}\n",
        ]
    elif variant == "queries":
        n, q = map(int, lines[0].split())
        vals = lines[1].split()
        rest = "".join(x + "\n" for x in lines[2:])
        out += [
            f"{max_n + 1} 1\n" + " ".join(["1"] * (max_n + 1)) + "\n1 1\n",
            f"1 {max_q + 1}\n1\n" + "1 1\n" * (max_q + 1),
            f"{n} {q}\n" + " ".join(vals[:-1] + [str(a_hi + 1)]) + "\n" + rest,
            f"{n} {q}\n" + " ".join([str(a_lo - 1)] + vals[1:]) + "\n" + rest,
            f"{n} {q}\n{lines[1]}\n" + "".join(x + "\n" for x in lines[2:-1]) + f"1 {n + 1}\n",
            f"{n} {q}\n{lines[1]}\n" + "".join(x + "\n" for x in lines[2:-1]),  # one query missing
        ]
    elif variant == "grid_2d":
        n, m, q = map(int, lines[0].split())
        rows, qs = lines[1:1 + n], lines[1 + n:]
        first = rows[0].split()
        out += [
            f"{max_n + 1} 1 1\n" + "1\n" * (max_n + 1) + "1 1 1 1\n",
            f"1 {max_m + 1} 1\n" + " ".join(["1"] * (max_m + 1)) + "\n1 1 1 1\n",
            f"{n} {m} {q}\n" + " ".join(first[:-1] + [str(a_hi + 1)]) + "\n" + "".join(x + "\n" for x in rows[1:] + qs),
            f"{n} {m} {q}\n" + " ".join([str(a_lo - 1)] + first[1:]) + "\n" + "".join(x + "\n" for x in rows[1:] + qs),
            f"{n} {m} {q}\n" + "".join(x + "\n" for x in rows + qs[:-1]) + f"1 1 {n + 1} 1\n",
            f"{n} {m} {q}\n" + "".join(x + "\n" for x in rows + qs[:-1]) + f"1 1 1 {m + 1}\n",
            f"{n} {m} {q}\n" + "".join(x + "\n" for x in rows + qs[:-1]),  # one query missing
        ]
    else:
        n, k = map(int, lines[0].split())
        vals = lines[1].split()
        out += [
            f"{max_n + 1} 0\n" + " ".join(["0"] * (max_n + 1)) + "\n",
            f"{n} {max_k + 1}\n{lines[1]}\n",
            f"{n} {-max_k - 1}\n{lines[1]}\n",
            f"{n} {k}\n" + " ".join(vals[:-1] + [str(a_hi + 1)]) + "\n",
            f"{n} {k}\n" + " ".join([str(a_lo - 1)] + vals[1:]) + "\n",
            f"{n} {k}\n" + " ".join(vals + ["0"]) + "\n",
        ]
    return out


def _explain(variant: str, inp: str, out: str, language: Language) -> str:
    data = list(map(int, inp.split()))
    got = out.split()
    if variant == "single_range":
        n = data[0]
        a, (lo, hi) = data[1:1 + n], data[1 + n:3 + n]
        if lo == hi:
            return f"l = r = {lo}이므로 답은 A_{lo} = {got[0]}입니다." if language == "ko" else \
                f"Here l = r = {lo}, so the answer is just A_{lo} = {got[0]}."
        terms = " + ".join(f"({x})" if x < 0 else str(x) for x in a[lo - 1:hi])
        if sum(a[lo - 1:hi]) != int(got[0]) or hi - lo >= 12:
            terms = f"A_{lo} + ... + A_{hi}"
        return (f"A_{lo}부터 A_{hi}까지의 합은 {terms} = {got[0]}입니다." if language == "ko"
                else f"The sum of A_{lo} through A_{hi} is {terms} = {got[0]}.")
    if variant == "queries":
        n, q = data[0], data[1]
        qs = data[2 + n:2 + n + 2 * q]
        parts = [f"[{qs[2 * j]}, {qs[2 * j + 1]}] → {got[j]}" for j in range(min(q, 4))]
        if language == "ko":
            return "구간별 합: " + ", ".join(parts) + (" 등." if q > 4 else ".")
        return "Range sums: " + ", ".join(parts) + (", …" if q > 4 else ".")
    if variant == "grid_2d":
        n, m, q = data[0], data[1], data[2]
        qs = data[3 + n * m:]
        parts = [f"({qs[4 * j]}, {qs[4 * j + 1]})~({qs[4 * j + 2]}, {qs[4 * j + 3]}) → {got[j]}" for j in range(min(q, 3))]
        if language == "ko":
            return "직사각형별 합: " + ", ".join(parts) + (" 등." if q > 3 else ".")
        return "Rectangle sums: " + ", ".join(parts) + (", …" if q > 3 else ".")
    n, k = data[0], data[1]
    a = data[2:2 + n]
    found = [(lo + 1, hi + 1) for lo in range(n) for hi in range(lo, n) if sum(a[lo:hi + 1]) == k]
    shown = ", ".join(f"[{lo}, {hi}]" for lo, hi in found[:6]) + (" …" if len(found) > 6 else "")
    if len(found) != int(got[0]):
        shown = ""
    if language == "ko":
        return f"합이 {k}인 구간은 {got[0]}개입니다" + (f": {shown}." if shown else ".")
    return f"There are {got[0]} subarrays with sum {k}" + (f": {shown}." if shown else ".")


def _texts(variant: str, language: Language, t: dict[str, str]) -> tuple[str, str, str, str]:
    if language == "ko":
        if variant == "single_range":
            legend = (f"{t['line']} l번째부터 r번째까지의 {t['what']}의 합, 즉 A_l + A_(l+1) + ... + A_r을 구하세요.")
            input_format = ("첫째 줄에 N이 주어집니다. 둘째 줄에 A_1, A_2, ..., A_N이 공백으로 구분되어 주어집니다. "
                            "셋째 줄에 l과 r이 주어집니다 (1 ≤ l ≤ r ≤ N).")
            output_format = "첫째 줄에 A_l부터 A_r까지의 합을 출력합니다."
            notes = "l번째와 r번째 값도 합에 포함됩니다."
        elif variant == "queries":
            legend = (f"{t['line']} 다음과 같은 질문 Q개에 답하세요: 두 정수 l, r이 주어지면 "
                      "A_l + A_(l+1) + ... + A_r을 구합니다.")
            input_format = ("첫째 줄에 N과 Q가 주어집니다. 둘째 줄에 A_1, A_2, ..., A_N이 공백으로 구분되어 주어집니다. "
                            "셋째 줄부터 Q개의 줄에 걸쳐 각 질문의 l과 r이 주어집니다 (1 ≤ l ≤ r ≤ N).")
            output_format = "각 질문의 답을 한 줄에 하나씩, 질문이 주어진 순서대로 출력합니다."
            notes = "양 끝 A_l과 A_r도 합에 포함됩니다. 질문이 많으므로 매번 직접 더하면 시간 안에 끝나지 않습니다."
        elif variant == "grid_2d":
            legend = (f"{t['grid']} 다음과 같은 질문 Q개에 답하세요: 네 정수 x1, y1, x2, y2가 주어지면 "
                      "x1행부터 x2행까지, y1열부터 y2열까지의 직사각형에 속한 모든 칸의 값의 합을 구합니다.")
            input_format = ("첫째 줄에 N, M, Q가 주어집니다. 다음 N개의 줄에 각 행의 값 M개가 공백으로 구분되어 주어집니다. "
                            "그다음 Q개의 줄에 걸쳐 각 질문의 x1, y1, x2, y2가 주어집니다 "
                            "(1 ≤ x1 ≤ x2 ≤ N, 1 ≤ y1 ≤ y2 ≤ M).")
            output_format = "각 질문의 답을 한 줄에 하나씩, 질문이 주어진 순서대로 출력합니다."
            notes = "직사각형의 경계에 있는 칸도 합에 포함됩니다."
        else:
            legend = (f"{t['line']} 연속한 구간 A_l, A_(l+1), ..., A_r (1 ≤ l ≤ r ≤ N) 중에서 {t['what']}의 합이 "
                      "정확히 K인 구간의 개수를 구하세요.")
            input_format = "첫째 줄에 N과 K가 주어집니다. 둘째 줄에 A_1, A_2, ..., A_N이 공백으로 구분되어 주어집니다."
            output_format = "첫째 줄에 합이 K인 구간의 개수를 출력합니다."
            notes = "(l, r) 쌍이 다르면 서로 다른 구간입니다. 값은 음수일 수 있고, 답은 32비트 정수 범위를 넘을 수 있습니다."
        return legend, input_format, output_format, notes
    if variant == "single_range":
        legend = f"{t['line']} Find the sum of positions l through r, that is A_l + A_(l+1) + ... + A_r."
        input_format = ("The first line contains N. The second line contains A_1, A_2, ..., A_N. The third line "
                        "contains l and r (1 ≤ l ≤ r ≤ N).")
        output_format = "Print A_l + ... + A_r."
        notes = "Both ends, A_l and A_r, are included."
    elif variant == "queries":
        legend = (f"{t['line']} Answer Q questions: given l and r, what is A_l + A_(l+1) + ... + A_r?")
        input_format = ("The first line contains N and Q. The second line contains A_1, A_2, ..., A_N. Each of the "
                        "next Q lines contains a question l r (1 ≤ l ≤ r ≤ N).")
        output_format = "Print the answers, one per line, in the order of the questions."
        notes = "Both ends are included. There are many questions: adding up each range again is too slow."
    elif variant == "grid_2d":
        legend = (f"{t['grid']} Answer Q questions: given x1, y1, x2, y2, what is the total over all cells in rows "
                  "x1..x2 and columns y1..y2?")
        input_format = ("The first line contains N, M and Q. Each of the next N lines contains the M values of one "
                        "row. Each of the next Q lines contains a question x1 y1 x2 y2 (1 ≤ x1 ≤ x2 ≤ N, "
                        "1 ≤ y1 ≤ y2 ≤ M).")
        output_format = "Print the answers, one per line, in the order of the questions."
        notes = "Cells on the border of the rectangle are included."
    else:
        legend = (f"{t['line']} Count the contiguous stretches A_l, A_(l+1), ..., A_r (1 ≤ l ≤ r ≤ N) whose total "
                  f"{t['what']} is exactly K.")
        input_format = "The first line contains N and K. The second line contains A_1, A_2, ..., A_N."
        output_format = "Print the number of pairs (l, r) whose sum is exactly K."
        notes = "Different pairs (l, r) are different stretches. Values may be negative. The answer may not fit in a 32-bit integer."
    return legend, input_format, output_format, notes
