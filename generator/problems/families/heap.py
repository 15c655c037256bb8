"""Data structure: heap / priority queue.

Variants by difficulty: tutorial (min-heap: insert, and remove-and-print the minimum), easy (absolute-value
heap: smallest |x| first, ties to the smaller value), medium (minimum total cost of merging piles, Huffman
style), hard (running median of a stream: two heaps).
"""
from __future__ import annotations

import random

from generator.problems.family import Draft, Family, TestInput, WrongSolution, choose_theme, josa
from generator.problems.schema import Constraint, Difficulty, Language

VARIANTS: dict[Difficulty, str] = {
    Difficulty.tutorial: "min_heap",
    Difficulty.easy: "abs_heap",
    Difficulty.medium: "merge_cost",
    Difficulty.hard: "running_median",
}
MAX_OPS = 100_000
MAX_VALUE = 2**31 - 1  # min_heap: 0 <= x <= MAX_VALUE; abs_heap: |x| <= MAX_VALUE
MERGE_MAXN, MERGE_MAXA = 100_000, 10_000
MEDIAN_MAXN, MEDIAN_MAXA = 100_000, 10_000

THEMES: dict[str, dict[Language, dict[str, str]]] = {
    "warehouse": {
        "en": {"title_heap": "Lightest Parcel First", "title_merge": "Merging Shipments", "title_median":
               "Median Weight", "who": "The warehouse manager", "item": "parcel", "items": "parcels",
               "value": "weight", "pile": "shipment", "piles": "shipments"},
        "ko": {"title_heap": "가벼운 소포부터", "title_merge": "화물 합치기", "title_median": "무게의 중앙값",
               "who": "창고 관리자", "item": "소포", "value": "무게", "pile": "화물 묶음"},
    },
    "library": {
        "en": {"title_heap": "Returned Books", "title_merge": "Merging Catalogues", "title_median":
               "The Middle Call Number", "who": "The librarian", "item": "book", "items": "books",
               "value": "call number", "pile": "catalogue", "piles": "catalogues"},
        "ko": {"title_heap": "반납된 책", "title_merge": "목록 합치기", "title_median": "가운데 청구 번호",
               "who": "사서", "item": "책", "value": "청구 번호", "pile": "도서 목록"},
    },
    "game": {
        "en": {"title_heap": "Weakest Monster", "title_merge": "Slime Fusion", "title_median": "Median Score",
               "who": "The game master", "item": "monster", "items": "monsters", "value": "strength",
               "pile": "slime", "piles": "slimes"},
        "ko": {"title_heap": "가장 약한 몬스터", "title_merge": "슬라임 합체", "title_median": "점수의 중앙값",
               "who": "게임 운영자", "item": "몬스터", "value": "힘", "pile": "슬라임"},
    },
    "lab": {
        "en": {"title_heap": "Sample Queue", "title_merge": "Merging Data Files", "title_median":
               "Median Reading", "who": "The lab assistant", "item": "sample", "items": "samples",
               "value": "label", "pile": "data file", "piles": "data files"},
        "ko": {"title_heap": "시료 대기열", "title_merge": "데이터 파일 합치기", "title_median": "측정값의 중앙값",
               "who": "연구 조교", "item": "시료", "value": "번호", "pile": "데이터 파일"},
    },
}

# ------------------------------------------------------------------------------------------ validator
VALIDATOR = r'''
import re
import sys
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
NUM = re.compile(r"0|-?[1-9][0-9]*")
for text in lines:
    assert NUM.fullmatch(text), "one integer per line expected: %r" % text[:40]
n = int(lines[0])
assert P["low_n"] <= n <= P["maxn"], "N out of range"
assert len(lines) == n + 1, "expected exactly N numbers after the first line"
values = [int(x) for x in lines[1:]]
V = P["variant"]
if V == "min_heap":
    assert all(0 <= x <= P["maxv"] for x in values), "x out of range"
elif V == "abs_heap":
    assert all(-P["maxv"] <= x <= P["maxv"] for x in values), "x out of range"
elif V == "merge_cost":
    assert all(1 <= x <= P["maxv"] for x in values), "size out of range"
else:
    assert all(-P["maxv"] <= x <= P["maxv"] for x in values), "value out of range"
'''

