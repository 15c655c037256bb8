"""Binary search, from lower bound to binary search on the answer (parametric search).

Variants by difficulty: tutorial (lower bound in a sorted array), easy (cut cables: the longest equal
length that still gives N pieces), medium (place C items in stalls maximising the minimum distance:
sort + greedy check), hard (split a sequence into K contiguous groups minimising the largest group sum,
values up to 10^12 so the answer range is huge).
"""
from __future__ import annotations

import random

from generator.problems.family import Draft, Family, TestInput, WrongSolution, choose_theme
from generator.problems.schema import Constraint, Difficulty, Language

LEVELS: dict[Difficulty, dict[str, int | str]] = {
    Difficulty.tutorial: {"variant": "lower_bound", "max_n": 100, "max_q": 100, "max_a": 1000},
    Difficulty.easy: {"variant": "cables", "max_k": 10_000, "max_n": 1_000_000, "max_l": 2 ** 31 - 1},
    Difficulty.medium: {"variant": "spread", "max_n": 50_000, "max_x": 10 ** 9},
    Difficulty.hard: {"variant": "split", "max_n": 50_000, "max_a": 10 ** 12},
}

THEMES: dict[str, dict[Language, dict[str, str]]] = {
    "farm": {
        "en": {
            "who": "cows", "title": {"lower_bound": "Pumpkin Contest", "cables": "Fence Posts", "spread": "Aggressive Cows",
                      "split": "Hay Wagons"},
            "lower_bound": "At a pumpkin contest the weights of the N pumpkins are listed in non-decreasing order: "
                           "A_1 ≤ A_2 ≤ ... ≤ A_N.",
            "cables": "A farmer has K wooden planks of lengths L_1, ..., L_K and wants to saw them into at least N "
                      "fence posts, all of the same integer length. Leftover pieces are thrown away and planks "
                      "cannot be glued together.",
            "spread": "A barn has N stalls along a straight line at positions x_1, ..., x_N. The farmer must put C "
                      "cows into C different stalls, and the cows are calmer the farther apart they are.",
            "split": "N hay bales stand in a row; bale i weighs A_i kilograms. K wagons will carry them: the row is "
                     "cut into K non-empty contiguous groups, one group per wagon, without reordering the bales.",
        },
        "ko": {
            "who": "소", "title": {"lower_bound": "호박 대회", "cables": "울타리 말뚝", "spread": "예민한 소들", "split": "건초 수레"},
            "lower_bound": "호박 대회에 출품된 호박 N개의 무게가 감소하지 않는 순서로 적혀 있습니다: A_1 ≤ A_2 ≤ ... ≤ A_N.",
            "cables": "농부에게 길이가 L_1, ..., L_K인 나무판 K개가 있습니다. 농부는 나무판을 잘라 길이가 모두 같은 정수인 "
                      "울타리 말뚝을 N개 이상 만들려고 합니다. 자르고 남은 조각은 버리며, 나무판을 이어 붙일 수는 없습니다.",
            "spread": "외양간에는 일직선 위의 x_1, ..., x_N 위치에 칸이 N개 있습니다. 농부는 소 C마리를 서로 다른 칸에 "
                      "한 마리씩 넣어야 하는데, 소들은 서로 멀리 떨어져 있을수록 얌전합니다.",
            "split": "건초 더미 N개가 한 줄로 놓여 있고, i번째 더미의 무게는 A_i킬로그램입니다. 수레 K대가 이를 나르는데, "
                     "더미의 순서를 바꾸지 않고 줄을 비어 있지 않은 연속한 K개의 묶음으로 나누어 수레마다 한 묶음씩 싣습니다.",
        },
    },
    "network": {
        "en": {
            "who": "routers", "title": {"lower_bound": "Badge Lookup", "cables": "LAN Cables", "spread": "Router Placement",
                      "split": "Batch Jobs"},
            "lower_bound": "An office keeps the N employee badge numbers in non-decreasing order: "
                           "A_1 ≤ A_2 ≤ ... ≤ A_N.",
            "cables": "A network engineer has K LAN cables of lengths L_1, ..., L_K and needs at least N cables of "
                      "the same integer length. She may cut cables, but leftovers are discarded and cables cannot be "
                      "joined.",
            "spread": "A long corridor has N candidate spots for Wi-Fi routers at positions x_1, ..., x_N. C routers "
                      "must be installed at C different spots, and interference is lower the farther apart they are.",
            "split": "N batch jobs must run in the given order; job i takes A_i milliseconds. They are cut into K "
                     "non-empty contiguous blocks, one block per server, and each server runs its block alone.",
        },
        "ko": {
            "who": "공유기", "title": {"lower_bound": "사원증 조회", "cables": "랜선 자르기", "spread": "공유기 설치", "split": "일괄 작업"},
            "lower_bound": "한 회사가 사원증 번호 N개를 감소하지 않는 순서로 관리합니다: A_1 ≤ A_2 ≤ ... ≤ A_N.",
            "cables": "네트워크 기사에게 길이가 L_1, ..., L_K인 랜선 K개가 있습니다. 기사는 랜선을 잘라 길이가 모두 같은 "
                      "정수인 랜선을 N개 이상 만들려고 합니다. 자르고 남은 부분은 버리며, 랜선을 이어 붙일 수는 없습니다.",
            "spread": "긴 복도의 x_1, ..., x_N 위치에 공유기를 설치할 수 있는 자리 N곳이 있습니다. 공유기 C대를 서로 다른 "
                      "자리에 설치해야 하는데, 서로 멀리 떨어져 있을수록 간섭이 적습니다.",
            "split": "N개의 일괄 작업을 주어진 순서대로 실행해야 하고, i번째 작업은 A_i밀리초가 걸립니다. 작업들을 비어 있지 "
                     "않은 연속한 K개의 묶음으로 나누어 서버 K대에 한 묶음씩 맡기고, 각 서버는 자기 묶음만 실행합니다.",
        },
    },
    "library": {
        "en": {
            "who": "students", "title": {"lower_bound": "Call Numbers", "cables": "Ribbon Bookmarks", "spread": "Quiet Reading Room",
                      "split": "Copying Books"},
            "lower_bound": "A library shelf holds N books whose call numbers are in non-decreasing order: "
                           "A_1 ≤ A_2 ≤ ... ≤ A_N.",
            "cables": "A librarian has K rolls of ribbon of lengths L_1, ..., L_K and wants at least N bookmarks, "
                      "all of the same integer length. Leftover ribbon is thrown away and rolls cannot be joined.",
            "spread": "A reading room has N desks along one long wall at positions x_1, ..., x_N. C students each "
                      "take a different desk, and they want to sit as far apart as possible.",
            "split": "N volumes must be copied in order; volume i has A_i pages. K scribes share the work: the "
                     "volumes are cut into K non-empty contiguous groups and each scribe copies one group.",
        },
        "ko": {
            "who": "학생", "title": {"lower_bound": "청구 기호", "cables": "리본 책갈피", "spread": "조용한 열람실", "split": "책 필사"},
            "lower_bound": "도서관 서가에 책 N권이 청구 기호가 감소하지 않는 순서로 꽂혀 있습니다: A_1 ≤ A_2 ≤ ... ≤ A_N.",
            "cables": "사서에게 길이가 L_1, ..., L_K인 리본 K롤이 있습니다. 사서는 리본을 잘라 길이가 모두 같은 정수인 "
                      "책갈피를 N개 이상 만들려고 합니다. 자르고 남은 리본은 버리며, 리본을 이어 붙일 수는 없습니다.",
            "spread": "열람실의 긴 벽을 따라 x_1, ..., x_N 위치에 책상 N개가 있습니다. 학생 C명이 서로 다른 책상에 한 명씩 "
                      "앉는데, 서로 최대한 멀리 떨어져 앉고 싶어 합니다.",
            "split": "책 N권을 순서대로 필사해야 하고, i번째 책은 A_i쪽입니다. 필사가 K명이 일을 나누는데, 책들을 비어 있지 "
                     "않은 연속한 K개의 묶음으로 나누어 한 사람이 한 묶음씩 필사합니다.",
        },
    },
}

