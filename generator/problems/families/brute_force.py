"""Brute force / exhaustive search: try every choice, but try it cleverly enough.

Variants by difficulty: tutorial (three cards with the largest sum not above M), easy (count the
subsets with sum S, N ≤ 20: enumerate all 2^N sums), medium (put operators between numbers in every
possible order: backtracking over operator counts), hard (count the subsets with sum S, N ≤ 40:
meet in the middle). The brute force is the plain exhaustive method on small inputs; the reference
searches the same space more cleverly.
"""
from __future__ import annotations

import random
from itertools import combinations

from generator.problems.family import Draft, Family, TestInput, WrongSolution, choose_theme
from generator.problems.schema import Constraint, Difficulty, Language

VARIANTS: dict[Difficulty, str] = {
    Difficulty.tutorial: "three_cards",
    Difficulty.easy: "subset_count",
    Difficulty.medium: "operators",
    Difficulty.hard: "subset_count_mitm",
}

CARD_MINN, CARD_MAXN, CARD_MINM, CARD_MAXM, CARD_MAXV = 3, 100, 10, 300_000, 100_000
SUB_MAXN, SUB_MAXS, SUB_MAXV = 20, 10**6, 100_000
OPS_MINN, OPS_MAXN, OPS_MAXV = 2, 11, 100
MITM_MAXN, MITM_MAXS, MITM_MAXV = 36, 10**6, 100_000