READ = r'''
import sys
def read():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    return [int(x) for x in data[1:1 + n]]
'''

# ------------------------------------------------------------------------------------------ min heap
MIN_REFERENCE = READ + r'''
from heapq import heappush, heappop
ops = read()
h = []
out = []
for x in ops:
    if x:
        heappush(h, x)
    else:
        out.append(heappop(h) if h else 0)
sys.stdout.write("".join(f"{v}\n" for v in out))
'''

# Obviously correct: a plain list, scanned for its minimum.
MIN_BRUTE = READ + r'''
items = []
for x in read():
    if x:
        items.append(x)
    elif items:
        smallest = min(items)
        items.remove(smallest)
        print(smallest)
    else:
        print(0)
'''

# Wrong: list.append instead of heappush breaks the heap order.
MIN_WRONG_APPEND = READ + r'''
from heapq import heappop
h = []
out = []
for x in read():
    if x:
        h.append(x)
    else:
        out.append(heappop(h) if h else 0)
print("\n".join(map(str, out)))
'''

# Wrong: prints -1 for an empty heap.
MIN_WRONG_EMPTY = READ + r'''
from heapq import heappush, heappop
h = []
out = []
for x in read():
    if x:
        heappush(h, x)
    else:
        out.append(heappop(h) if h else -1)
print("\n".join(map(str, out)))
'''

# Too slow: sorts the whole list on every operation.
MIN_SLOW = READ + r'''
items = []
out = []
for x in read():
    if x:
        items.append(x)
        items.sort()
    else:
        items.sort()
        out.append(items.pop(0) if items else 0)
print("\n".join(map(str, out)))
'''

# ------------------------------------------------------------------------------------------ abs heap
ABS_REFERENCE = READ + r'''
from heapq import heappush, heappop
h = []
out = []
for x in read():
    if x:
        heappush(h, (abs(x), x))
    else:
        out.append(heappop(h)[1] if h else 0)
sys.stdout.write("".join(f"{v}\n" for v in out))
'''

ABS_BRUTE = READ + r'''
items = []
for x in read():
    if x:
        items.append(x)
    elif items:
        best = items[0]
        for y in items:
            if abs(y) < abs(best) or (abs(y) == abs(best) and y < best):
                best = y
        items.remove(best)
        print(best)
    else:
        print(0)
'''

# Wrong: on a tie of absolute values, removes the larger (positive) number.
ABS_WRONG_TIE = READ + r'''
from heapq import heappush, heappop
h = []
out = []
for x in read():
    if x:
        heappush(h, (abs(x), -x))
    else:
        out.append(-heappop(h)[1] if h else 0)
print("\n".join(map(str, out)))
'''

# Wrong: stores absolute values only and so loses the sign.
ABS_WRONG_SIGN = READ + r'''
from heapq import heappush, heappop
h = []
out = []
for x in read():
    if x:
        heappush(h, abs(x))
    else:
        out.append(heappop(h) if h else 0)
print("\n".join(map(str, out)))
'''

ABS_SLOW = READ + r'''
items = []
out = []
for x in read():
    if x:
        items.append(x)
        items.sort(key=lambda y: (abs(y), y))
    else:
        items.sort(key=lambda y: (abs(y), y))
        out.append(items.pop(0) if items else 0)
print("\n".join(map(str, out)))
'''

# ------------------------------------------------------------------------------------------ merge cost
MERGE_REFERENCE = READ + r'''
from heapq import heapify, heappop, heappush
h = read()
heapify(h)
total = 0
while len(h) > 1:
    s = heappop(h) + heappop(h)
    total += s
    heappush(h, s)
print(total)
'''