VALIDATOR = r'''
import sys
VARIANT = %(variant)r
P = %(params)r
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
def ints(line, count, what):
    parts = line.split(" ")
    assert len(parts) == count, what + ": wrong count of integers"
    values = list(map(int, parts))
    assert list(map(str, values)) == parts, what + ": malformed integer"
    return values
if VARIANT == "lower_bound":
    assert len(lines) == 3, "expected three lines"
    n, q = ints(lines[0], 2, "first line")
    assert 1 <= n <= P["max_n"] and 1 <= q <= P["max_q"], "N or Q out of range"
    a = ints(lines[1], n, "array")
    xs = ints(lines[2], q, "queries")
    assert all(1 <= v <= P["max_a"] for v in a + xs), "value out of range"
    assert all(a[i] <= a[i + 1] for i in range(n - 1)), "array must be non-decreasing"
elif VARIANT == "cables":
    assert len(lines) == 2, "expected two lines"
    k, n = ints(lines[0], 2, "first line")
    assert 1 <= k <= P["max_k"], "K out of range"
    assert 1 <= n <= P["max_n"], "N out of range"
    ls = ints(lines[1], k, "lengths")
    assert 1 <= min(ls) and max(ls) <= P["max_l"], "L_i out of range"
    assert sum(ls) >= n, "N pieces of length 1 must be possible"
elif VARIANT == "spread":
    assert len(lines) == 2, "expected two lines"
    n, c = ints(lines[0], 2, "first line")
    assert 2 <= n <= P["max_n"], "N out of range"
    assert 2 <= c <= n, "C out of range"
    xs = ints(lines[1], n, "positions")
    assert 0 <= min(xs) and max(xs) <= P["max_x"], "x_i out of range"
    assert len(set(xs)) == n, "positions must be distinct"
else:
    assert len(lines) == 2, "expected two lines"
    n, k = ints(lines[0], 2, "first line")
    assert 1 <= n <= P["max_n"], "N out of range"
    assert 1 <= k <= n, "K out of range"
    a = ints(lines[1], n, "values")
    assert 1 <= min(a) and max(a) <= P["max_a"], "A_i out of range"
'''

# ---------------------------------------------------------------- lower bound
REF_LOWER = r'''
import sys
data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
out = []
for x in map(int, data[2 + n:2 + n + q]):
    lo, hi = 0, n  # answer index in [0, n]; n means "no such element"
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] >= x:
            hi = mid
        else:
            lo = mid + 1
    out.append(lo + 1)
print(" ".join(map(str, out)))
'''

BRUTE_LOWER = r'''
import sys
data = sys.stdin.read().split()
n, q = int(data[0]), int(data[1])
a = [int(v) for v in data[2:2 + n]]
answers = []
for x in (int(v) for v in data[2 + n:2 + n + q]):
    pos = n + 1
    for i in range(n):
        if a[i] >= x:
            pos = i + 1
            break
    answers.append(pos)
print(*answers)
'''

# Wrong: upper bound (first element strictly greater), differs whenever X occurs in the array.
WRONG_UPPER = r'''
import sys
from bisect import bisect_right
data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
print(" ".join(str(bisect_right(a, x) + 1) for x in map(int, data[2 + n:2 + n + q])))
'''