THEMES: dict[str, dict[Language, dict[str, str]]] = {
    "cards": {
        "en": {"title": "Card Game", "who": "Minsu", "item": "card", "items": "cards"},
        "ko": {"title": "카드 게임", "who": "민수는", "item": "카드", "unit": "장"},
    },
    "stones": {
        "en": {"title": "Magic Stones", "who": "A young wizard", "item": "magic stone", "items": "magic stones"},
        "ko": {"title": "마법의 돌", "who": "견습 마법사는", "item": "마법 돌", "unit": "개"},
    },
    "tiles": {
        "en": {"title": "Number Tiles", "who": "A puzzle fan", "item": "number tile", "items": "number tiles"},
        "ko": {"title": "숫자 타일", "who": "퍼즐 애호가는", "item": "숫자 타일", "unit": "개"},
    },
    "tickets": {
        "en": {"title": "Raffle Tickets", "who": "The raffle host", "item": "ticket", "items": "tickets"},
        "ko": {"title": "추첨 티켓", "who": "추첨 진행자는", "item": "티켓", "unit": "장"},
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

# ------------------------------------------------------------------------------------------- three_cards
CARD_VALIDATOR = VALIDATOR_HEAD + r'''
MINN, MAXN, MINM, MAXM, MAXV = %(minn)d, %(maxn)d, %(minm)d, %(maxm)d, %(maxv)d
assert len(lines) == 2, "expected exactly two lines"
n, m = ints(lines[0], 2)
assert MINN <= n <= MAXN, "N out of range"
assert MINM <= m <= MAXM, "M out of range"
cards = ints(lines[1], n)
for c in cards:
    assert 1 <= c <= MAXV, "card value out of range"
assert sum(sorted(cards)[:3]) <= m, "some three cards must fit under M"
'''

CARD_REFERENCE = r'''
import sys
data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
a = sorted(map(int, data[2:2 + n]))
best = 0
for i in range(n - 2):  # fix the smallest card, two pointers for the other two
    j, k = i + 1, n - 1
    while j < k:
        s = a[i] + a[j] + a[k]
        if s > m:
            k -= 1
        else:
            if s > best:
                best = s
            j += 1
print(best)
'''

CARD_BRUTE = r'''
import sys
data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
a = [int(x) for x in data[2:2 + n]]
best = 0
for i in range(n):
    for j in range(i + 1, n):
        for k in range(j + 1, n):
            s = a[i] + a[j] + a[k]
            if s <= m and s > best:
                best = s
print(best)
'''

CARD_WRONG_GREEDY = r'''
import sys
data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
a = sorted(map(int, data[2:2 + n]), reverse=True)
total, taken = 0, 0
for c in a:  # grabs the largest card that still fits
    if taken < 3 and total + c <= m:
        total += c
        taken += 1
print(total)
'''

CARD_WRONG_REUSE = r'''
import sys
data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
a = [int(x) for x in data[2:2 + n]]
best = 0
for i in range(n):
    for j in range(i, n):  # may pick the same card twice or three times
        for k in range(j, n):
            s = a[i] + a[j] + a[k]
            if best < s <= m:
                best = s
print(best)
'''

CARD_WRONG_STRICT = r'''
import sys
data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
a = [int(x) for x in data[2:2 + n]]
best = 0
for i in range(n):
    for j in range(i + 1, n):
        for k in range(j + 1, n):
            s = a[i] + a[j] + a[k]
            if best < s < m:  # "not above M" read as "below M"
                best = s
print(best)
'''

CARD_SLOW = r'''
import sys
data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
a = [int(x) for x in data[2:2 + n]]
best = 0
for mask in range(1 << n):  # every subset of cards, keeping those of size three
    if bin(mask).count("1") == 3:
        s = sum(a[i] for i in range(n) if mask >> i & 1)
        if best < s <= m:
            best = s
print(best)
'''

# ------------------------------------------------------------------------------ subset_count (both sizes)
SUB_VALIDATOR = VALIDATOR_HEAD + r'''
MAXN, MAXS, MAXV = %(maxn)d, %(maxs)d, %(maxv)d
assert len(lines) == 2, "expected exactly two lines"
n, s = ints(lines[0], 2)
assert 1 <= n <= MAXN, "N out of range"
assert -MAXS <= s <= MAXS, "S out of range"
for v in ints(lines[1], n):
    assert -MAXV <= v <= MAXV, "value out of range"
'''

SUB_REFERENCE = r'''
import sys
data = sys.stdin.read().split()
n, s = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
sums = [0]
for x in a:  # all 2^N subset sums, doubling the list once per number
    sums += [y + x for y in sums]
print(sums.count(s) - (s == 0))  # the empty subset does not count
'''

SUB_BRUTE = r'''
import sys
sys.setrecursionlimit(10000)
data = sys.stdin.read().split()
n, s = int(data[0]), int(data[1])
a = [int(x) for x in data[2:2 + n]]
def count(i, total, picked):
    if i == n:
        return 1 if picked and total == s else 0
    return count(i + 1, total + a[i], True) + count(i + 1, total, picked)
print(count(0, 0, False))
'''

SUB_WRONG_EMPTY = r'''
import sys
data = sys.stdin.read().split()
n, s = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
sums = [0]
for x in a:
    sums += [y + x for y in sums]
print(sums.count(s))  # counts the empty subset when S = 0
'''

SUB_WRONG_CONTIGUOUS = r'''
import sys
data = sys.stdin.read().split()
n, s = int(data[0]), int(data[1])
a = [int(x) for x in data[2:2 + n]]
count = 0
for i in range(n):  # only contiguous pieces, not every subset
    total = 0
    for j in range(i, n):
        total += a[j]
        count += total == s
print(count)
'''

SUB_SLOW = r'''
import sys
data = sys.stdin.read().split()
n, s = int(data[0]), int(data[1])
a = [int(x) for x in data[2:2 + n]]
count = 0
for mask in range(1, 1 << n):  # every subset, summed from scratch: O(2^N * N)
    total = 0
    for i in range(n):
        if mask >> i & 1:
            total += a[i]
    if total == s:
        count += 1
print(count)
'''

MITM_REFERENCE = r'''
import sys
from collections import Counter
from itertools import repeat
data = sys.stdin.read().split()
n, s = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
def all_sums(v):
    sums = [0]
    for x in v:  # both lists stay sorted: merging two sorted runs is linear
        sums = sorted(sums + [y + x for y in sums])
    return sums
left, right = all_sums(a[:n // 2]), all_sums(a[n // 2:])
count = Counter(right)
total = sum(map(count.get, [s - x for x in left], repeat(0)))
print(total - (s == 0))  # the empty subset does not count
'''

MITM_WRONG_SET = r'''
import sys
data = sys.stdin.read().split()
n, s = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
def all_sums(v):
    sums = [0]
    for x in v:
        sums += [y + x for y in sums]
    return sums
left, right = all_sums(a[:n // 2]), set(all_sums(a[n // 2:]))  # forgets how often each sum occurs
print(sum(1 for x in left if s - x in right) - (s == 0))
'''

MITM_SLOW = r'''
import sys
sys.setrecursionlimit(10000)
data = sys.stdin.read().split()
n, s = int(data[0]), int(data[1])
a = [int(x) for x in data[2:2 + n]]
def count(i, total):  # plain 2^N search
    if i == n:
        return 1 if total == s else 0
    return count(i + 1, total + a[i]) + count(i + 1, total)
print(count(0, 0) - (s == 0))
'''

# --------------------------------------------------------------------------------------------- operators
OPS_VALIDATOR = VALIDATOR_HEAD + r'''
MINN, MAXN, MAXV = %(minn)d, %(maxn)d, %(maxv)d
assert len(lines) == 3, "expected exactly three lines"
(n,) = ints(lines[0], 1)
assert MINN <= n <= MAXN, "N out of range"
for v in ints(lines[1], n):
    assert 1 <= v <= MAXV, "A_i out of range"
ops = ints(lines[2], 4)
assert all(c >= 0 for c in ops), "operator counts must be non-negative"
assert sum(ops) == n - 1, "there must be exactly N - 1 operators"
'''

OPS_REFERENCE = r'''
import sys
sys.setrecursionlimit(10000)
data = sys.stdin.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
left = list(map(int, data[1 + n:5 + n]))
best = [None, None]
def div(x, y):
    return -(-x // y) if x < 0 else x // y  # truncate toward zero
def go(i, value):
    if i == n:
        if best[0] is None or value > best[0]:
            best[0] = value
        if best[1] is None or value < best[1]:
            best[1] = value
        return
    x = a[i]
    for op in range(4):  # one branch per kind of operator still left, not per operator
        if left[op]:
            left[op] -= 1
            if op == 0:
                go(i + 1, value + x)
            elif op == 1:
                go(i + 1, value - x)
            elif op == 2:
                go(i + 1, value * x)
            else:
                go(i + 1, div(value, x))
            left[op] += 1
go(1, a[0])
print(best[0])
print(best[1])
'''

OPS_BRUTE = r'''
import sys
from itertools import permutations
data = sys.stdin.read().split()
n = int(data[0])
a = [int(x) for x in data[1:1 + n]]
cnt = [int(x) for x in data[1 + n:5 + n]]
ops = "+" * cnt[0] + "-" * cnt[1] + "*" * cnt[2] + "/" * cnt[3]
results = []
for order in permutations(ops):
    value = a[0]
    for op, x in zip(order, a[1:]):
        if op == "+":
            value = value + x
        elif op == "-":
            value = value - x
        elif op == "*":
            value = value * x
        else:
            q = abs(value) // x
            value = q if value >= 0 else -q
    results.append(value)
print(max(results))
print(min(results))
'''

OPS_WRONG_FLOOR = r'''
import sys
from itertools import permutations
data = sys.stdin.read().split()
n = int(data[0])
a = [int(x) for x in data[1:1 + n]]
cnt = [int(x) for x in data[1 + n:5 + n]]
ops = "+" * cnt[0] + "-" * cnt[1] + "*" * cnt[2] + "/" * cnt[3]
results = []
for order in set(permutations(ops)):
    value = a[0]
    for op, x in zip(order, a[1:]):
        if op == "+":
            value += x
        elif op == "-":
            value -= x
        elif op == "*":
            value *= x
        else:
            value //= x  # Python floors: -7 // 2 is -4, not -3
    results.append(value)
print(max(results))
print(min(results))
'''

OPS_WRONG_SENTINEL = r'''
import sys
sys.setrecursionlimit(10000)
data = sys.stdin.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
left = list(map(int, data[1 + n:5 + n]))
best = [-10**9, 10**9]  # "big enough" starting values, but results can go far beyond 10^9
def go(i, value):
    if i == n:
        best[0] = max(best[0], value)
        best[1] = min(best[1], value)
        return
    x = a[i]
    for op in range(4):
        if left[op]:
            left[op] -= 1
            nxt = (value + x, value - x, value * x, -(-value // x) if value < 0 else value // x)[op]
            go(i + 1, nxt)
            left[op] += 1
go(1, a[0])
print(best[0])
print(best[1])
'''

OPS_WRONG_FIXED = r'''
import sys
data = sys.stdin.read().split()
n = int(data[0])
a = [int(x) for x in data[1:1 + n]]
cnt = [int(x) for x in data[1 + n:5 + n]]
ops = "+" * cnt[0] + "-" * cnt[1] + "*" * cnt[2] + "/" * cnt[3]
value = a[0]
for op, x in zip(ops, a[1:]):  # only tries the operators in the given order
    if op == "+":
        value += x
    elif op == "-":
        value -= x
    elif op == "*":
        value *= x
    else:
        value = -(-value // x) if value < 0 else value // x
print(value)
print(value)
'''

OPS_SLOW = r'''
import sys
from itertools import permutations
data = sys.stdin.read().split()
n = int(data[0])
a = [int(x) for x in data[1:1 + n]]
cnt = [int(x) for x in data[1 + n:5 + n]]
ops = [0] * cnt[0] + [1] * cnt[1] + [2] * cnt[2] + [3] * cnt[3]
hi = lo = None
for order in permutations(ops):  # (N-1)! orders, repeats included
    value = a[0]
    for op, x in zip(order, a[1:]):
        if op == 0:
            value += x
        elif op == 1:
            value -= x
        elif op == 2:
            value *= x
        else:
            value = -(-value // x) if value < 0 else value // x
    if hi is None or value > hi:
        hi = value
    if lo is None or value < lo:
        lo = value
print(hi)
print(lo)
'''


class BruteForce(Family):
    name = "brute_force"
    category = "brute force / exhaustive search"
    tags = ("brute force", "backtracking", "exhaustive search")
    keywords = (
        "brute force", "bruteforce", "brute-force", "exhaustive", "exhaustive search", "complete search",
        "backtracking", "combinations", "subsets", "subset sum", "permutations", "meet in the middle",
        "완전 탐색", "완전탐색", "브루트 포스", "브루트포스", "백트래킹", "조합", "부분집합", "부분 집합", "부분수열의 합", "순열",
    )

    def draft(self, rng: random.Random, difficulty: Difficulty, language: Language) -> Draft:
        variant = VARIANTS[difficulty]
        theme, t = choose_theme(rng, THEMES, language)
        parts = {
            "three_cards": _build_cards,
            "subset_count": _build_subsets,
            "operators": _build_operators,
            "subset_count_mitm": _build_mitm,
        }[variant](rng)
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
            constraints=parts["constraints"],
            reference=parts["reference"],
            brute=parts["brute"],
            validator=parts["validator"],
            tests=parts["tests"],
            stress=parts["stress"],
            near_invalid=parts["near_invalid"],
            wrong_solutions=parts["wrong"],
            memory_mb=parts.get("memory_mb", 256),
            explain=lambda inp, out: _explain(variant, inp, out, language, t),
            signature_key=f"{theme}:{variant}",
        )


def _tests(samples, small, edge, randoms, anti, maxes, *, small_n: int) -> list[TestInput]:
    def n_of(s: str) -> int:
        return int(s.split()[0])

    return (
        [TestInput(s, "sample", small=True) for s in samples]
        + [TestInput(s, "small", small=True) for s in small]
        + [TestInput(s, "edge", small=n_of(s) <= small_n) for s in edge]
        + [TestInput(s, "random") for s in randoms]
        + [TestInput(s, "anti", small=n_of(s) <= small_n) for s in anti]
        + [TestInput(s, "max") for s in maxes]
    )


def _render_head(first: tuple[int, ...], values: list[int]) -> str:
    return " ".join(map(str, first)) + "\n" + " ".join(map(str, values)) + "\n"


def _build_cards(rng: random.Random) -> dict:
    minn, maxn, minm, maxm, maxv = CARD_MINN, CARD_MAXN, CARD_MINM, CARD_MAXM, CARD_MAXV

    def case(n: int, hi: int) -> str:
        cards = [rng.randint(1, hi) for _ in range(n)]
        low = max(minm, sum(sorted(cards)[:3]))
        top = min(maxm, max(low, sum(sorted(cards)[-3:])))
        return _render_head((n, rng.randint(low, top)), cards)

    samples = [case(5, 10), case(rng.randint(6, 8), 30)]
    small = [case(rng.randint(3, 12), rng.choice([10, 100, maxv])) for _ in range(10)]
    edge = [_render_head((3, 10), [1, 2, 3]), _render_head((3, maxm), [maxv] * 3),
            _render_head((5, 30), [10] * 5), _render_head((4, minm), [3, 3, 4, 9])]
    randoms = [case(rng.randint(15, 20), rng.choice([100, maxv])) for _ in range(3)]
    anti = [
        _render_head((4, 15), [5, 1, 1, 1]),  # picking one card three times would reach 15
        _render_head((6, 21), [10, 6, 5, 8, 3, 2]),  # greedy takes 10 + 8 + 3; 10 + 6 + 5 = 21 is exact
        _render_head((5, 24), [7, 8, 9, 20, 1]),  # exactly M is allowed
        _render_head((7, 100), [45, 40, 30, 30, 12, 9, 3]),
    ]
    maxes = [case(maxn, maxv), _render_head((maxn, maxm), [rng.randint(maxv // 2, maxv) for _ in range(maxn)])]
    stress = [case(rng.randint(3, 9), rng.choice([5, 20, 100])) for _ in range(120)]
    near_invalid = [
        _render_head((maxn + 1, maxm), [1] * (maxn + 1)),
        _render_head((2, 10), [1, 2]),
        _render_head((3, maxm + 1), [1, 2, 3]),
        _render_head((3, 20), [1, 2, maxv + 1]),
        _render_head((3, 20), [0, 2, 3]),
        _render_head((3, 10), [3, 4, 5]),  # no three cards fit under M
        "4 20\n1 2 3\n",
        "3 20\n1 2 3\n".rstrip("\n"),
    ]
    wrong = [
        WrongSolution("greedy_largest_first", CARD_WRONG_GREEDY),
        WrongSolution("reuses_cards", CARD_WRONG_REUSE),
        WrongSolution("strictly_below_m", CARD_WRONG_STRICT),
        WrongSolution("all_subsets_bitmask", CARD_SLOW, "slow"),
    ]
    constraints = [
        Constraint(symbol="N", low=minn, high=maxn, meaning={"en": "number of items", "ko": "물건의 수"}),
        Constraint(symbol="M", low=minm, high=maxm, meaning={"en": "the limit", "ko": "한도"}),
        Constraint(symbol="A_i", low=1, high=maxv, meaning={"en": "written numbers", "ko": "적힌 수"}),
    ]
    return {
        "constraints": constraints, "reference": CARD_REFERENCE, "brute": CARD_BRUTE,
        "validator": CARD_VALIDATOR % {"minn": minn, "maxn": maxn, "minm": minm, "maxm": maxm, "maxv": maxv},
        "tests": _tests(samples, small, edge, randoms, anti, maxes, small_n=100),
        "stress": stress, "near_invalid": near_invalid, "wrong": wrong,
    }


def _subset_case(rng: random.Random, n: int, hi: int, maxs: int) -> str:
    a = [rng.randint(-hi, hi) for _ in range(n)]
    roll = rng.random()
    if roll < 0.6:  # a sum that some subset really has
        picked = [x for x in a if rng.random() < 0.5] or a[:1]
        s = sum(picked)
    elif roll < 0.75:
        s = 0
    else:
        s = rng.randint(-min(maxs, hi * n), min(maxs, hi * n))
    return _render_head((n, max(-maxs, min(maxs, s))), a)


def _zero_sum_sample(rng: random.Random) -> str:
    """The hand-made "-7 -3 -2 5 8" with S = 0 (only {-3, -2, 5} works, and the empty choice must not count),
    in a random order, times a random factor, maybe negated: the subsets with sum 0 stay the same."""
    k = rng.randint(1, 9) * rng.choice([1, -1])
    values = [k * x for x in (-7, -3, -2, 5, 8)]
    rng.shuffle(values)
    return _render_head((5, 0), values)


def _build_subsets(rng: random.Random) -> dict:
    maxn, maxs, maxv = SUB_MAXN, SUB_MAXS, SUB_MAXV
    samples = [_zero_sum_sample(rng), _subset_case(rng, rng.randint(4, 6), 5, maxs)]
    small = [_subset_case(rng, rng.randint(1, 12), rng.choice([2, 10, maxv]), maxs) for _ in range(10)]
    edge = [_render_head((1, 0), [0]), _render_head((1, maxs), [maxv]), _render_head((1, -maxv), [-maxv]),
            _render_head((12, 0), [0] * 12), _render_head((10, 10), [1] * 10)]
    randoms = [_subset_case(rng, rng.randint(13, 16), rng.choice([5, 100, maxv]), maxs) for _ in range(3)]
    anti = [
        _render_head((6, 0), [3, -3, 2, -2, 1, -1]),  # S = 0: the empty subset must not count
        _render_head((5, 6), [1, 9, 2, 7, 3]),  # 1 + 2 + 3 is not contiguous
        _render_head((8, 4), [2, -1, 2, -1, 2, -1, 2, -1]),
    ]
    maxes = [_subset_case(rng, maxn, maxv, maxs), _render_head((maxn, 0), [rng.randint(-3, 3) for _ in range(maxn)])]
    stress = [_subset_case(rng, rng.randint(1, 10), rng.choice([1, 3, 10]), maxs) for _ in range(120)]
    near_invalid = [
        _render_head((maxn + 1, 0), [1] * (maxn + 1)),
        _render_head((2, maxs + 1), [1, 2]),
        _render_head((2, 3), [1, maxv + 1]),
        _render_head((2, 3), [-maxv - 1, 1]),
        _render_head((0, 3), []).replace("\n\n", "\n"),
        "3 5\n1 2\n",
        "2 5\n1 2 \n",
        "2 5\n1 2\n".rstrip("\n"),
    ]
    wrong = [
        WrongSolution("counts_empty_subset", SUB_WRONG_EMPTY),
        WrongSolution("contiguous_only", SUB_WRONG_CONTIGUOUS),
        WrongSolution("bitmask_sum_from_scratch", SUB_SLOW, "slow"),
    ]
    constraints = [
        Constraint(symbol="N", low=1, high=maxn, meaning={"en": "how many numbers", "ko": "수의 개수"}),
        Constraint(symbol="S", low=-maxs, high=maxs, meaning={"en": "target sum", "ko": "목표 합"}),
        Constraint(symbol="A_i", low=-maxv, high=maxv, meaning={"en": "the numbers", "ko": "주어지는 수"}),
    ]
    return {
        "constraints": constraints, "reference": SUB_REFERENCE, "brute": SUB_BRUTE,
        "validator": SUB_VALIDATOR % {"maxn": maxn, "maxs": maxs, "maxv": maxv},
        "tests": _tests(samples, small, edge, randoms, anti, maxes, small_n=16),
        "stress": stress, "near_invalid": near_invalid, "wrong": wrong,
    }


def _build_mitm(rng: random.Random) -> dict:
    maxn, maxs, maxv = MITM_MAXN, MITM_MAXS, MITM_MAXV
    samples = [_zero_sum_sample(rng), _subset_case(rng, rng.randint(5, 7), 5, maxs)]
    small = [_subset_case(rng, rng.randint(1, 15), rng.choice([2, 10, maxv]), maxs) for _ in range(10)]
    edge = [_render_head((1, 0), [0]), _render_head((1, maxs), [maxv]), _render_head((2, -maxv), [-maxv, 0]),
            _render_head((14, 0), [0] * 14), _render_head((15, 7), [1] * 15)]
    randoms = [_subset_case(rng, rng.randint(16, 18), rng.choice([5, 100, maxv]), maxs) for _ in range(3)]
    anti = [
        _render_head((6, 0), [3, -3, 2, -2, 1, -1]),  # S = 0: the empty subset must not count
        _render_head((12, 6), [1, 2, 3, 1, 2, 3, 3, 2, 1, 3, 2, 1]),  # equal half-sums must all be counted
        _render_head((16, 0), [rng.randint(-2, 2) for _ in range(16)]),
    ]
    maxes = [
        _subset_case(rng, maxn, maxv, maxs),
        _render_head((maxn, 0), [0] * maxn),  # every non-empty subset: 2^N - 1
        _subset_case(rng, maxn, 50, maxs),
    ]
    stress = [_subset_case(rng, rng.randint(1, 10), rng.choice([1, 3, 10]), maxs) for _ in range(120)]
    near_invalid = [
        _render_head((maxn + 1, 0), [1] * (maxn + 1)),
        _render_head((2, maxs + 1), [1, 2]),
        _render_head((2, -maxs - 1), [1, 2]),
        _render_head((2, 3), [1, maxv + 1]),
        "3 5\n1 2\n",
        "2 5\n1 2 \n",
        "2 5\n1 2\n".rstrip("\n"),
    ]
    wrong = [
        WrongSolution("counts_empty_subset", SUB_WRONG_EMPTY),
        WrongSolution("distinct_half_sums", MITM_WRONG_SET),
        WrongSolution("plain_2_to_the_n", MITM_SLOW, "slow"),
    ]
    constraints = [
        Constraint(symbol="N", low=1, high=maxn, meaning={"en": "how many numbers", "ko": "수의 개수"}),
        Constraint(symbol="S", low=-maxs, high=maxs, meaning={"en": "target sum", "ko": "목표 합"}),
        Constraint(symbol="A_i", low=-maxv, high=maxv, meaning={"en": "the numbers", "ko": "주어지는 수"}),
    ]
    return {
        "constraints": constraints, "reference": MITM_REFERENCE, "brute": SUB_BRUTE,
        "validator": SUB_VALIDATOR % {"maxn": maxn, "maxs": maxs, "maxv": maxv},
        "tests": _tests(samples, small, edge, randoms, anti, maxes, small_n=16),
        "stress": stress, "near_invalid": near_invalid, "wrong": wrong, "memory_mb": 512,
    }


def _build_operators(rng: random.Random) -> dict:
    minn, maxn, maxv = OPS_MINN, OPS_MAXN, OPS_MAXV

    def render(a: list[int], ops: list[int]) -> str:
        return f"{len(a)}\n" + " ".join(map(str, a)) + "\n" + " ".join(map(str, ops)) + "\n"

    def split(total: int) -> list[int]:
        ops = [0, 0, 0, 0]
        for _ in range(total):
            ops[rng.randrange(4)] += 1
        return ops

    def case(n: int, hi: int) -> str:
        return render([rng.randint(1, hi) for _ in range(n)], split(n - 1))

    samples = [render([rng.randint(1, 9) for _ in range(3)], split(2)), case(rng.randint(4, 6), 9)]
    small = [case(rng.randint(minn, 8), rng.choice([3, 10, maxv])) for _ in range(10)]
    edge = [render([1, 1], [0, 0, 0, 1]), render([maxv, maxv], [0, 0, 1, 0]), render([1] * 8, [0, 7, 0, 0]),
            render([maxv] * 8, [2, 2, 2, 1]), render([5] * 9, [2, 2, 2, 2])]
    randoms = [case(rng.randint(7, 9), maxv) for _ in range(3)]
    anti = [
        render([1, 6, 4], [0, 1, 0, 1]),  # (1 - 6) / 4 truncates to -1, floor division gives -2
        render([3, 10, 7, 2, 9], [0, 2, 0, 2]),
        render([maxv] * 6, [0, 0, 5, 0]),  # every result is far above 10^9
        render([1, maxv, maxv, maxv, maxv, maxv], [0, 1, 4, 0]),  # every result is far below -10^9
    ]
    maxes = [render([rng.randint(1, maxv) for _ in range(maxn)], [3, 3, 2, 2]),
             render([rng.randint(1, maxv) for _ in range(maxn)], [2, 3, 3, 2])]
    stress = [case(rng.randint(minn, 7), rng.choice([3, 10, maxv])) for _ in range(120)]
    near_invalid = [
        render([1] * (maxn + 1), [maxn, 0, 0, 0]),
        render([1], [0, 0, 0, 0]),
        render([1, maxv + 1], [1, 0, 0, 0]),
        render([0, 5], [1, 0, 0, 0]),
        render([1, 2, 3], [1, 0, 0, 0]),  # too few operators
        render([1, 2, 3], [1, 1, -1, 1]),
        "3\n1 2\n1 1 0 0\n",
        "2\n1 2\n1 0 0\n",
    ]
    wrong = [
        WrongSolution("floor_division", OPS_WRONG_FLOOR),
        WrongSolution("sentinel_plus_minus_1e9", OPS_WRONG_SENTINEL),
        WrongSolution("operators_in_given_order", OPS_WRONG_FIXED),
        WrongSolution("all_permutations_with_repeats", OPS_SLOW, "slow"),
    ]
    constraints = [
        Constraint(symbol="N", low=minn, high=maxn, meaning={"en": "how many numbers", "ko": "수의 개수"}),
        Constraint(symbol="A_i", low=1, high=maxv, meaning={"en": "the numbers", "ko": "주어지는 수"}),
        Constraint(symbol="P + Q + R + T", low=minn - 1, high=maxn - 1, meaning={
            "en": "operator counts, equal to N - 1", "ko": "연산자 개수의 합, N - 1과 같음"}),
    ]
    return {
        "constraints": constraints, "reference": OPS_REFERENCE, "brute": OPS_BRUTE,
        "validator": OPS_VALIDATOR % {"minn": minn, "maxn": maxn, "maxv": maxv},
        "tests": _tests(samples, small, edge, randoms, anti, maxes, small_n=9),
        "stress": stress, "near_invalid": near_invalid, "wrong": wrong,
    }


def _explain(variant: str, inp: str, out: str, language: Language, t: dict[str, str]) -> str:
    ko = language == "ko"
    toks = inp.split()
    res = out.split()
    if variant == "three_cards":
        n, m = int(toks[0]), int(toks[1])
        a = list(map(int, toks[2:2 + n]))
        best = int(res[0])
        trio = next((c for c in combinations(a, 3) if sum(c) == best), None)
        shown = " + ".join(map(str, trio)) + f" = {best}" if trio else str(best)
        return (f"{shown}: M = {m} 이하인 합 중 가장 큽니다." if ko
                else f"{shown} is the largest sum that does not exceed {m}.")
    if variant in ("subset_count", "subset_count_mitm"):
        n, s = int(toks[0]), int(toks[1])
        a = list(map(int, toks[2:2 + n]))
        count = int(res[0])
        listed = ""
        if 0 < count <= 4 and n <= 12:
            found = [c for r in range(1, n + 1) for c in combinations(a, r) if sum(c) == s]
            listed = " (" + "; ".join("{" + ", ".join(map(str, c)) + "}" for c in found) + ")"
        return (f"합이 {s}인 부분집합은 {count}개입니다{listed}." if ko
                else f"{count} non-empty {'subset sums' if count == 1 else 'subsets sum'} to {s}{listed}.")
    return (f"만들 수 있는 식의 결과 중 최댓값은 {res[0]}, 최솟값은 {res[1]}입니다." if ko
            else f"Over all orders of the operators, the largest result is {res[0]} and the smallest is {res[1]}.")


def _texts(variant: str, language: Language, t: dict[str, str]) -> tuple[str, str, str, str]:
    if language == "ko":
        item, unit = t["item"], t["unit"]
        if variant == "three_cards":
            legend = (f"{t['who']} 양의 정수가 하나씩 적힌 {item} N{_josa(unit, '을', '를')} 가지고 있습니다. 이 중 서로 다른 세 {_josa(unit, '을', '를')} 골라 "
                      f"적힌 수의 합이 M을 넘지 않으면서 M에 최대한 가깝게 만들려고 합니다. 그 합을 구하세요.")
            inp = f"첫째 줄에 N과 M이 주어집니다. 둘째 줄에 각 {item}에 적힌 수 A_1, ..., A_N이 공백으로 구분되어 주어집니다."
            out = "M을 넘지 않는 세 수의 합 중 가장 큰 값을 출력합니다."
            notes = f"합이 M 이하가 되도록 세 {_josa(unit, '을', '를')} 고를 수 있는 입력만 주어집니다."
        elif variant in ("subset_count", "subset_count_mitm"):
            legend = (f"{t['who']} 정수가 하나씩 적힌 {item} N{_josa(unit, '을', '를')} 가지고 있습니다. 적힌 수는 음수일 수도 있습니다. "
                      f"한 {unit} 이상을 골랐을 때 적힌 수의 합이 정확히 S가 되는 방법의 수를 구하세요. "
                      f"같은 수가 적혀 있더라도 서로 다른 {_josa(item, '은', '는')} 구별합니다.")
            inp = "첫째 줄에 N과 S가 주어집니다. 둘째 줄에 A_1, ..., A_N이 공백으로 구분되어 주어집니다."
            out = "합이 S인, 공집합이 아닌 부분집합의 개수를 출력합니다."
            notes = ("답이 매우 클 수 있습니다." if variant == "subset_count_mitm"
                     else "아무것도 고르지 않는 경우는 세지 않습니다.")
            if variant == "subset_count_mitm":
                notes += " 아무것도 고르지 않는 경우는 세지 않습니다."
        else:
            legend = (f"{t['who']} 수가 적힌 {item} N{_josa(unit, '을', '를')} 순서대로 늘어놓았습니다: A_1, A_2, ..., A_N. 수와 수 사이에 "
                      "넣을 연산자 N-1개가 주어지는데, 덧셈(+) P개, 뺄셈(-) Q개, 곱셈(×) R개, 나눗셈(÷) T개입니다. "
                      "수의 순서는 바꿀 수 없고, 연산자는 원하는 순서로 하나씩 수 사이에 넣습니다. 식은 연산자 "
                      "우선순위를 무시하고 앞에서부터 차례로 계산합니다. 나눗셈은 정수 나눗셈으로 몫만 취하며, 음수를 "
                      "양수로 나눌 때는 양수로 바꾸어 몫을 구한 뒤 다시 음수로 바꿉니다. 만들 수 있는 식의 결과 중 "
                      "최댓값과 최솟값을 구하세요.")
            inp = ("첫째 줄에 N이 주어집니다. 둘째 줄에 A_1, ..., A_N이 공백으로 구분되어 주어집니다. "
                   "셋째 줄에 P, Q, R, T가 공백으로 구분되어 주어집니다.")
            out = "첫째 줄에 최댓값을, 둘째 줄에 최솟값을 출력합니다."
            notes = "예를 들어 -7 ÷ 2 는 -3입니다. 결과는 매우 크거나 작을 수 있습니다."
        return legend, inp, out, notes
    item, items = t["item"], t["items"]
    if variant == "three_cards":
        legend = (f"{t['who']} has N {items}, each with a positive integer written on it. Choose three different "
                  f"{items} so that the sum of their numbers does not exceed M and is as close to M as possible. "
                  "Print that sum.")
        inp = "The first line contains N and M. The second line contains A_1, ..., A_N, the written numbers."
        out = "Print the largest sum of three numbers that does not exceed M."
        notes = "Inputs always allow three items with sum at most M."
    elif variant in ("subset_count", "subset_count_mitm"):
        legend = (f"{t['who']} has N {items}, each with an integer written on it; numbers may be negative. "
                  f"Count the ways to choose one or more {items} whose numbers add up to exactly S. "
                  f"Different {items} are different choices even if they carry the same number.")
        inp = "The first line contains N and S. The second line contains A_1, ..., A_N separated by spaces."
        out = "Print the number of non-empty subsets with sum S."
        notes = "Choosing nothing does not count."
        if variant == "subset_count_mitm":
            notes += " The answer can be very large."
    else:
        legend = (f"{t['who']} lays out N {items} in a row with numbers A_1, A_2, ..., A_N. There are N - 1 operators "
                  "to put between them: P additions (+), Q subtractions (-), R multiplications (×) and T divisions "
                  "(÷). The numbers stay in place; the operators may go in any order, one between each pair of "
                  "neighbours. The expression is evaluated strictly from left to right, ignoring the usual "
                  "precedence. Division keeps only the integer part of the quotient, rounding toward zero. Find the "
                  "largest and the smallest result over all possible expressions.")
        inp = ("The first line contains N. The second line contains A_1, ..., A_N. The third line contains P, Q, R "
               "and T.")
        out = "Print the largest result on the first line and the smallest on the second."
        notes = "For example, -7 ÷ 2 is -3. Results may be very large or very small."
    return legend, inp, out, notes


def _josa(word: str, with_final: str, without_final: str) -> str:
    """Attach the Korean particle that fits the last syllable (을/를, 이/가, 은/는, 과/와)."""
    last = word[-1]
    has_final = "가" <= last <= "힣" and (ord(last) - 0xAC00) % 28 != 0
    return word + (with_final if has_final else without_final)