# Obviously correct: try every order of merges (memoised on the sorted multiset of sizes).
MERGE_BRUTE = READ + r'''
from functools import lru_cache
@lru_cache(maxsize=None)
def best(piles):
    if len(piles) <= 1:
        return 0
    result = None
    for i in range(len(piles)):
        for j in range(i + 1, len(piles)):
            rest = list(piles[:i] + piles[i + 1:j] + piles[j + 1:])
            merged = piles[i] + piles[j]
            cost = merged + best(tuple(sorted(rest + [merged])))
            if result is None or cost < result:
                result = cost
    return result
print(best(tuple(sorted(read()))))
'''

# Wrong: sorts once and merges left to right into one growing pile.
MERGE_WRONG_SEQUENTIAL = READ + r'''
a = sorted(read())
total, acc = 0, a[0]
for x in a[1:]:
    acc += x
    total += acc
print(total)
'''

# Wrong: accumulates the answer in a signed 32-bit integer (as `int` would in C++ or Java).
MERGE_WRONG_INT32 = READ + r'''
from heapq import heapify, heappop, heappush
h = read()
heapify(h)
total = 0
while len(h) > 1:
    s = heappop(h) + heappop(h)
    total = (total + s + 2**31) % 2**32 - 2**31
    heappush(h, s)
print(total)
'''

# Too slow: finds the two smallest piles by scanning the list every time.
MERGE_SLOW = READ + r'''
piles = read()
total = 0
while len(piles) > 1:
    a = min(piles)
    piles.remove(a)
    b = min(piles)
    piles.remove(b)
    total += a + b
    piles.append(a + b)
print(total)
'''

# ------------------------------------------------------------------------------------------ running median
MEDIAN_REFERENCE = READ + r'''
from heapq import heappush, heappop
low, high = [], []  # low: max-heap (negated) of the smaller half, high: min-heap of the larger half
out = []
for x in read():
    if not low or x <= -low[0]:
        heappush(low, -x)
    else:
        heappush(high, x)
    if len(low) > len(high) + 1:
        heappush(high, -heappop(low))
    elif len(high) > len(low):
        heappush(low, -heappop(high))
    out.append(-low[0])
sys.stdout.write("".join(f"{v}\n" for v in out))
'''

MEDIAN_BRUTE = READ + r'''
seen = []
for x in read():
    seen.append(x)
    ordered = sorted(seen)
    print(ordered[(len(ordered) - 1) // 2])
'''

# Wrong: for an even count, prints the larger of the two middle values.
MEDIAN_WRONG_UPPER = READ + r'''
from heapq import heappush, heappop
low, high = [], []
out = []
for x in read():
    if not high or x >= high[0]:
        heappush(high, x)
    else:
        heappush(low, -x)
    if len(high) > len(low) + 1:
        heappush(low, -heappop(high))
    elif len(low) > len(high):
        heappush(high, -heappop(low))
    out.append(high[0])
print("\n".join(map(str, out)))
'''

# Wrong: balances the sizes of the two heaps but never fixes their order.
MEDIAN_WRONG_NO_ORDER = READ + r'''
from heapq import heappush, heappop
low, high = [], []
out = []
for x in read():
    if len(low) <= len(high):
        heappush(low, -x)
    else:
        heappush(high, x)
    out.append(-low[0])
print("\n".join(map(str, out)))
'''

# Too slow: keeps a sorted list with a linear scan for each insertion.
MEDIAN_SLOW = READ + r'''
ordered = []
out = []
for x in read():
    i = 0
    while i < len(ordered) and ordered[i] < x:
        i += 1
    ordered.insert(i, x)
    out.append(ordered[(len(ordered) - 1) // 2])
print("\n".join(map(str, out)))
'''


