"""Sorting: plain order, multi-key order, ranks, and how far a sequence is from sorted.

Variants by difficulty: tutorial (sort integers ascending), easy (sort records by several keys, some
descending, ties by name), medium (coordinate compression: the rank of every value among the distinct
values), hard (count inversions: merge sort with counting).
"""
from __future__ import annotations

import random
import string

from generator.problems.family import Draft, Family, TestInput, WrongSolution, choose_theme
from generator.problems.schema import Constraint, Difficulty, Language

VARIANTS: dict[Difficulty, str] = {
    Difficulty.tutorial: "sort_numbers",
    Difficulty.easy: "multi_key",
    Difficulty.medium: "compress",
    Difficulty.hard: "inversions",
}

NUM_MAXN, NUM_MAXV = 10_000, 10**6
REC_MAXN, REC_MAXA, REC_MAXB, REC_MAXLEN = 50_000, 100, 10_000, 10
COMP_MAXN, COMP_MAXV = 100_000, 10**9
INV_MAXN, INV_MAXV = 50_000, 10**9

THEMES: dict[str, dict[Language, dict[str, str]]] = {
    "contest": {
        "en": {"title": "Contest Standings", "value": "rating change", "values": "rating changes",
               "rec": "team", "recs": "teams", "k1": "number of solved problems", "k2": "penalty time",
               "line": "a queue of contestants", "pos": "rating"},
        "ko": {"title": "대회 순위표", "value": "레이팅 변화량", "rec": "팀", "unit": "개", "k1": "푼 문제 수", "k2": "페널티 시간",
               "line": "참가자들의 줄", "pos": "레이팅"},
    },
    "game": {
        "en": {"title": "Leaderboard", "value": "score change", "values": "score changes", "rec": "player",
               "recs": "players", "k1": "level", "k2": "total play time", "line": "a row of game characters",
               "pos": "power"},
        "ko": {"title": "리더보드", "value": "점수 변화량", "rec": "플레이어", "unit": "명", "k1": "레벨", "k2": "총 플레이 시간",
               "line": "게임 캐릭터들의 줄", "pos": "전투력"},
    },
    "market": {
        "en": {"title": "Market Report", "value": "price change", "values": "price changes", "rec": "store",
               "recs": "stores", "k1": "number of sales", "k2": "number of complaints",
               "line": "a shelf of products", "pos": "price"},
        "ko": {"title": "시장 보고서", "value": "가격 변동", "rec": "가게", "unit": "곳", "k1": "판매 건수", "k2": "불만 접수 건수",
               "line": "진열대의 상품들", "pos": "가격"},
    },
    "weather": {
        "en": {"title": "Weather Station", "value": "temperature reading", "values": "temperature readings",
               "rec": "city", "recs": "cities", "k1": "number of sunny days", "k2": "number of rainy days",
               "line": "a line of weather stations along a valley", "pos": "altitude"},
        "ko": {"title": "기상 관측소", "value": "기온 측정값", "rec": "도시", "unit": "곳", "k1": "맑은 날의 수", "k2": "비 온 날의 수",
               "line": "골짜기를 따라 늘어선 관측소들", "pos": "해발 고도"},
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

# Shared by tutorial, medium and hard: "N" then N integers on one line.
LIST_VALIDATOR = VALIDATOR_HEAD + r'''
MAXN, LOW, HIGH = %(maxn)d, %(low)d, %(high)d
assert len(lines) == 2, "expected exactly two lines"
(n,) = ints(lines[0], 1)
assert 1 <= n <= MAXN, "N out of range"
for v in ints(lines[1], n):
    assert LOW <= v <= HIGH, "value out of range"
'''

# ------------------------------------------------------------------------------------------ sort_numbers
NUM_REFERENCE = r'''
import sys
data = sys.stdin.buffer.read().split()
n = int(data[0])
print("\n".join(map(str, sorted(map(int, data[1:1 + n])))))
'''

# Obviously correct: repeatedly take out the smallest remaining number.
NUM_BRUTE = r'''
import sys
data = sys.stdin.read().split()
n = int(data[0])
left = [int(x) for x in data[1:1 + n]]
out = []
while left:
    smallest = left[0]
    for x in left:
        if x < smallest:
            smallest = x
    left.remove(smallest)
    out.append(smallest)
for x in out:
    print(x)
'''

NUM_WRONG_STRINGS = r'''
import sys
data = sys.stdin.read().split()
n = int(data[0])
print("\n".join(sorted(data[1:1 + n])))  # compares text: "10" < "9" and "-1" < "-2"
'''

NUM_WRONG_SET = r'''
import sys
data = sys.stdin.read().split()
n = int(data[0])
print("\n".join(map(str, sorted(set(map(int, data[1:1 + n]))))))  # drops repeated numbers
'''

NUM_WRONG_ABS = r'''
import sys
data = sys.stdin.read().split()
n = int(data[0])
print("\n".join(map(str, sorted(map(int, data[1:1 + n]), key=abs))))  # sorts by size, ignoring the sign
'''

NUM_SLOW = r'''
import sys
data = sys.stdin.read().split()
n = int(data[0])
a = [int(x) for x in data[1:1 + n]]
for i in range(n):  # bubble sort: O(N^2)
    for j in range(n - 1 - i):
        if a[j] > a[j + 1]:
            a[j], a[j + 1] = a[j + 1], a[j]
print("\n".join(map(str, a)))
'''

# --------------------------------------------------------------------------------------------- multi_key
REC_VALIDATOR = VALIDATOR_HEAD + r'''
MAXN, MAXA, MAXB, MAXLEN = %(maxn)d, %(maxa)d, %(maxb)d, %(maxlen)d
NAME = re.compile(r"[a-z]{1,%(maxlen)d}")
(n,) = ints(lines[0], 1)
assert 1 <= n <= MAXN, "N out of range"
assert len(lines) == n + 1, "expected N records"
names = set()
for line in lines[1:]:
    parts = line.split(" ")
    assert len(parts) == 3, "a record is: name A B"
    assert NAME.fullmatch(parts[0]), "bad name"
    assert parts[0] not in names, "names must be distinct"
    names.add(parts[0])
    a, b = ints(parts[1] + " " + parts[2], 2)
    assert 0 <= a <= MAXA, "A_i out of range"
    assert 0 <= b <= MAXB, "B_i out of range"
'''

REC_REFERENCE = r'''
import sys
data = sys.stdin.read().split()
n = int(data[0])
recs = [(-int(data[2 + 3 * i]), int(data[3 + 3 * i]), data[1 + 3 * i]) for i in range(n)]
recs.sort()
print("\n".join(r[2] for r in recs))
'''

# Obviously correct: a record's position is the number of records that must come before it.
REC_BRUTE = r'''
import sys
data = sys.stdin.read().split()
n = int(data[0])
recs = [(data[1 + 3 * i], int(data[2 + 3 * i]), int(data[3 + 3 * i])) for i in range(n)]
def before(x, y):
    if x[1] != y[1]:
        return x[1] > y[1]
    if x[2] != y[2]:
        return x[2] < y[2]
    return x[0] < y[0]
out = [None] * n
for x in recs:
    out[sum(1 for y in recs if before(y, x))] = x[0]
print("\n".join(out))
'''

REC_WRONG_STABLE = r'''
import sys
data = sys.stdin.read().split()
n = int(data[0])
recs = [(data[1 + 3 * i], int(data[2 + 3 * i]), int(data[3 + 3 * i])) for i in range(n)]
recs.sort(key=lambda r: -r[1])  # only the first key: ties keep the input order
print("\n".join(r[0] for r in recs))
'''

REC_WRONG_REVERSE = r'''
import sys
data = sys.stdin.read().split()
n = int(data[0])
recs = [(int(data[2 + 3 * i]), int(data[3 + 3 * i]), data[1 + 3 * i]) for i in range(n)]
recs.sort(reverse=True)  # reverses every key, not just the first
print("\n".join(r[2] for r in recs))
'''

REC_WRONG_SKIP_B = r'''
import sys
data = sys.stdin.read().split()
n = int(data[0])
recs = [(-int(data[2 + 3 * i]), data[1 + 3 * i]) for i in range(n)]
recs.sort()  # forgets the second key
print("\n".join(r[1] for r in recs))
'''

REC_SLOW = r'''
import sys
data = sys.stdin.read().split()
n = int(data[0])
recs = [(-int(data[2 + 3 * i]), int(data[3 + 3 * i]), data[1 + 3 * i]) for i in range(n)]
for i in range(n):  # selection sort: O(N^2)
    best = i
    for j in range(i + 1, n):
        if recs[j] < recs[best]:
            best = j
    recs[i], recs[best] = recs[best], recs[i]
print("\n".join(r[2] for r in recs))
'''

# ---------------------------------------------------------------------------------------------- compress
COMP_REFERENCE = r'''
import sys
data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
rank = {v: i for i, v in enumerate(sorted(set(a)))}
print(" ".join([str(rank[v]) for v in a]))
'''

# Obviously correct: count the distinct values below each one.
COMP_BRUTE = r'''
import sys
data = sys.stdin.read().split()
n = int(data[0])
a = [int(x) for x in data[1:1 + n]]
print(" ".join(str(len({y for y in a if y < x})) for x in a))
'''

COMP_WRONG_DUPES = r'''
import sys
from bisect import bisect_left
data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
s = sorted(a)  # forgets to remove duplicates: counts smaller elements, not smaller values
print(" ".join(str(bisect_left(s, v)) for v in a))
'''

COMP_WRONG_ONE_BASED = r'''
import sys
data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
rank = {v: i + 1 for i, v in enumerate(sorted(set(a)))}  # ranks start at 1
print(" ".join(str(rank[v]) for v in a))
'''

COMP_WRONG_FIRST_SEEN = r'''
import sys
data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
rank = {}
for v in a:  # numbers values in order of first appearance, not by size
    rank.setdefault(v, len(rank))
print(" ".join(str(rank[v]) for v in a))
'''

COMP_SLOW = r'''
import sys
data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
u = sorted(set(a))
print(" ".join(str(u.index(v)) for v in a))  # list.index is a linear scan: O(N * distinct)
'''

# -------------------------------------------------------------------------------------------- inversions
INV_REFERENCE = r'''
import sys
from bisect import bisect_right, insort
from itertools import repeat
data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
total = 0
runs = []
for i in range(0, n, 64):  # sorted blocks of 64, counting inversions inside each block
    s = []
    for x in a[i:i + 64]:
        total += len(s) - bisect_right(s, x)
        insort(s, x)
    runs.append(s)
while len(runs) > 1:  # merge neighbours; pairs (l in L, r in R) with l > r are inversions
    nxt = []
    for i in range(0, len(runs) - 1, 2):
        left, right = runs[i], runs[i + 1]
        total += len(left) * len(right) - sum(map(bisect_right, repeat(left, len(right)), right))
        left += right
        left.sort()
        nxt.append(left)
    if len(runs) % 2:
        nxt.append(runs[-1])
    runs = nxt
print(total)
'''

INV_BRUTE = r'''
import sys
data = sys.stdin.read().split()
n = int(data[0])
a = [int(x) for x in data[1:1 + n]]
print(sum(1 for i in range(n) for j in range(i + 1, n) if a[i] > a[j]))
'''

INV_WRONG_EQUAL = r'''
import sys
from bisect import bisect_left
from itertools import repeat
data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
total = 0
runs = [[x] for x in a]
while len(runs) > 1:
    nxt = []
    for i in range(0, len(runs) - 1, 2):
        left, right = runs[i], runs[i + 1]
        # bisect_left counts equal pairs as inversions too
        total += len(left) * len(right) - sum(map(bisect_left, repeat(left, len(right)), right))
        left += right
        left.sort()
        nxt.append(left)
    if len(runs) % 2:
        nxt.append(runs[-1])
    runs = nxt
print(total)
'''

INV_WRONG_MERGE = r'''
import sys
sys.setrecursionlimit(10000)
data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
def sort_count(v):
    if len(v) <= 1:
        return v, 0
    mid = len(v) // 2
    left, x = sort_count(v[:mid])
    right, y = sort_count(v[mid:])
    merged, i, j, inv = [], 0, 0, x + y
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
            inv += 1  # should add len(left) - i: every remaining left element is bigger
    merged += left[i:] + right[j:]
    return merged, inv
print(sort_count(a)[1])
'''

INV_WRONG_ADJACENT = r'''
import sys
data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
print(sum(1 for i in range(n - 1) if a[i] > a[i + 1]))  # only neighbouring pairs
'''

INV_SLOW = r'''
import sys
data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
swaps = 0
for i in range(n):  # bubble sort, counting swaps: O(N^2)
    for j in range(n - 1 - i):
        if a[j] > a[j + 1]:
            a[j], a[j + 1] = a[j + 1], a[j]
            swaps += 1
print(swaps)
'''


class Sorting(Family):
    name = "sorting"
    category = "sorting"
    tags = ("sorting",)
    keywords = (
        "sort", "sorting", "sorted", "order", "ordering", "ranking", "rank", "inversion", "inversions",
        "coordinate compression", "merge sort",
        "정렬", "순서", "순위", "좌표 압축", "역순쌍", "병합 정렬", "합병 정렬", "오름차순", "내림차순",
    )

    def draft(self, rng: random.Random, difficulty: Difficulty, language: Language) -> Draft:
        variant = VARIANTS[difficulty]
        theme, t = choose_theme(rng, THEMES, language)
        parts = {
            "sort_numbers": _build_numbers,
            "multi_key": _build_records,
            "compress": _build_compress,
            "inversions": _build_inversions,
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
            explain=lambda inp, out: _explain(variant, inp, out, language),
            signature_key=f"{theme}:{variant}",
        )


def _tests(samples, small, edge, randoms, anti, maxes, *, small_n: int) -> list[TestInput]:
    def n_of(s: str) -> int:
        return int(s.split("\n", 1)[0])

    return (
        [TestInput(s, "sample", small=True) for s in samples]
        + [TestInput(s, "small", small=True) for s in small]
        + [TestInput(s, "edge", small=n_of(s) <= small_n) for s in edge]
        + [TestInput(s, "random") for s in randoms]
        + [TestInput(s, "anti") for s in anti]
        + [TestInput(s, "max") for s in maxes]
    )


def _render_list(values: list[int]) -> str:
    return f"{len(values)}\n" + " ".join(map(str, values)) + "\n"


def _list_near_invalid(maxn: int, low: int, high: int, sample: str) -> list[str]:
    return [
        _render_list([low] * (maxn + 1)),
        _render_list([low - 1, 0] if low < 0 else [low - 1, low]),
        _render_list([high + 1]),
        "3\n1 2\n",  # fewer values than N
        "2\n1  2\n",  # double space
        "2\n1\n2\n",  # values on separate lines
        sample.rstrip("\n"),
    ]


def _build_numbers(rng: random.Random) -> dict:
    maxn, maxv = NUM_MAXN, NUM_MAXV

    def case(n: int, hi: int) -> str:
        return _render_list([rng.randint(-hi, hi) for _ in range(n)])

    samples = [_render_list([rng.randint(-9, 30) for _ in range(rng.randint(5, 7))]),
               _render_list([rng.choice([5, 9, 10, 100, -1, -2, -10, 0, 7]) for _ in range(rng.randint(5, 7))])]
    small = [case(rng.randint(1, 12), rng.choice([5, 50, maxv])) for _ in range(10)]
    edge = [_render_list([0]), _render_list([maxv]), _render_list([-maxv, maxv, 0]),
            _render_list([7] * 10), _render_list(list(range(10, 0, -1))), _render_list([maxv] * 5 + [-maxv] * 5)]
    randoms = [case(rng.randint(100, 500), maxv) for _ in range(3)]
    anti = [
        _render_list([9, 10, 100, 2, 11, -1, -2, -10, -9]),  # text order differs from number order
        _render_list([rng.randint(1, 5) for _ in range(30)]),  # many repeated numbers
        _render_list([-3, 2, -1, 1, 0, 3, -2]),  # sorting by absolute value is wrong
    ]
    maxes = [case(maxn, maxv), _render_list(list(range(maxv, maxv - maxn, -1)))]
    stress = [case(rng.randint(1, 10), rng.choice([3, 20, 1000])) for _ in range(120)]
    wrong = [
        WrongSolution("string_sort", NUM_WRONG_STRINGS),
        WrongSolution("set_drops_duplicates", NUM_WRONG_SET),
        WrongSolution("sort_by_absolute_value", NUM_WRONG_ABS),
        WrongSolution("bubble_sort", NUM_SLOW, "slow"),
    ]
    constraints = [
        Constraint(symbol="N", low=1, high=maxn, meaning={"en": "how many numbers", "ko": "수의 개수"}),
        Constraint(symbol="A_i", low=-maxv, high=maxv, meaning={"en": "the numbers", "ko": "주어지는 수"}),
    ]
    return {
        "constraints": constraints, "reference": NUM_REFERENCE, "brute": NUM_BRUTE,
        "validator": LIST_VALIDATOR % {"maxn": maxn, "low": -maxv, "high": maxv},
        "tests": _tests(samples, small, edge, randoms, anti, maxes, small_n=100),
        "stress": stress, "near_invalid": _list_near_invalid(maxn, -maxv, maxv, samples[0]), "wrong": wrong,
    }


def _build_records(rng: random.Random) -> dict:
    maxn, maxa, maxb, maxlen = REC_MAXN, REC_MAXA, REC_MAXB, REC_MAXLEN

    def names(n: int, short: bool = False) -> list[str]:
        seen: dict[str, None] = {}
        while len(seen) < n:
            length = rng.randint(1, 3 if short else maxlen)
            seen[''.join(rng.choice(string.ascii_lowercase[:6] if short else string.ascii_lowercase)
                         for _ in range(length))] = None
        return list(seen)

    def render(recs: list[tuple[str, int, int]]) -> str:
        return f"{len(recs)}\n" + "".join(f"{n} {a} {b}\n" for n, a, b in recs)

    def case(n: int, amax: int, bmax: int) -> str:
        return render([(nm, rng.randint(0, amax), rng.randint(0, bmax)) for nm in names(n, short=n <= 30)])

    samples = [case(rng.randint(5, 6), 3, 3), case(rng.randint(5, 7), 5, 20)]
    small = [case(rng.randint(1, 12), rng.choice([1, 3, maxa]), rng.choice([1, 4, maxb])) for _ in range(10)]
    edge = [render([("a", 0, 0)]), render([("z" * maxlen, maxa, maxb)]),
            render([(nm, 5, 5) for nm in names(8, short=True)]),  # every key but the name ties
            render([(nm, maxa, rng.randint(0, 2)) for nm in names(8, short=True)])]
    randoms = [case(rng.randint(100, 800), rng.choice([5, maxa]), rng.choice([10, maxb])) for _ in range(3)]
    tied = names(12, short=True)
    anti = [
        render([(nm, 1, 1) for nm in sorted(tied, reverse=True)]),  # input order opposite to the name order
        render([(nm, rng.randint(0, 1), rng.randint(0, 2)) for nm in tied]),
        render([(nm, 3, 20 - i) for i, nm in enumerate(sorted(tied))]),  # second key decides everything
    ]
    maxes = [case(maxn, maxa, maxb), case(maxn, 3, 50)]
    stress = [case(rng.randint(1, 8), rng.choice([1, 2, 5]), rng.choice([1, 3, 10])) for _ in range(120)]
    near_invalid = [
        render([(nm, 1, 1) for nm in names(maxn + 1)]),
        render([("ann", maxa + 1, 0)]),
        render([("ann", 0, maxb + 1)]),
        render([("ann", -1, 0)]),
        render([("a" * (maxlen + 1), 1, 1)]),
        render([("Ann", 1, 1)]),
        render([("bob", 1, 1), ("bob", 2, 2)]),  # repeated name
        "2\nann 1 1\n",
        "1\nann 1\n",
    ]
    wrong = [
        WrongSolution("first_key_only_stable", REC_WRONG_STABLE),
        WrongSolution("reverse_every_key", REC_WRONG_REVERSE),
        WrongSolution("skips_second_key", REC_WRONG_SKIP_B),
        WrongSolution("selection_sort", REC_SLOW, "slow"),
    ]
    constraints = [
        Constraint(symbol="N", low=1, high=maxn, meaning={"en": "number of records", "ko": "기록의 수"}),
        Constraint(symbol="A_i", low=0, high=maxa, meaning={"en": "first key", "ko": "첫째 기준"}),
        Constraint(symbol="B_i", low=0, high=maxb, meaning={"en": "second key", "ko": "둘째 기준"}),
        Constraint(symbol="|name_i|", low=1, high=maxlen, meaning={
            "en": "lowercase letters, all names distinct", "ko": "영어 소문자, 모든 이름은 서로 다름"}),
    ]
    return {
        "constraints": constraints, "reference": REC_REFERENCE, "brute": REC_BRUTE,
        "validator": REC_VALIDATOR % {"maxn": maxn, "maxa": maxa, "maxb": maxb, "maxlen": maxlen},
        "tests": _tests(samples, small, edge, randoms, anti, maxes, small_n=100),
        "stress": stress, "near_invalid": near_invalid, "wrong": wrong,
    }


def _build_compress(rng: random.Random) -> dict:
    maxn, maxv = COMP_MAXN, COMP_MAXV

    def case(n: int, hi: int) -> str:
        return _render_list([rng.randint(-hi, hi) for _ in range(n)])

    samples = [case(rng.randint(5, 6), 9), _render_list([rng.choice([-100, 7, 7, 30, 1000, -5]) for _ in range(6)])]
    small = [case(rng.randint(1, 12), rng.choice([3, 30, maxv])) for _ in range(10)]
    edge = [_render_list([0]), _render_list([-maxv, maxv]), _render_list([maxv] * 8),
            _render_list(list(range(8, 0, -1))), _render_list([-maxv] * 3 + [maxv] * 3)]
    randoms = [case(rng.randint(100, 800), rng.choice([100, maxv])) for _ in range(3)]
    anti = [
        _render_list([5, 1, 1, 1, 3, 3, 9, 9, 9, 9]),  # duplicates below a value
        _render_list([rng.randint(-3, 3) for _ in range(40)]),
        _render_list([30, 20, 10, 20, 30]),  # first-appearance order is not size order
    ]
    maxes = [case(maxn, maxv), _render_list([rng.randint(-maxv, maxv) for _ in range(maxn // 2)] * 2)]
    stress = [case(rng.randint(1, 10), rng.choice([2, 5, 100])) for _ in range(120)]
    wrong = [
        WrongSolution("counts_duplicates", COMP_WRONG_DUPES),
        WrongSolution("one_based_rank", COMP_WRONG_ONE_BASED),
        WrongSolution("first_appearance_order", COMP_WRONG_FIRST_SEEN),
        WrongSolution("list_index_lookup", COMP_SLOW, "slow"),
    ]
    constraints = [
        Constraint(symbol="N", low=1, high=maxn, meaning={"en": "how many values", "ko": "값의 개수"}),
        Constraint(symbol="X_i", low=-maxv, high=maxv, meaning={"en": "the values", "ko": "주어지는 값"}),
    ]
    return {
        "constraints": constraints, "reference": COMP_REFERENCE, "brute": COMP_BRUTE,
        "validator": LIST_VALIDATOR % {"maxn": maxn, "low": -maxv, "high": maxv},
        "tests": _tests(samples, small, edge, randoms, anti, maxes, small_n=100),
        "stress": stress, "near_invalid": _list_near_invalid(maxn, -maxv, maxv, samples[0]), "wrong": wrong,
    }


def _build_inversions(rng: random.Random) -> dict:
    maxn, maxv = INV_MAXN, INV_MAXV

    def case(n: int, hi: int) -> str:
        return _render_list([rng.randint(0, hi) for _ in range(n)])

    samples = [case(rng.randint(5, 6), 9), _render_list([rng.randint(1, 4) for _ in range(6)])]
    small = [case(rng.randint(1, 12), rng.choice([2, 10, maxv])) for _ in range(10)]
    edge = [_render_list([0]), _render_list([maxv, 0]), _render_list([5] * 10),
            _render_list(list(range(10, 0, -1))), _render_list(list(range(1, 11)))]
    randoms = [case(rng.randint(100, 800), rng.choice([5, maxv])) for _ in range(3)]
    anti = [
        _render_list([3, 3, 3, 1, 1, 2, 2, 2]),  # equal values are not inversions
        _render_list([rng.randint(0, 2) for _ in range(60)]),
        _render_list([9, 8, 7, 1, 2, 3, 6, 5, 4]),  # far-apart pairs matter
    ]
    maxes = [case(maxn, maxv), _render_list(list(range(maxv, maxv - maxn, -1)))]
    stress = [case(rng.randint(1, 10), rng.choice([1, 3, 100])) for _ in range(120)]
    wrong = [
        WrongSolution("counts_equal_pairs", INV_WRONG_EQUAL),
        WrongSolution("merge_adds_one", INV_WRONG_MERGE),
        WrongSolution("adjacent_pairs_only", INV_WRONG_ADJACENT),
        WrongSolution("bubble_sort_swaps", INV_SLOW, "slow"),
    ]
    constraints = [
        Constraint(symbol="N", low=1, high=maxn, meaning={"en": "length of the sequence", "ko": "수열의 길이"}),
        Constraint(symbol="A_i", low=0, high=maxv, meaning={"en": "the values", "ko": "수열의 값"}),
    ]
    return {
        "constraints": constraints, "reference": INV_REFERENCE, "brute": INV_BRUTE,
        "validator": LIST_VALIDATOR % {"maxn": maxn, "low": 0, "high": maxv},
        "tests": _tests(samples, small, edge, randoms, anti, maxes, small_n=300),
        "stress": stress, "near_invalid": _list_near_invalid(maxn, 0, maxv, samples[0]), "wrong": wrong,
    }


def _explain(variant: str, inp: str, out: str, language: Language) -> str:
    ko = language == "ko"
    toks = inp.split()
    res = out.split()
    if variant == "sort_numbers":
        return (f"작은 수부터 차례로 놓으면 {', '.join(res)} 입니다." if ko
                else f"From smallest to largest: {', '.join(res)}.")
    if variant == "multi_key":
        return (f"정렬한 순서는 {' → '.join(res)} 입니다." if ko else f"The order is {' → '.join(res)}.")
    if variant == "compress":
        n = int(toks[0])
        distinct = sorted(set(map(int, toks[1:1 + n])))
        pairs = ", ".join(f"{v}→{r}" for v, r in zip(toks[1:1 + n], res))
        if ko:
            return f"서로 다른 값은 작은 순서대로 {', '.join(map(str, distinct))} 이므로 {pairs} 입니다."
        return f"The distinct values in order are {', '.join(map(str, distinct))}, so {pairs}."
    n = int(toks[0])
    a = list(map(int, toks[1:1 + n]))
    pairs = [f"({a[i]}, {a[j]})" for i in range(n) for j in range(i + 1, n) if a[i] > a[j]]
    shown = ", ".join(pairs[:8]) + (", ..." if len(pairs) > 8 else "")
    if ko:
        return f"순서가 뒤바뀐 쌍은 {res[0]}개입니다" + (f": {shown}." if pairs else ".")
    return f"There are {res[0]} pairs out of order" + (f": {shown}." if pairs else ".")


def _josa(word: str, with_final: str, without_final: str) -> str:
    """Attach the Korean particle that fits the last syllable (을/를, 이/가, 은/는, 과/와)."""
    last = word[-1]
    has_final = "가" <= last <= "힣" and (ord(last) - 0xAC00) % 28 != 0
    return word + (with_final if has_final else without_final)


def _texts(variant: str, language: Language, t: dict[str, str]) -> tuple[str, str, str, str]:
    if language == "ko":
        if variant == "sort_numbers":
            legend = (f"{t['value']} N개가 기록되어 있습니다. 이 수들을 작은 것부터 큰 것 순서로 정렬하세요.")
            inp = "첫째 줄에 N이 주어집니다. 둘째 줄에 N개의 정수 A_1, ..., A_N이 공백으로 구분되어 주어집니다."
            out = "정렬한 결과를 한 줄에 하나씩 출력합니다."
            notes = "같은 수가 여러 번 주어질 수 있으며, 주어진 횟수만큼 모두 출력해야 합니다."
        elif variant == "multi_key":
            legend = (f"{t['rec']} N{t['unit']}의 기록이 있습니다. 각 기록은 이름, {t['k1']} A_i, {t['k2']} B_i로 이루어져 있습니다. "
                      f"{_josa(t['k1'], '이', '가')} 큰 순서로, {_josa(t['k1'], '이', '가')} 같으면 {_josa(t['k2'], '이', '가')} "
                      "작은 순서로, 둘 다 같으면 이름의 사전 순으로 정렬하세요.")
            inp = "첫째 줄에 N이 주어집니다. 다음 N개의 줄에 이름, A_i, B_i가 공백으로 구분되어 주어집니다."
            out = "정렬한 순서대로 이름을 한 줄에 하나씩 출력합니다."
            notes = "이름은 영어 소문자로만 이루어져 있고, 사전 순은 일반적인 문자열 비교 순서입니다."
        elif variant == "compress":
            legend = (f"{t['value']} N개 X_1, ..., X_N이 주어집니다. 각 X_i마다, 주어진 값들 중 X_i보다 작은 "
                      "서로 다른 값의 개수를 구하세요. 즉, 값들을 크기 순서의 번호(0부터 시작)로 바꾸는 좌표 압축을 하세요.")
            inp = "첫째 줄에 N이 주어집니다. 둘째 줄에 X_1, ..., X_N이 공백으로 구분되어 주어집니다."
            out = "각 X_i에 대한 답을 공백으로 구분하여 한 줄에 순서대로 출력합니다."
            notes = "같은 값은 같은 번호를 받습니다."
        else:
            legend = (f"{_josa(t['line'], '이', '가')} 있고, 앞에서부터 i번째의 {_josa(t['pos'], '은', '는')} A_i입니다. i < j 이면서 "
                      "A_i > A_j 인 쌍 (i, j)의 개수, 즉 순서가 뒤바뀐 쌍(역순쌍)의 개수를 구하세요.")
            inp = "첫째 줄에 N이 주어집니다. 둘째 줄에 A_1, ..., A_N이 공백으로 구분되어 주어집니다."
            out = "역순쌍의 개수를 출력합니다."
            notes = "값이 같은 쌍은 역순쌍이 아닙니다. 답은 32비트 정수 범위를 넘을 수 있습니다."
        return legend, inp, out, notes
    if variant == "sort_numbers":
        legend = f"N {t['values']} were recorded. Sort them from smallest to largest."
        inp = "The first line contains N. The second line contains N integers A_1, ..., A_N separated by spaces."
        out = "Print the sorted numbers, one per line."
        notes = "A number may appear several times; print it as many times as it appears."
    elif variant == "multi_key":
        legend = (f"There are records of N {t['recs']}. Each record has a name, a {t['k1']} A_i and a {t['k2']} B_i. "
                  f"Sort them by {t['k1']} from largest to smallest; when that ties, by {t['k2']} from smallest "
                  "to largest; when both tie, by name in dictionary order.")
        inp = "The first line contains N. Each of the next N lines contains a name, A_i and B_i separated by spaces."
        out = "Print the names in sorted order, one per line."
        notes = "Names consist of lowercase English letters; dictionary order is the usual string order."
    elif variant == "compress":
        legend = (f"You are given N {t['values']} X_1, ..., X_N. For each X_i, find how many distinct values among "
                  "the given ones are smaller than X_i. In other words, replace every value by its rank among the "
                  "distinct values, counting from 0 (coordinate compression).")
        inp = "The first line contains N. The second line contains X_1, ..., X_N separated by spaces."
        out = "Print the answers for X_1, ..., X_N on one line, separated by spaces."
        notes = "Equal values get the same rank."
    else:
        legend = (f"Consider {t['line']}; the i-th one from the front has {t['pos']} A_i. Count the pairs (i, j) "
                  "with i < j and A_i > A_j, that is, the pairs that are out of order (inversions).")
        inp = "The first line contains N. The second line contains A_1, ..., A_N separated by spaces."
        out = "Print the number of inversions."
        notes = "Pairs of equal values are not inversions. The answer may not fit in a 32-bit integer."
    return legend, inp, out, notes