# Wrong: searches only inside the array (hi = n - 1), so "larger than everything" becomes N, not N + 1.
WRONG_LOWER_BOUNDS = r'''
import sys
data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
out = []
for x in map(int, data[2 + n:2 + n + q]):
    lo, hi = 0, n - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] >= x:
            hi = mid
        else:
            lo = mid + 1
    out.append(lo + 1)
print(" ".join(map(str, out)))
'''

# ---------------------------------------------------------------- cables
READ_CABLES = r'''
import sys
data = sys.stdin.buffer.read().split()
k, n = int(data[0]), int(data[1])
ls = list(map(int, data[2:2 + k]))
def pieces(x):
    return sum(l // x for l in ls)
'''

# The answer is the largest x with pieces(x) >= N; pieces never increases with x.
REF_CABLES = READ_CABLES + r'''
lo, hi = 1, max(ls)  # pieces(1) = sum >= N is guaranteed
while lo < hi:
    mid = (lo + hi + 1) // 2
    if pieces(mid) >= n:
        lo = mid
    else:
        hi = mid - 1
print(lo)
'''

BRUTE_CABLES = r'''
import sys
data = sys.stdin.read().split()
k, n = int(data[0]), int(data[1])
ls = [int(v) for v in data[2:2 + k]]
best = 0
for x in range(1, max(ls) + 1):
    if sum(l // x for l in ls) >= n:
        best = x
print(best)
'''

# Wrong: the answer is searched in [1, max) only, so "as long as the longest cable" is never found.
WRONG_CABLES_EXCLUSIVE = READ_CABLES + r'''
lo, hi = 1, max(ls)
while lo < hi:
    mid = (lo + hi) // 2
    if pieces(mid) >= n:
        lo = mid + 1
    else:
        hi = mid
print(lo - 1 if lo > 1 else 1)
'''

# Wrong: assumes a piece can never be longer than the shortest cable.
WRONG_CABLES_MIN = READ_CABLES + r'''
lo, hi = 1, min(ls)
while lo < hi:
    mid = (lo + hi + 1) // 2
    if pieces(mid) >= n:
        lo = mid
    else:
        hi = mid - 1
print(lo)
'''

# Wrong: starts the search at 0, so when every cable has length 1 the first middle is 0 (division by zero).
WRONG_CABLES_ZERO = READ_CABLES + r'''
lo, hi = 0, max(ls)
best = 0
while lo <= hi:
    mid = (lo + hi) // 2
    if pieces(mid) >= n:
        best = mid
        lo = mid + 1
    else:
        hi = mid - 1
print(best)
'''

# Wrong: total length divided by N ignores the waste at the end of every cable.
WRONG_CABLES_AVERAGE = READ_CABLES + r'''
print(sum(ls) // n)
'''

# Too slow: tries every length from the longest cable downwards.
SLOW_CABLES_SCAN = READ_CABLES + r'''
x = max(ls)
while pieces(x) < n:
    x -= 1
print(x)
'''

# ---------------------------------------------------------------- spread (aggressive cows)
READ_SPREAD = r'''
import sys
from bisect import bisect_left
data = sys.stdin.buffer.read().split()
n, c = int(data[0]), int(data[1])
xs = list(map(int, data[2:2 + n]))
'''

FITS_SPREAD = r'''
def fits(d):
    # Greedy: each item goes into the first stall at least d after the previous item.
    if jumps:
        pos, last = 0, xs[0]
        for _ in range(c - 1):
            pos = bisect_left(xs, last + d, pos + 1)
            if pos == n:
                return False
            last = xs[pos]
        return True
    placed, last = 1, xs[0]
    for x in xs:
        if x - last >= d:
            placed += 1
            if placed == c:
                return True
            last = x
    return False
'''

REF_SPREAD = READ_SPREAD + r'''
xs.sort()
jumps = c * 16 < n  # few items: jump with bisect instead of scanning every stall
''' + FITS_SPREAD + r'''
lo, hi = 1, (xs[-1] - xs[0]) // (c - 1)  # distinct positions: distance 1 always works
while lo < hi:
    mid = (lo + hi + 1) // 2
    if fits(mid):
        lo = mid
    else:
        hi = mid - 1
print(lo)
'''

BRUTE_SPREAD = r'''
import sys
from itertools import combinations
data = sys.stdin.read().split()
n, c = int(data[0]), int(data[1])
xs = sorted(int(v) for v in data[2:2 + n])
best = 0
for chosen in combinations(xs, c):
    best = max(best, min(b - a for a, b in zip(chosen, chosen[1:])))
print(best)
'''

# Wrong: forgets to sort the positions (the greedy walks the stalls in input order).
WRONG_SPREAD_UNSORTED = READ_SPREAD + r'''
jumps = False
''' + FITS_SPREAD + r'''
lo, hi = 1, max(1, (max(xs) - min(xs)) // (c - 1))
while lo < hi:
    mid = (lo + hi + 1) // 2
    if fits(mid):
        lo = mid
    else:
        hi = mid - 1
print(lo)
'''

# Wrong: the upper end of the range is exclusive, so the best possible spacing is never reported.
WRONG_SPREAD_EXCLUSIVE = READ_SPREAD + r'''
xs.sort()
jumps = False
''' + FITS_SPREAD + r'''
lo, hi = 1, (xs[-1] - xs[0]) // (c - 1)
while lo < hi:
    mid = (lo + hi) // 2
    if fits(mid):
        lo = mid + 1
    else:
        hi = mid
print(max(1, lo - 1))
'''

# Wrong: spreads the items evenly by index instead of by distance.
WRONG_SPREAD_EVEN = READ_SPREAD + r'''
xs.sort()
picks = [xs[round(i * (n - 1) / (c - 1))] for i in range(c)]
print(min(b - a for a, b in zip(picks, picks[1:])))
'''