class Heap(Family):
    name = "heap"
    category = "data structure: heap / priority queue"
    tags = ("data structures", "heap", "priority queue")
    keywords = (
        "heap", "heaps", "priority queue", "priority queues", "min-heap", "max-heap", "min heap", "max heap",
        "heapq", "running median", "huffman",
        "힙", "우선순위 큐", "우선순위큐", "최소 힙", "최대 힙", "절댓값 힙", "중앙값",
    )

    def draft(self, rng: random.Random, difficulty: Difficulty, language: Language) -> Draft:
        variant = VARIANTS[difficulty]
        theme, t = choose_theme(rng, THEMES, language)
        parts = {
            "min_heap": _min_heap,
            "abs_heap": _abs_heap,
            "merge_cost": _merge_cost,
            "running_median": _running_median,
        }[variant](rng)
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
            validator=f"P = {parts['params']!r}\n" + VALIDATOR,
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


def _text(values: list[int]) -> str:
    return f"{len(values)}\n" + "".join(f"{v}\n" for v in values)


def _near_invalid(sample: str, maxn: int, filler: int, low_bad: int, high_bad: int, low_n: int) -> list[str]:
    lines = sample.split("\n")
    return [
        _text([filler] * (maxn + 1)),
        f"{low_n - 1}\n" + ("" if low_n - 1 == 0 else "".join(f"{filler}\n" for _ in range(low_n - 1))),
        "\n".join(lines[:2] + [str(high_bad)] + lines[3:]),
        "\n".join(lines[:2] + [str(low_bad)] + lines[3:]),
        "\n".join(lines[:-2]) + "\n",  # one number missing
        "\n".join(lines[:2] + [lines[2] + " " + lines[2]] + lines[3:]),  # two numbers on one line
        "\n".join(lines[:2] + ["+" + lines[2].lstrip("-")] + lines[3:]),
        sample.rstrip("\n"),
    ]


def _monotone(rng: random.Random, values: list[int], pool: range) -> dict[int, int]:
    """A random order-preserving renaming of the distinct values, drawn from `pool`."""
    distinct = sorted(set(values))
    return dict(zip(distinct, sorted(rng.sample(pool, len(distinct)))))


def _ops(rng: random.Random, count: int, push_ratio: float, draw) -> list[int]:
    return [draw() if rng.random() < push_ratio else 0 for _ in range(count)]


def _min_heap(rng: random.Random) -> dict:
    maxn, maxv = MAX_OPS, MAX_VALUE

    def random_case(count: int, cap: int) -> str:
        return _text(_ops(rng, count, rng.choice([0.4, 0.5, 0.6, 0.7]), lambda: rng.randint(1, cap)))

    def plateau(count: int) -> str:
        # Fill up, then alternate: the heap stays large for every operation.
        half = count // 2
        values = [rng.randint(1, maxv) for _ in range(half)]
        values += [rng.randint(1, maxv) if i % 2 else 0 for i in range(count - half)]
        return _text(values)

    sample = _ops(rng, rng.randint(6, 10), 0.6, lambda: rng.randint(1, 20))
    # A removal from the empty box, pushes out of order, removals past the end; the pushed values are replaced
    # by random ones in the same order.
    first = [0, 5, 3, 8, 0, 0, 2, 0, 0, 0, 0]
    rename = _monotone(rng, [x for x in first if x], range(1, 50))
    samples = [_text([rename[x] if x else 0 for x in first]), _text(sample[:-1] + [0])]  # ends with a removal
    small = [random_case(rng.randint(1, 15), rng.choice([5, 100, maxv])) for _ in range(10)]
    edge = [
        ("1\n0\n", True),
        (f"1\n{maxv}\n", True),
        (_text([7, 7, 7, 0, 7, 0, 0, 0, 0]), True),
        (_text([maxv, 1, 0, 0, 0]), True),
        (_text([rng.randint(1, maxv) for _ in range(1000)] + [0] * 1001), True),
    ]
    randoms = [random_case(rng.randint(1000, 5000), maxv) for _ in range(3)]
    anti = [_text([i for i in range(3000, 0, -1)] + [0] * 3000)]  # decreasing pushes
    maxes = [plateau(maxn), random_case(maxn, maxv)]
    stress = [random_case(rng.randint(1, 12), rng.choice([5, 100, maxv])) for _ in range(120)]
    return {
        "params": {"variant": "min_heap", "maxn": maxn, "maxv": maxv, "low_n": 1},
        "constraints": [
            Constraint(symbol="N", low=1, high=maxn, meaning={"en": "operations", "ko": "연산의 수"}),
            Constraint(symbol="x", low=0, high=maxv, meaning={"en": "each number", "ko": "각 수"}),
        ],
        "reference": MIN_REFERENCE,
        "brute": MIN_BRUTE,
        "tests": _tests(samples, small, edge, randoms, anti, maxes),
        "stress": stress,
        "near_invalid": _near_invalid(samples[0], maxn, 1, -1, maxv + 1, 1),
        "wrong": [
            WrongSolution("append_instead_of_heappush", MIN_WRONG_APPEND),
            WrongSolution("minus_one_when_empty", MIN_WRONG_EMPTY),
            WrongSolution("sort_every_operation", MIN_SLOW, "slow"),
        ],
    }


def _abs_heap(rng: random.Random) -> dict:
    maxn, maxv = MAX_OPS, MAX_VALUE

    def value(cap: int) -> int:
        v = rng.randint(1, cap)
        return v if rng.random() < 0.5 else -v

    def random_case(count: int, cap: int) -> str:
        return _text(_ops(rng, count, rng.choice([0.4, 0.5, 0.6, 0.7]), lambda: value(cap)))

    def ties(count: int, cap: int) -> str:
        # Every pushed value comes with its negation, positive first.
        values = []
        while len(values) + 3 <= count:
            v = rng.randint(1, cap)
            values += [v, -v] + ([0] if rng.random() < 0.6 else [])
        values += [0] * (count - len(values))
        return _text(values)

    sample = _ops(rng, rng.randint(6, 10), 0.6, lambda: value(5))
    # Two ties between x and -x (pushed in a random order), a removal from the empty box; the absolute values
    # are replaced by random ones in the same order.
    a, b, c = sorted(rng.sample(range(1, 30), 3))
    tie_a = [a, -a] if rng.random() < 0.5 else [-a, a]
    tie_c = [-c, c] if rng.random() < 0.5 else [c, -c]
    first = tie_a + [0, 0, 0, rng.choice([b, -b])] + tie_c + [0, 0, 0]
    samples = [_text(first), _text(sample[:-1] + [0])]  # ends with a removal
    small = [random_case(rng.randint(1, 15), rng.choice([3, 10, maxv])) for _ in range(9)] + [ties(12, 4)]
    edge = [
        ("1\n0\n", True),
        (f"2\n{-maxv}\n0\n", True),
        (_text([maxv, -maxv, 0, 0, 0]), True),
        (_text([-5, -5, 5, 0, 0, 0, 0]), True),
    ]
    randoms = [random_case(rng.randint(1000, 5000), rng.choice([50, maxv])) for _ in range(3)]
    anti = [ties(5000, 100)]
    half = maxn // 2
    plateau = [value(maxv) for _ in range(half)] + [value(maxv) if i % 2 else 0 for i in range(maxn - half)]
    maxes = [_text(plateau), random_case(maxn, 1000)]
    stress = [random_case(rng.randint(1, 12), rng.choice([3, 10, maxv])) for _ in range(120)]
    return {
        "params": {"variant": "abs_heap", "maxn": maxn, "maxv": maxv, "low_n": 1},
        "constraints": [
            Constraint(symbol="N", low=1, high=maxn, meaning={"en": "operations", "ko": "연산의 수"}),
            Constraint(symbol="x", low=-maxv, high=maxv, meaning={"en": "each number", "ko": "각 수"}),
        ],
        "reference": ABS_REFERENCE,
        "brute": ABS_BRUTE,
        "tests": _tests(samples, small, edge, randoms, anti, maxes),
        "stress": stress,
        "near_invalid": _near_invalid(samples[0], maxn, 1, -maxv - 1, maxv + 1, 1),
        "wrong": [
            WrongSolution("tie_goes_to_larger", ABS_WRONG_TIE),
            WrongSolution("sign_lost", ABS_WRONG_SIGN),
            WrongSolution("sort_every_operation", ABS_SLOW, "slow"),
        ],
    }