# Too slow: tries every distance from the largest possible one downwards.
SLOW_SPREAD_SCAN = READ_SPREAD + r'''
xs.sort()
jumps = False
''' + FITS_SPREAD + r'''
d = (xs[-1] - xs[0]) // (c - 1)
while not fits(d):
    d -= 1
print(d)
'''

# ---------------------------------------------------------------- split (minimise the largest group)
READ_SPLIT = r'''
import sys
from bisect import bisect_right
from itertools import accumulate
data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
total, big = sum(a), max(a)
'''

FITS_SPLIT = r'''
def fits(limit):
    # Greedy: close a group only when the next value would push it over the limit (limit >= max(a)).
    if jumps:
        pos, groups = 0, 0
        while pos < n:
            pos = bisect_right(prefix, prefix[pos] + limit, pos + 1) - 1
            groups += 1
            if groups > k:
                return False
        return True
    groups, cur = 1, 0
    for x in a:
        cur += x
        if cur > limit:
            groups += 1
            if groups > k:
                return False
            cur = x
    return True
'''

# With the limit ceil(S/K) + max(A), every closed group holds more than S/K, so K groups suffice:
# the answer lies in [max(max(A), ceil(S/K)), that].
REF_SPLIT = READ_SPLIT + r'''
prefix = list(accumulate(a, initial=0))
jumps = k * 16 < n  # few groups: jump along prefix sums with bisect
''' + FITS_SPLIT + r'''
lo = max(big, (total + k - 1) // k)
hi = min(total, lo + big)
while lo < hi:
    mid = (lo + hi) // 2
    if fits(mid):
        hi = mid
    else:
        lo = mid + 1
print(lo)
'''

BRUTE_SPLIT = r'''
import sys
from itertools import combinations
data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
a = [int(v) for v in data[2:2 + n]]
best = None
for cuts in combinations(range(1, n), k - 1):
    bounds = (0,) + cuts + (n,)
    worst = max(sum(a[bounds[i]:bounds[i + 1]]) for i in range(k))
    best = worst if best is None else min(best, worst)
print(best)
'''

# Wrong: searches [max(A), S - 1], so a single group (K = 1, answer S) is never reached.
WRONG_SPLIT_HI = READ_SPLIT + r'''
jumps = False
''' + FITS_SPLIT + r'''
lo, hi = big, total - 1
while lo < hi:
    mid = (lo + hi) // 2
    if fits(mid):
        hi = mid
    else:
        lo = mid + 1
print(lo)
'''

# Wrong: starts the search at 1 and the check lets one value exceed the limit on its own.
WRONG_SPLIT_NO_GUARD = READ_SPLIT + r'''
lo, hi = 1, total
def fits(limit):
    groups, cur = 1, 0
    for x in a:
        if cur + x > limit and cur > 0:
            groups += 1
            cur = 0
        cur += x
    return groups <= k
while lo < hi:
    mid = (lo + hi) // 2
    if fits(mid):
        hi = mid
    else:
        lo = mid + 1
print(lo)
'''

# Wrong: the average (or the largest value) is only a lower bound, not always achievable.
WRONG_SPLIT_AVERAGE = READ_SPLIT + r'''
print(max(big, (total + k - 1) // k))
'''

# Too slow: tries every limit upwards from the lower bound.
SLOW_SPLIT_SCAN = READ_SPLIT + r'''
jumps = False
''' + FITS_SPLIT + r'''
limit = max(big, (total + k - 1) // k)
while not fits(limit):
    limit += 1
print(limit)
'''


class BinarySearch(Family):
    name = "binary_search"
    category = "binary search / parametric search"
    tags = ("binary search", "parametric search")
    keywords = (
        "binary search", "parametric search", "binary search on the answer", "lower bound", "lower_bound",
        "bisect", "aggressive cows", "lan cable",
        "이분 탐색", "이분탐색", "이진 탐색", "이진탐색", "매개 변수 탐색", "매개변수 탐색", "파라메트릭", "랜선 자르기",
    )

    def draft(self, rng: random.Random, difficulty: Difficulty, language: Language) -> Draft:
        level = LEVELS[difficulty]
        variant = str(level["variant"])
        params = {key: value for key, value in level.items() if key != "variant"}
        theme, t = choose_theme(rng, THEMES, language)
        build = {"lower_bound": _lower_bound, "cables": _cables, "spread": _spread, "split": _split}[variant]
        tests, stress, near_invalid, wrong, reference, brute, constraints = build(rng, params)
        legend, input_format, output_format, notes = _texts(variant, language, t)
        return Draft(
            family=self.name,
            variant=variant,
            theme=theme,
            title=t["title"][variant],
            tags=list(self.tags),
            legend=legend,
            input_format=input_format,
            output_format=output_format,
            notes=notes,
            constraints=constraints,
            reference=reference,
            brute=brute,
            validator=VALIDATOR % {"variant": variant, "params": params},
            tests=tests,
            stress=stress,
            near_invalid=near_invalid,
            wrong_solutions=wrong,
            explain=lambda inp, out: _explain(variant, inp, out, language),
            signature_key=f"{theme}:" + ":".join(f"{key}={value}" for key, value in sorted(params.items())),
        )


def _pack(samples: list[str], small: list[str], edge: list[tuple[str, bool]], randoms: list[str],
          anti: list[tuple[str, bool]], maxes: list[str]) -> list[TestInput]:
    return ([TestInput(s, "sample", small=True) for s in samples]
            + [TestInput(s, "small", small=True) for s in small]
            + [TestInput(s, "edge", small=ok) for s, ok in edge]
            + [TestInput(s, "random") for s in randoms]
            + [TestInput(s, "anti", small=ok) for s, ok in anti]
            + [TestInput(s, "max") for s in maxes])


def _lower_bound(rng: random.Random, p: dict):
    max_n, max_q, max_a = p["max_n"], p["max_q"], p["max_a"]

    def render(a: list[int], xs: list[int]) -> str:
        return f"{len(a)} {len(xs)}\n" + " ".join(map(str, sorted(a))) + "\n" + " ".join(map(str, xs)) + "\n"

    def case(n_hi: int, hi: int, q_hi: int = 8, n_lo: int = 1, distinct: bool = False) -> str:
        n, q = rng.randint(n_lo, n_hi), rng.randint(1, q_hi)
        a = [rng.randint(1, hi) for _ in range(n)]
        # Queries: values in the array (duplicates matter), between them, and beyond both ends.
        pool = a + [rng.randint(1, min(max_a, hi + 2)) for _ in range(3)] + [min(max_a, max(a) + 1), 1]
        if distinct:
            return render(a, rng.sample(sorted(set(pool)), min(q, len(set(pool)))))
        return render(a, [rng.choice(pool) for _ in range(q)])

    samples = [case(8, 20, 5, n_lo=5, distinct=True), case(8, 12, 5, n_lo=6, distinct=True)]
    small = [case(rng.choice([3, 10, 30]), rng.choice([5, 50, max_a]), 10) for _ in range(10)]
    stress = [case(rng.choice([1, 5, 12]), rng.choice([3, 20, max_a]), 6) for _ in range(120)]
    edge = [(render([1], [1]), True), (render([max_a], [1, max_a]), True), (render([7] * 6, [6, 7, 8]), True),
            (render([1] * max_n, [1, 2]), True), (render([max_a - 1] * 3, [max_a]), True)]
    anti = [(render([2, 4, 4, 4, 9], [4, 9, 10, 1]), True), (render([1, 2, 3], [4]), True),
            (render(list(range(1, max_n + 1)), list(range(1, max_q + 1))), True)]
    randoms = [case(max_n, max_a, max_q) for _ in range(3)]
    maxes = [render([rng.randint(1, max_a) for _ in range(max_n)], [rng.randint(1, max_a) for _ in range(max_q)]),
             render([rng.randint(1, 10) for _ in range(max_n)], [rng.randint(1, 11) for _ in range(max_q)])]
    s0 = samples[0].split("\n")
    n0, q0 = s0[0].split()
    near_invalid = [
        f"{max_n + 1} 1\n" + " ".join(["1"] * (max_n + 1)) + "\n1\n",
        f"1 {max_q + 1}\n1\n" + " ".join(["1"] * (max_q + 1)) + "\n",
        f"{n0} {q0}\n{s0[1]}\n" + " ".join(s0[2].split()[:-1] + [str(max_a + 1)]) + "\n",
        f"{n0} {q0}\n{s0[1]}\n" + " ".join(["0"] + s0[2].split()[1:]) + "\n",
        "3 1\n5 3 7\n4\n",  # not sorted
        f"{n0} {q0}\n" + " ".join(s0[1].split()[:-1]) + f"\n{s0[2]}\n",
        samples[0].rstrip("\n"),
    ]
    wrong = [WrongSolution("upper_bound_instead", WRONG_UPPER), WrongSolution("hi_is_last_index", WRONG_LOWER_BOUNDS)]
    constraints = [
        Constraint(symbol="N", low=1, high=max_n, meaning={"en": "length of the list", "ko": "목록의 길이"}),
        Constraint(symbol="Q", low=1, high=max_q, meaning={"en": "queries", "ko": "질문의 수"}),
        Constraint(symbol="A_i", low=1, high=max_a, meaning={"en": "sorted values", "ko": "정렬된 값"}),
        Constraint(symbol="X_j", low=1, high=max_a, meaning={"en": "queried values", "ko": "질문하는 값"}),
    ]
    tests = _pack(samples, small, edge, randoms, anti, maxes)
    return tests, stress, near_invalid, wrong, REF_LOWER, BRUTE_LOWER, constraints