def _merge_cost(rng: random.Random) -> dict:
    maxn, maxa = MERGE_MAXN, MERGE_MAXA

    def random_case(count: int, cap: int) -> str:
        return _text([rng.randint(1, cap) for _ in range(count)])

    # Sizes k, 2k and 4k in a random order: the two smallest go first (cost 3k), then the rest (7k).
    k = rng.randint(1, 50)
    first = [k, 2 * k, 4 * k]
    rng.shuffle(first)
    samples = [_text(first), _text([5, 5, 5, 5]), random_case(rng.randint(3, 6), 30)]
    small = [random_case(rng.randint(1, 7), rng.choice([3, 20, maxa])) for _ in range(10)]
    edge = [
        ("1\n7\n", True),
        (f"2\n{maxa}\n{maxa}\n", True),
        (_text([1] * 7), True),
        (_text([maxa] * 7), True),
    ]
    randoms = [random_case(rng.randint(1000, 5000), maxa) for _ in range(3)]
    anti = [_text([rng.randint(maxa - 10, maxa) for _ in range(20_000)])]  # equal sizes: sequential merging loses
    maxes = [random_case(maxn, maxa), random_case(maxn, 10), _text([maxa] * maxn)]  # the last needs 64 bits
    stress = [random_case(rng.randint(1, 6), rng.choice([3, 20, maxa])) for _ in range(120)]
    return {
        "params": {"variant": "merge_cost", "maxn": maxn, "maxv": maxa, "low_n": 1},
        "constraints": [
            Constraint(symbol="N", low=1, high=maxn, meaning={"en": "piles", "ko": "묶음의 수"}),
            Constraint(symbol="a_i", low=1, high=maxa, meaning={"en": "size of each pile", "ko": "각 묶음의 크기"}),
        ],
        "reference": MERGE_REFERENCE,
        "brute": MERGE_BRUTE,
        "tests": _tests(samples, small, edge, randoms, anti, maxes),
        "stress": stress,
        "near_invalid": _near_invalid(samples[0], maxn, 1, 0, maxa + 1, 1),
        "wrong": [
            WrongSolution("sort_once_merge_left_to_right", MERGE_WRONG_SEQUENTIAL),
            WrongSolution("int32_total", MERGE_WRONG_INT32),
            WrongSolution("scan_for_two_smallest", MERGE_SLOW, "slow"),
        ],
    }


def _running_median(rng: random.Random) -> dict:
    maxn, maxa = MEDIAN_MAXN, MEDIAN_MAXA

    def random_case(count: int, cap: int) -> str:
        return _text([rng.randint(-cap, cap) for _ in range(count)])

    # A negative outlier, a repeated value and even counts (the smaller middle one); the values are replaced by
    # random ones in the same order, the outlier staying negative.
    first = [1, 5, 2, 10, -99, 7, 5]
    rename = _monotone(rng, [x for x in first if x > 0], range(1, 60))
    rename[-99] = -rng.randint(10, 99)
    samples = [_text([rename[x] for x in first]), random_case(rng.randint(4, 8), 20)]
    small = [random_case(rng.randint(1, 12), rng.choice([2, 10, maxa])) for _ in range(10)]
    edge = [
        ("1\n-10000\n", True),
        (_text([3, 3, 3, 3, 3, 3]), True),
        (_text([maxa, -maxa] * 4), True),
        (_text(list(range(10, 0, -1))), True),
    ]
    randoms = [random_case(rng.randint(1000, 5000), maxa) for _ in range(3)]
    anti = [_text(list(range(maxa, maxa - 3000, -1)) + list(range(-3000, 0)))]  # big values first, then small
    increasing = sorted(rng.randint(-maxa, maxa) for _ in range(maxn))
    maxes = [random_case(maxn, maxa), _text(increasing)]
    stress = [random_case(rng.randint(1, 10), rng.choice([2, 10, maxa])) for _ in range(120)]
    return {
        "params": {"variant": "running_median", "maxn": maxn, "maxv": maxa, "low_n": 1},
        "constraints": [
            Constraint(symbol="N", low=1, high=maxn, meaning={"en": "numbers", "ko": "수의 개수"}),
            Constraint(symbol="x", low=-maxa, high=maxa, meaning={"en": "each number", "ko": "각 수"}),
        ],
        "reference": MEDIAN_REFERENCE,
        "brute": MEDIAN_BRUTE,
        "tests": _tests(samples, small, edge, randoms, anti, maxes),
        "stress": stress,
        "near_invalid": _near_invalid(samples[0], maxn, 1, -maxa - 1, maxa + 1, 1),
        "wrong": [
            WrongSolution("upper_middle_for_even_count", MEDIAN_WRONG_UPPER),
            WrongSolution("heaps_balanced_but_unordered", MEDIAN_WRONG_NO_ORDER),
            WrongSolution("insertion_by_linear_scan", MEDIAN_SLOW, "slow"),
        ],
    }