def _cables(rng: random.Random, p: dict):
    max_k, max_n, max_l = p["max_k"], p["max_n"], p["max_l"]

    def render(ls: list[int], n: int) -> str:
        return f"{len(ls)} {n}\n" + " ".join(map(str, ls)) + "\n"

    def case(k_hi: int, l_hi: int, l_lo: int = 1) -> str:
        k = rng.randint(1, k_hi)
        ls = [rng.randint(l_lo, l_hi) for _ in range(k)]
        total = sum(ls)
        n = rng.randint(1, min(max_n, total)) if rng.random() < 0.5 else rng.randint(1, min(max_n, max(1, total // 4)))
        return render(ls, n)

    samples = [render(sorted(rng.sample(range(200, 900), 4)), rng.randint(8, 15)),
               render([rng.randint(5, 40) for _ in range(rng.randint(3, 5))], rng.randint(6, 12))]
    small = [case(rng.choice([1, 3, 8]), rng.choice([5, 40, 300])) for _ in range(10)]
    stress = [case(rng.choice([1, 3, 6]), rng.choice([4, 25, 120])) for _ in range(120)]
    edge = [(render([1], 1), True), (render([1] * 5, 5), True),  # every piece has length 1
            (render([max_l], 1), False),  # one piece: the whole cable
            (render([7, 7, 7], 3), True)]
    anti = [(render([1, 100], 2), True),  # pieces longer than the shortest cable
            (render([5, 5], 3), True),  # total / N = 3 but only 2 pieces of length 3 exist
            (render([rng.randint(10, 99)] * 4, 4), True),  # answer = the cable length itself
            (render([1] * 40, 40), True)]  # lengths 1: a search starting at 0 divides by zero
    randoms = []
    for _ in range(3):
        ls = [rng.randint(1, 10 ** 4) for _ in range(rng.randint(100, 200))]
        randoms.append(render(ls, rng.randint(max(1, sum(ls) // 5000), max(1, sum(ls) // 10))))
    hi_ls = [rng.randint(2 ** 30, max_l) for _ in range(max_k)]
    any_ls = [rng.randint(1, max_l) for _ in range(max_k)]
    maxes = [render(hi_ls, max_n), render(any_ls, rng.randint(max_n // 2, max_n)),
             render([max_l] * 3, max_n)]
    s0 = samples[0].split("\n")
    k0, n0 = map(int, s0[0].split())
    ls0 = s0[1].split()
    near_invalid = [
        f"{max_k + 1} 1\n" + " ".join(["1"] * (max_k + 1)) + "\n",
        f"1 {max_n + 1}\n{max_l}\n",
        f"{k0} {n0}\n" + " ".join(ls0[:-1] + [str(max_l + 1)]) + "\n",
        f"{k0} {n0}\n" + " ".join(["0"] + ls0[1:]) + "\n",
        "2 11\n5 5\n",  # even length 1 gives only 10 pieces
        f"{k0} {n0}\n" + " ".join(ls0[:-1]) + "\n",
        f"{k0} 0\n{s0[1]}\n",
        samples[0].rstrip("\n"),
    ]
    wrong = [WrongSolution("hi_exclusive", WRONG_CABLES_EXCLUSIVE),
             WrongSolution("hi_is_shortest_cable", WRONG_CABLES_MIN),
             WrongSolution("lo_zero_division", WRONG_CABLES_ZERO),
             WrongSolution("total_over_n", WRONG_CABLES_AVERAGE),
             WrongSolution("scan_every_length", SLOW_CABLES_SCAN, "slow")]
    constraints = [
        Constraint(symbol="K", low=1, high=max_k, meaning={"en": "pieces of material", "ko": "가지고 있는 개수"}),
        Constraint(symbol="N", low=1, high=max_n, meaning={"en": "pieces needed", "ko": "필요한 개수"}),
        Constraint(symbol="L_i", low=1, high=max_l, meaning={"en": "lengths", "ko": "길이"}),
    ]
    tests = _pack(samples, small, edge, randoms, anti, maxes)
    return tests, stress, near_invalid, wrong, REF_CABLES, BRUTE_CABLES, constraints


def _spread(rng: random.Random, p: dict):
    max_n, max_x = p["max_n"], p["max_x"]

    def render(xs: list[int], c: int) -> str:
        return f"{len(xs)} {c}\n" + " ".join(map(str, xs)) + "\n"

    def case(n_hi: int, span: int, n_lo: int = 2, c_hi: int = 0) -> str:
        n = rng.randint(n_lo, n_hi)
        xs = rng.sample(range(min(max_x + 1, max(span, n))), n)
        return render(xs, rng.randint(2, max(2, n + c_hi)))

    samples = [case(7, 20, n_lo=5, c_hi=-2), case(8, 40, n_lo=5, c_hi=-1)]
    small = [case(rng.choice([3, 6, 8]), rng.choice([10, 100, 10 ** 4])) for _ in range(10)]
    stress = [case(rng.choice([3, 5, 7]), rng.choice([8, 30, 1000])) for _ in range(120)]
    edge = [(render([0, max_x], 2), True), (render([max_x, 0, max_x // 2], 3), True),
            (render(list(range(8)), 8), True), (render(rng.sample(range(100), 8), 2), True),
            (render([0, 1, max_x - 1, max_x], 2), True)]
    cluster = [0, 1, 2, 3, 100]
    rng.shuffle(cluster)
    anti = [(render([9, 0, 5], 2), True),  # C = 2: the answer is the whole span (the top of the range)
            (render(cluster, 3), True),  # even spacing by index picks neighbours in the cluster
            (render([50, 10, 40, 20, 30, 0], 3), True),  # unsorted input
            (render([0, 4, 7, 8, 9, 13], 4), True)]
    randoms = []
    for _ in range(3):
        n = rng.randint(300, 800)
        c = rng.randint(2, n)
        span = max(n, (c - 1) * rng.randint(1, 60))
        randoms.append(render(rng.sample(range(span), n), c))
    wide = rng.sample(range(max_x + 1), max_n)
    clustered = sorted(rng.sample(range(max_x // 1000), max_n - 2)) + [max_x // 2, max_x]
    rng.shuffle(clustered)
    maxes = [render(wide, max_n // 2), render(wide, rng.randint(3, 12)), render(clustered, rng.randint(3, 6))]
    s0 = samples[0].split("\n")
    n0, c0 = map(int, s0[0].split())
    xs0 = s0[1].split()
    near_invalid = [
        f"{max_n + 1} 2\n" + " ".join(map(str, range(max_n + 1))) + "\n",
        f"{n0} {n0 + 1}\n{s0[1]}\n",
        f"{n0} 1\n{s0[1]}\n",
        f"{n0} {c0}\n" + " ".join(xs0[:-1] + [str(max_x + 1)]) + "\n",
        f"{n0} {c0}\n" + " ".join(["-1"] + xs0[1:]) + "\n",
        f"{n0} {c0}\n" + " ".join(xs0[:-1] + [xs0[0]]) + "\n",  # a repeated position
        f"{n0} {c0}\n" + " ".join(xs0[:-1]) + "\n",
        samples[0].rstrip("\n"),
    ]
    wrong = [WrongSolution("positions_not_sorted", WRONG_SPREAD_UNSORTED),
             WrongSolution("hi_exclusive", WRONG_SPREAD_EXCLUSIVE),
             WrongSolution("even_spacing_by_index", WRONG_SPREAD_EVEN),
             WrongSolution("scan_every_distance", SLOW_SPREAD_SCAN, "slow")]
    constraints = [
        Constraint(symbol="N", low=2, high=max_n, meaning={"en": "positions", "ko": "위치의 수"}),
        Constraint(symbol="C", low=2, high=max_n, meaning={"en": "and C ≤ N", "ko": "C ≤ N"}),
        Constraint(symbol="x_i", low=0, high=max_x, meaning={"en": "distinct positions", "ko": "서로 다른 위치"}),
    ]
    tests = _pack(samples, small, edge, randoms, anti, maxes)
    return tests, stress, near_invalid, wrong, REF_SPREAD, BRUTE_SPREAD, constraints


def _split(rng: random.Random, p: dict):
    max_n, max_a = p["max_n"], p["max_a"]

    def render(a: list[int], k: int) -> str:
        return f"{len(a)} {k}\n" + " ".join(map(str, a)) + "\n"

    def case(n_hi: int, hi: int, n_lo: int = 1) -> str:
        n = rng.randint(n_lo, n_hi)
        k = rng.randint(2, n - 2) if n_lo >= 4 else rng.randint(1, n)
        return render([rng.randint(1, hi) for _ in range(n)], k)

    samples = [case(7, 20, n_lo=5), case(8, 50, n_lo=6)]
    small = [case(rng.choice([3, 6, 10]), rng.choice([5, 100, 10 ** 4])) for _ in range(10)]
    stress = [case(rng.choice([2, 5, 8]), rng.choice([3, 30, max_a])) for _ in range(120)]
    edge = [(render([max_a], 1), True), (render([max_a] * 10, 10), True), (render([max_a] * 9, 3), True),
            (render([1] * 9, 4), True), (render([1, max_a, 1], 2), True)]
    anti = [(render([rng.randint(1, 9) for _ in range(6)], 1), True),  # K = 1: the answer is the whole sum
            (render([3, 1, 4, 1, 5, 9, 2, 6], 8), True),  # K = N: the answer is the largest value
            (render([2, 2, 2], 2), True),  # the average bound is not reachable
            (render([7, 2, 5, 10, 8], 2), True)]
    randoms = [render([rng.randint(1, 1000) for _ in range(n)], rng.randint(1, n))
               for n in (rng.randint(300, 1000) for _ in range(3))]
    maxes = [render([rng.randint(1, max_a) for _ in range(max_n)], rng.randint(2, 20)),
             render([rng.randint(max_a // 2, max_a) for _ in range(max_n)], max_n // rng.randint(10, 20)),
             render([rng.randint(1, max_a) for _ in range(max_n)], max_n // 2)]
    s0 = samples[0].split("\n")
    n0, k0 = map(int, s0[0].split())
    a0 = s0[1].split()
    near_invalid = [
        f"{max_n + 1} 1\n" + " ".join(["1"] * (max_n + 1)) + "\n",
        f"{n0} {n0 + 1}\n{s0[1]}\n",
        f"{n0} 0\n{s0[1]}\n",
        f"{n0} {k0}\n" + " ".join(a0[:-1] + [str(max_a + 1)]) + "\n",
        f"{n0} {k0}\n" + " ".join(["0"] + a0[1:]) + "\n",
        f"{n0} {k0}\n" + " ".join(a0 + ["1"]) + "\n",
        samples[0].rstrip("\n"),
    ]
    wrong = [WrongSolution("hi_below_total", WRONG_SPLIT_HI),
             WrongSolution("no_single_value_guard", WRONG_SPLIT_NO_GUARD),
             WrongSolution("average_lower_bound", WRONG_SPLIT_AVERAGE),
             WrongSolution("scan_every_limit", SLOW_SPLIT_SCAN, "slow")]
    constraints = [
        Constraint(symbol="N", low=1, high=max_n, meaning={"en": "length of the sequence", "ko": "수열의 길이"}),
        Constraint(symbol="K", low=1, high=max_n, meaning={"en": "groups, and K ≤ N", "ko": "묶음의 수, K ≤ N"}),
        Constraint(symbol="A_i", low=1, high=max_a, meaning={"en": "values", "ko": "각 값"}),
    ]
    tests = _pack(samples, small, edge, randoms, anti, maxes)
    return tests, stress, near_invalid, wrong, REF_SPLIT, BRUTE_SPLIT, constraints


def _explain(variant: str, inp: str, out: str, language: Language) -> str:
    data = list(map(int, inp.split()))
    got = out.split()
    ko = language == "ko"
    if variant == "lower_bound":
        n, q = data[0], data[1]
        xs = data[2 + n:2 + n + q]
        parts = [f"X = {x} → {g}" for x, g in zip(xs[:5], got)]
        tail = ("" if q <= 5 else (" 등" if ko else ", …"))
        if ko:
            return "A_i ≥ X인 첫 위치: " + ", ".join(parts) + tail + f". (없으면 N + 1 = {n + 1})"
        return "First position with A_i ≥ X: " + ", ".join(parts) + tail + f". (N + 1 = {n + 1} if there is none)"
    if variant == "cables":
        k, n = data[0], data[1]
        ls = data[2:2 + k]
        x = int(got[0])
        here, more = sum(v // x for v in ls), sum(v // (x + 1) for v in ls)
        if ko:
            return f"길이 {x}: {here}개 (≥ {n}), 길이 {x + 1}: {more}개 (< {n}). 따라서 답은 {x}입니다."
        return f"Length {x} gives {here} pieces (≥ {n}), but length {x + 1} gives only {more}, so the answer is {x}."
    if variant == "spread":
        n, c = data[0], data[1]
        xs = sorted(data[2:2 + n])
        d = int(got[0])
        chosen, last = [xs[0]], xs[0]
        for x in xs[1:]:
            if len(chosen) < c and x - last >= d:
                chosen.append(x)
                last = x
        shown = ", ".join(map(str, chosen)) if len(chosen) == c else ""
        if ko:
            return f"가장 가까운 두 위치 사이 거리의 최댓값은 {d}입니다" + (f" (예: {shown})." if shown else ".")
        return f"The closest pair can be kept {d} apart at best" + (f", e.g. at {shown}." if shown else ".")
    n, k = data[0], data[1]
    a = data[2:2 + n]
    limit = int(got[0])
    groups, cur = [[]], 0
    for x in a:
        if cur + x > limit:
            groups.append([])
            cur = 0
        groups[-1].append(x)
        cur += x
    shown = " | ".join(" ".join(map(str, g)) for g in groups) if len(groups) <= k and n <= 12 else ""
    if ko:
        return f"가장 큰 묶음의 합은 최소 {limit}입니다" + (f" (예: {shown})." if shown else ".")
    return f"The largest group sum is at least {limit} in every split" + (f"; {shown} achieves it." if shown else ".")


def _texts(variant: str, language: Language, t: dict[str, str]) -> tuple[str, str, str, str]:
    setting = t[variant]
    if language == "ko":
        if variant == "lower_bound":
            legend = (f"{setting} 질문 Q개가 주어지는데, 각 질문은 정수 X입니다. 각 질문마다 A_i ≥ X를 만족하는 가장 작은 "
                      "위치 i를 구하세요. 그런 위치가 없으면 N + 1을 답합니다.")
            input_format = ("첫째 줄에 N과 Q가 주어집니다. 둘째 줄에 A_1, A_2, ..., A_N이 공백으로 구분되어 주어집니다 "
                            "(A_1 ≤ A_2 ≤ ... ≤ A_N). 셋째 줄에 X_1, X_2, ..., X_Q가 주어집니다.")
            output_format = "각 질문의 답을 질문 순서대로 한 줄에 공백으로 구분하여 출력합니다."
            notes = "위치는 1부터 셉니다. 같은 값이 여러 번 나올 수 있습니다."
        elif variant == "cables":
            legend = f"{setting} 만들 수 있는 가장 긴 길이를 구하세요."
            input_format = ("첫째 줄에 K와 N이 주어집니다. 둘째 줄에 L_1, L_2, ..., L_K가 공백으로 구분되어 주어집니다.")
            output_format = "첫째 줄에 N개 이상을 만들 수 있는 가장 긴 정수 길이를 출력합니다."
            notes = "길이의 합은 N 이상이므로, 길이 1로는 언제나 N개 이상을 만들 수 있습니다."
        elif variant == "spread":
            legend = (f"{setting} 이웃한 {t['who']}들 사이의 거리 중 가장 짧은 것이 최대가 되도록 배치할 때, "
                      "그 거리를 구하세요.")
            input_format = ("첫째 줄에 N과 C가 주어집니다. 둘째 줄에 x_1, x_2, ..., x_N이 공백으로 구분되어 주어집니다. "
                            "위치는 정렬되어 있지 않을 수 있습니다.")
            output_format = "첫째 줄에 가장 짧은 거리의 최댓값을 출력합니다."
            notes = "위치는 모두 서로 다릅니다."
        else:
            legend = (f"{setting} 묶음의 합 중 가장 큰 값을 최소로 만들 때, 그 값을 구하세요.")
            input_format = "첫째 줄에 N과 K가 주어집니다. 둘째 줄에 A_1, A_2, ..., A_N이 공백으로 구분되어 주어집니다."
            output_format = "첫째 줄에 가장 큰 묶음 합의 최솟값을 출력합니다."
            notes = "값과 답은 32비트 정수 범위를 넘을 수 있습니다. 모든 묶음은 적어도 하나의 원소를 가져야 합니다."
        return legend, input_format, output_format, notes
    if variant == "lower_bound":
        legend = (f"{setting} You are given Q questions, each an integer X. For each question find the smallest "
                  "position i with A_i ≥ X, or N + 1 if there is no such position.")
        input_format = ("The first line contains N and Q. The second line contains A_1, A_2, ..., A_N "
                        "(A_1 ≤ A_2 ≤ ... ≤ A_N). The third line contains X_1, X_2, ..., X_Q.")
        output_format = "Print the Q answers on one line, separated by spaces, in the order of the questions."
        notes = "Positions are numbered from 1. Values may repeat."
    elif variant == "cables":
        legend = f"{setting} What is the greatest possible length?"
        input_format = "The first line contains K and N. The second line contains L_1, L_2, ..., L_K."
        output_format = "Print the greatest integer length that yields at least N pieces."
        notes = "The total length is at least N, so length 1 always works."
    elif variant == "spread":
        legend = (f"{setting} Place the {t['who']} so that the smallest distance between two of them is as large as "
                  "possible, and print that distance.")
        input_format = ("The first line contains N and C. The second line contains x_1, x_2, ..., x_N, which are not "
                        "necessarily sorted.")
        output_format = "Print the largest possible minimum distance."
        notes = "All positions are distinct."
    else:
        legend = f"{setting} Minimise the largest group sum and print it."
        input_format = "The first line contains N and K. The second line contains A_1, A_2, ..., A_N."
        output_format = "Print the smallest possible value of the largest group sum."
        notes = "Values and the answer may exceed 32-bit integers. Every group must contain at least one element."
    return legend, input_format, output_format, notes