# ------------------------------------------------------------------------------------------ texts
def _explain(variant: str, inp: str, out: str, language: Language) -> str:
    en = language == "en"
    values = out.split()
    if variant in ("min_heap", "abs_heap"):
        shown = ", ".join(values[:6]) + (", ..." if len(values) > 6 else "")
        empty = values.count("0")
        if en:
            tail = f"; {empty} of them found the box empty and printed 0." if empty else "."
            return f"The removals print {shown}{tail}"
        tail = f" 그중 {empty}번은 상자가 비어 있어서 0을 출력합니다." if empty else ""
        return f"꺼낸 값을 차례로 출력하면 {shown}입니다.{tail}"
    if variant == "merge_cost":
        return (f"Always merging the two smallest piles gives the minimum total cost, {values[0]}." if en
                else f"항상 가장 작은 두 묶음을 먼저 합치면 되고, 이때 드는 최소 비용은 {values[0]}입니다.")
    shown = ", ".join(values[:6]) + (", ..." if len(values) > 6 else "")
    return f"The medians after each number are {shown}." if en else f"수를 하나씩 말할 때마다의 중앙값은 {shown}입니다."


def _texts(variant: str, language: Language, t: dict[str, str]) -> tuple[str, str, str, str, str]:
    ko = language == "ko"
    if variant in ("min_heap", "abs_heap"):
        if ko:
            order = (f"{josa(t['value'], '이/가')} 가장 작은 것" if variant == "min_heap"
                     else f"{t['value']}의 절댓값이 가장 작은 것(그런 것이 여럿이면 {josa(t['value'], '이/가')} 가장 "
                          "작은 것)")
            rng_text = "0 이상 2^31 - 1 이하인" if variant == "min_heap" else "절댓값이 2^31 - 1 이하인"
            legend = (f"{josa(t['who'], '은/는')} {josa(t['item'], '을/를')} 보관하는 상자를 관리합니다. 처음에 상자는 "
                      f"비어 있고, 연산 N개가 차례대로 주어집니다. 수 x가 0이 아니면 {josa(t['value'], '이/가')} x인 "
                      f"{josa(t['item'], '을/를')} 상자에 넣습니다. x가 0이면 상자에서 {order}을 하나 꺼내고 그 "
                      f"{josa(t['value'], '을/를')} 출력합니다. 상자가 비어 있으면 0을 출력합니다.")
            fmt_in = f"첫째 줄에 N이 주어집니다. 다음 N개의 줄에 {rng_text} 정수 x가 하나씩 주어집니다."
            fmt_out = "x가 0인 연산마다 꺼낸 값(비어 있으면 0)을 한 줄에 하나씩 출력합니다."
            notes = "같은 값이 여러 번 들어올 수 있습니다."
            if variant == "abs_heap":
                notes += " 넣는 수 x는 0이 아니며 음수일 수 있습니다."
            title = t["title_heap"] if variant == "min_heap" else t["title_heap"] + " (절댓값)"
        else:
            order = ("the one with the smallest " + t["value"] if variant == "min_heap" else
                     f"the one whose {t['value']} has the smallest absolute value (on a tie, the smaller "
                     f"{t['value']})")
            rng_text = "between 0 and 2^31 - 1" if variant == "min_heap" else "with |x| ≤ 2^31 - 1"
            legend = (f"{t['who']} keeps {t['items']} in a box that is empty at first. N operations follow in "
                      f"order. A non-zero number x puts a {t['item']} with {t['value']} x into the box. The number 0 "
                      f"takes out {order} and prints its {t['value']}; if the box is empty, print 0 instead.")
            fmt_in = f"The first line contains N. Each of the next N lines holds an integer x {rng_text}."
            fmt_out = "For every 0, print the removed value (or 0 if the box was empty) on its own line."
            notes = "The same value may be inserted several times."
            if variant == "abs_heap":
                notes += " Inserted values are non-zero and may be negative."
            title = t["title_heap"] if variant == "min_heap" else t["title_heap"] + " (Absolute Value)"
        return legend, fmt_in, fmt_out, notes, title
    if variant == "merge_cost":
        if ko:
            legend = (f"{t['pile']} N개가 있고, i번째 {t['pile']}의 크기는 a_i입니다. 크기가 A와 B인 두 "
                      f"{josa(t['pile'], '을/를')} 하나로 합치면 크기가 A + B인 {t['pile']} 하나가 되고, 비용이 "
                      f"A + B만큼 듭니다. {josa(t['who'], '은/는')} 모든 {josa(t['pile'], '을/를')} 하나로 합치려고 "
                      "합니다. 합치는 순서를 잘 정했을 때 드는 비용의 합의 최솟값을 구하세요.")
            fmt_in = "첫째 줄에 N이 주어집니다. 다음 N개의 줄에 a_i가 하나씩 주어집니다."
            fmt_out = "첫째 줄에 최소 비용을 출력합니다."
            notes = (f"{josa(t['pile'], '이/가')} 하나뿐이면 합칠 필요가 없으므로 0을 출력합니다. 답이 32비트 정수 "
                     "범위를 넘을 수 있습니다.")
        else:
            legend = (f"There are N {t['piles']}; the i-th has size a_i. Merging two {t['piles']} of sizes A and B "
                      f"gives one of size A + B and costs A + B. {t['who']} wants to merge all {t['piles']} into "
                      "one. Find the minimum total cost over all merge orders.")
            fmt_in = "The first line contains N. Each of the next N lines holds a_i."
            fmt_out = "Print the minimum total cost."
            notes = f"With a single {t['pile']} nothing is merged and the answer is 0. The answer may not fit in 32 bits."
        return legend, fmt_in, fmt_out, notes, t["title_merge"]
    if ko:
        legend = (f"{josa(t['who'], '은/는')} {t['item']}의 {josa(t['value'], '을/를')} 하나씩 N번 부릅니다. 새 수를 "
                  "부를 때마다 지금까지 부른 수들의 중앙값을 말해야 합니다. 부른 수의 개수가 짝수이면 가운데 두 수 중 "
                  "작은 수를 말합니다.")
        fmt_in = "첫째 줄에 N이 주어집니다. 다음 N개의 줄에 부른 정수가 차례대로 하나씩 주어집니다."
        fmt_out = "N개의 줄에 걸쳐, 수를 하나 부를 때마다 그때의 중앙값을 출력합니다."
        notes = "같은 수를 여러 번 부를 수 있습니다."
    else:
        legend = (f"{t['who']} calls out the {t['value']}s of N {t['items']} one at a time. After each call, say the "
                  "median of all numbers called so far; when their count is even, say the smaller of the two "
                  "middle numbers.")
        fmt_in = "The first line contains N. Each of the next N lines holds the next number called."
        fmt_out = "Print N lines: the median after each call."
        notes = "The same number may be called several times."
    return legend, fmt_in, fmt_out, notes, t["title_median"]
