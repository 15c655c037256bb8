"""Greedy choices that are provably optimal.

Variants by difficulty: tutorial (fewest coins when every coin value divides the next one), easy (the
most meetings in one room: sort by end time), medium (the fewest rooms for all lectures: sweep over
start/end times), hard (one-day jobs with deadlines and rewards: deadline order with a min-heap).
"""
from __future__ import annotations

import random

from generator.problems.family import Draft, Family, TestInput, WrongSolution, choose_theme
from generator.problems.schema import Constraint, Difficulty, Language

VARIANTS: dict[Difficulty, str] = {
    Difficulty.tutorial: "coin_change",
    Difficulty.easy: "activity_selection",
    Difficulty.medium: "min_rooms",
    Difficulty.hard: "job_deadlines",
}

COIN_MAXK, COIN_MAXN, COIN_MAXA = 10, 10**8, 10**6
MEET_MAXN, MEET_MAXT = 50_000, 10**9
ROOM_MAXN, ROOM_MAXT = 100_000, 10**6
JOB_MAXN, JOB_MAXD, JOB_MAXP = 50_000, 100_000, 10_000

THEMES: dict[str, dict[Language, dict[str, str]]] = {
    "festival": {
        "en": {"title": "Festival Planner", "cashier": "The festival token booth", "event": "performance",
               "events": "performances", "place": "stage", "places": "stages", "job": "food order",
               "jobs": "food orders", "reward": "revenue", "who": "The festival crew"},
        "ko": {"title": "축제 기획자", "cashier": "축제 토큰 부스", "event": "공연", "place": "무대",
               "job": "음식 주문", "reward": "매출", "who": "축제 운영진은"},
    },
    "office": {
        "en": {"title": "Busy Office", "cashier": "The office vending machine", "event": "meeting",
               "events": "meetings", "place": "conference room", "places": "conference rooms",
               "job": "project", "jobs": "projects", "reward": "bonus", "who": "The team leader"},
        "ko": {"title": "바쁜 사무실", "cashier": "사무실 자판기", "event": "회의", "place": "회의실",
               "job": "프로젝트", "reward": "보너스", "who": "팀장은"},
    },
    "school": {
        "en": {"title": "School Days", "cashier": "The school store", "event": "lecture",
               "events": "lectures", "place": "classroom", "places": "classrooms", "job": "assignment",
               "jobs": "assignments", "reward": "points", "who": "A student"},
        "ko": {"title": "학교 생활", "cashier": "학교 매점", "event": "강의", "place": "강의실",
               "job": "과제", "reward": "점수", "who": "학생은"},
    },
    "studio": {
        "en": {"title": "Recording Studio", "cashier": "The studio's coffee machine", "event": "session",
               "events": "sessions", "place": "recording booth", "places": "recording booths",
               "job": "mixing job", "jobs": "mixing jobs", "reward": "fee", "who": "The sound engineer"},
        "ko": {"title": "녹음 스튜디오", "cashier": "스튜디오 커피 머신", "event": "녹음 세션", "place": "녹음 부스",
               "job": "믹싱 작업", "reward": "작업비", "who": "음향 엔지니어는"},
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

# ------------------------------------------------------------------------------------------- coin_change
COIN_VALIDATOR = VALIDATOR_HEAD + r'''
MAXK, MAXN, MAXA = %(maxk)d, %(maxn)d, %(maxa)d
assert len(lines) == 2, "expected exactly two lines"
n, k = ints(lines[0], 2)
assert 1 <= n <= MAXN, "N out of range"
assert 1 <= k <= MAXK, "K out of range"
coins = ints(lines[1], k)
assert coins[0] == 1, "the smallest coin must be 1"
for c in coins:
    assert 1 <= c <= MAXA, "coin value out of range"
for a, b in zip(coins, coins[1:]):
    assert b > a and b %% a == 0, "each coin must be a larger multiple of the previous one"
'''

COIN_REFERENCE = r'''
import sys
data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
coins = list(map(int, data[2:2 + k]))
count = 0
for c in reversed(coins):
    count += n // c
    n %= c
print(count)
'''

# Obviously correct: the fewest coins for every amount up to N (only run on small N).
COIN_BRUTE = r'''
import sys
data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
coins = list(map(int, data[2:2 + k]))
INF = float("inf")
best = [0] + [INF] * n
for x in range(1, n + 1):
    for c in coins:
        if c <= x and best[x - c] + 1 < best[x]:
            best[x] = best[x - c] + 1
print(best[n])
'''

COIN_WRONG_ASCENDING = r'''
import sys
data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
coins = list(map(int, data[2:2 + k]))
count = 0
for c in coins:  # forgets to start from the largest coin
    count += n // c
    n %= c
print(count)
'''

COIN_WRONG_ONCE = r'''
import sys
data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
coins = list(map(int, data[2:2 + k]))
count = 0
for c in reversed(coins):
    if n >= c:  # "if" instead of "while": every coin at most once, then pay the rest in 1s
        n -= c
        count += 1
print(count + n)
'''

COIN_SLOW = r'''
import sys
data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
coins = list(map(int, data[2:2 + k]))
count = 0
for c in reversed(coins):
    while n >= c:  # one coin at a time
        n -= c
        count += 1
print(count)
'''

# ------------------------------------------------------------------------------------ activity_selection
MEET_VALIDATOR = VALIDATOR_HEAD + r'''
MAXN, MAXT = %(maxn)d, %(maxt)d
(n,) = ints(lines[0], 1)
assert 1 <= n <= MAXN, "N out of range"
assert len(lines) == n + 1, "expected N lines of meetings"
for line in lines[1:]:
    s, e = ints(line, 2)
    assert 0 <= s <= MAXT and 0 <= e <= MAXT, "time out of range"
    assert s <= e, "a meeting cannot end before it starts"
'''

MEET_REFERENCE = r'''
import sys
data = sys.stdin.buffer.read().split()
n = int(data[0])
meetings = sorted(zip(map(int, data[2:2 + 2 * n:2]), map(int, data[1:1 + 2 * n:2])))  # (end, start)
count, free_at = 0, -1
for end, start in meetings:
    if start >= free_at:
        count += 1
        free_at = end
print(count)
'''

# Obviously correct: every subset, checking every pair.
MEET_BRUTE = r'''
import sys
data = sys.stdin.read().split()
n = int(data[0])
m = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n)]
best = 0
for mask in range(1 << n):
    chosen = [m[i] for i in range(n) if mask >> i & 1]
    if len(chosen) <= best:
        continue
    if all(a[1] <= b[0] or b[1] <= a[0] for i, a in enumerate(chosen) for b in chosen[i + 1:]):
        best = len(chosen)
print(best)
'''

MEET_WRONG_START = r'''
import sys
data = sys.stdin.buffer.read().split()
n = int(data[0])
meetings = sorted(zip(map(int, data[1:1 + 2 * n:2]), map(int, data[2:2 + 2 * n:2])))  # by start time
count, free_at = 0, -1
for start, end in meetings:
    if start >= free_at:
        count += 1
        free_at = end
print(count)
'''

MEET_WRONG_TIES = r'''
import sys
data = sys.stdin.buffer.read().split()
n = int(data[0])
meetings = list(zip(map(int, data[1:1 + 2 * n:2]), map(int, data[2:2 + 2 * n:2])))
meetings.sort(key=lambda m: m[1])  # by end time only: ties keep the input order
count, free_at = 0, -1
for start, end in meetings:
    if start >= free_at:
        count += 1
        free_at = end
print(count)
'''

MEET_WRONG_SHORTEST = r'''
import sys
from bisect import bisect_left, insort
data = sys.stdin.buffer.read().split()
n = int(data[0])
meetings = sorted(zip(map(int, data[1:1 + 2 * n:2]), map(int, data[2:2 + 2 * n:2])), key=lambda m: m[1] - m[0])
taken = []  # (start, end) sorted, pairwise compatible
for s, e in meetings:  # shortest meetings first
    i = bisect_left(taken, (s, e))
    ok = (i == 0 or taken[i - 1][1] <= s) and (i == len(taken) or e <= taken[i][0])
    if ok:
        insort(taken, (s, e))
print(len(taken))
'''

MEET_SLOW = r'''
import sys
data = sys.stdin.buffer.read().split()
n = int(data[0])
s = list(map(int, data[1:1 + 2 * n:2]))
e = list(map(int, data[2:2 + 2 * n:2]))
used = [False] * n
free_at, count = 0, 0
while True:  # rescans every meeting for each pick: O(N * answer)
    best = -1
    for i in range(n):
        if not used[i] and s[i] >= free_at and (best < 0 or (e[i], s[i]) < (e[best], s[best])):
            best = i
    if best < 0:
        break
    used[best] = True
    free_at = e[best]
    count += 1
print(count)
'''

# ---------------------------------------------------------------------------------------------- min_rooms
ROOM_VALIDATOR = VALIDATOR_HEAD + r'''
MAXN, MAXT = %(maxn)d, %(maxt)d
(n,) = ints(lines[0], 1)
assert 1 <= n <= MAXN, "N out of range"
assert len(lines) == n + 1, "expected N lines of lectures"
for line in lines[1:]:
    s, e = ints(line, 2)
    assert 0 <= s <= MAXT and 0 <= e <= MAXT, "time out of range"
    assert s < e, "a lecture must end after it starts"
'''

ROOM_REFERENCE = r'''
import sys
data = sys.stdin.buffer.read().split()
n = int(data[0])
starts = sorted(map(int, data[1:1 + 2 * n:2]))
ends = sorted(map(int, data[2:2 + 2 * n:2]))
best = j = 0
for i, x in enumerate(starts):
    while ends[j] <= x:  # a room freed at time x can be reused at time x
        j += 1
    if i + 1 - j > best:
        best = i + 1 - j
print(best)
'''

# Obviously correct: the smallest k for which a backtracking search can give every lecture one of k rooms.
ROOM_BRUTE = r'''
import sys
data = sys.stdin.read().split()
n = int(data[0])
lec = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n)]
def fits(k):
    rooms = [[] for _ in range(k)]
    def place(i):
        if i == n:
            return True
        s, e = lec[i]
        for r in rooms:
            if all(e <= a or b <= s for a, b in r):
                r.append(lec[i])
                if place(i + 1):
                    return True
                r.pop()
            if not r:
                break  # empty rooms are interchangeable
        return False
    return place(0)
k = 1
while not fits(k):
    k += 1
print(k)
'''

ROOM_WRONG_TOUCH = r'''
import sys
data = sys.stdin.buffer.read().split()
n = int(data[0])
starts = sorted(map(int, data[1:1 + 2 * n:2]))
ends = sorted(map(int, data[2:2 + 2 * n:2]))
best = j = 0
for i, x in enumerate(starts):
    while ends[j] < x:  # treats a lecture that ends at x as still running
        j += 1
    best = max(best, i + 1 - j)
print(best)
'''

ROOM_WRONG_FILL = r'''
import sys
data = sys.stdin.buffer.read().split()
n = int(data[0])
left = sorted(zip(map(int, data[2:2 + 2 * n:2]), map(int, data[1:1 + 2 * n:2])))  # (end, start)
rooms = 0
while left:  # fills one room at a time with as many lectures as possible
    free_at, rest = -1, []
    for end, start in left:
        if start >= free_at:
            free_at = end
        else:
            rest.append((end, start))
    left = rest
    rooms += 1
print(rooms)
'''

ROOM_SLOW = r'''
import sys
data = sys.stdin.buffer.read().split()
n = int(data[0])
s = list(map(int, data[1:1 + 2 * n:2]))
e = list(map(int, data[2:2 + 2 * n:2]))
best = 0
for t in s:  # lectures running at each start time: O(N^2)
    running = 0
    for j in range(n):
        if s[j] <= t < e[j]:
            running += 1
    best = max(best, running)
print(best)
'''

# ------------------------------------------------------------------------------------------ job_deadlines
JOB_VALIDATOR = VALIDATOR_HEAD + r'''
MAXN, MAXD, MAXP = %(maxn)d, %(maxd)d, %(maxp)d
(n,) = ints(lines[0], 1)
assert 1 <= n <= MAXN, "N out of range"
assert len(lines) == n + 1, "expected N lines of jobs"
for line in lines[1:]:
    d, p = ints(line, 2)
    assert 1 <= d <= MAXD, "deadline out of range"
    assert 1 <= p <= MAXP, "reward out of range"
'''

JOB_REFERENCE = r'''
import sys
from heapq import heappush, heappushpop
data = sys.stdin.buffer.read().split()
n = int(data[0])
jobs = sorted(zip(map(int, data[1:1 + 2 * n:2]), map(int, data[2:2 + 2 * n:2])))
kept = []  # rewards of the jobs kept so far, smallest on top
for d, p in jobs:
    if len(kept) < d:
        heappush(kept, p)
    elif kept[0] < p:
        heappushpop(kept, p)  # swap the cheapest kept job for this one
print(sum(kept))
'''

# Obviously correct: best total from day t on, given which jobs are done (memoised over all subsets).
JOB_BRUTE = r'''
import sys
from functools import lru_cache
data = sys.stdin.read().split()
n = int(data[0])
d = [int(data[1 + 2 * i]) for i in range(n)]
p = [int(data[2 + 2 * i]) for i in range(n)]
last = min(max(d), n)
@lru_cache(maxsize=None)
def best(day, done):
    if day > last:
        return 0
    result = best(day + 1, done)  # stay idle
    for j in range(n):
        if not done >> j & 1 and d[j] >= day:
            result = max(result, p[j] + best(day + 1, done | 1 << j))
    return result
print(best(1, 0))
'''

JOB_WRONG_EDF = r'''
import sys
data = sys.stdin.buffer.read().split()
n = int(data[0])
jobs = sorted(zip(map(int, data[1:1 + 2 * n:2]), map(int, data[2:2 + 2 * n:2])))
day, total = 0, 0
for d, p in jobs:  # earliest deadline first, never reconsiders
    if day < d:
        day += 1
        total += p
print(total)
'''

JOB_WRONG_PROFIT_COUNT = r'''
import sys
data = sys.stdin.buffer.read().split()
n = int(data[0])
jobs = sorted(zip(map(int, data[2:2 + 2 * n:2]), map(int, data[1:1 + 2 * n:2])), reverse=True)
taken, total = 0, 0
for p, d in jobs:  # richest first, but only compares the count taken so far with its own deadline
    if taken < d:
        taken += 1
        total += p
print(total)
'''

JOB_WRONG_PER_DAY = r'''
import sys
data = sys.stdin.buffer.read().split()
n = int(data[0])
best = {}
for i in range(n):
    d, p = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    best[d] = max(best.get(d, 0), p)  # assumes a job must be done exactly on its deadline day
print(sum(best.values()))
'''

JOB_SLOW = r'''
import sys
data = sys.stdin.buffer.read().split()
n = int(data[0])
jobs = sorted(zip(map(int, data[2:2 + 2 * n:2]), map(int, data[1:1 + 2 * n:2])), reverse=True)
busy = [False] * (n + 1)
total = 0
for p, d in jobs:  # richest first, into the latest free day: O(N * D)
    day = min(d, n)
    while day >= 1 and busy[day]:
        day -= 1
    if day >= 1:
        busy[day] = True
        total += p
print(total)
'''


class Greedy(Family):
    name = "greedy"
    category = "greedy algorithms"
    tags = ("greedy", "sorting")
    keywords = (
        "greedy", "greedy algorithm", "coin change", "coins", "meeting room", "meeting rooms",
        "interval scheduling", "activity selection", "scheduling", "deadline", "deadlines",
        "그리디", "탐욕", "탐욕법", "탐욕 알고리즘", "회의실", "회의실 배정", "강의실", "거스름돈", "동전", "마감",
    )

    def draft(self, rng: random.Random, difficulty: Difficulty, language: Language) -> Draft:
        variant = VARIANTS[difficulty]
        theme, t = choose_theme(rng, THEMES, language)
        parts = {
            "coin_change": _build_coins,
            "activity_selection": _build_meetings,
            "min_rooms": _build_rooms,
            "job_deadlines": _build_jobs,
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
            explain=lambda inp, out: _explain(variant, inp, out, language, t),
            signature_key=f"{theme}:{variant}:{parts.get('key', '')}",
        )


def _tests(samples, small, edge, randoms, anti, maxes, *, edge_small) -> list[TestInput]:
    return (
        [TestInput(s, "sample", small=True) for s in samples]
        + [TestInput(s, "small", small=True) for s in small]
        + [TestInput(s, "edge", small=edge_small(s)) for s in edge]
        + [TestInput(s, "random") for s in randoms]
        + [TestInput(s, "anti") for s in anti]
        + [TestInput(s, "max") for s in maxes]
    )


def _pairs(text: str) -> int:
    return int(text.split("\n", 1)[0])


# ------------------------------------------------------------------------------------------------ builders
def _build_coins(rng: random.Random) -> dict:
    maxk, maxn, maxa = COIN_MAXK, COIN_MAXN, COIN_MAXA

    def chain(k: int) -> list[int]:
        coins = [1]
        while len(coins) < k:
            nxt = coins[-1] * rng.choice([2, 2, 3, 4, 5, 5, 10])
            if nxt > maxa:
                break
            coins.append(nxt)
        return coins

    def render(n: int, coins: list[int]) -> str:
        return f"{n} {len(coins)}\n" + " ".join(map(str, coins)) + "\n"

    won = [1, 5, 10, 50, 100, 500, 1000, 5000, 10000, 50000]
    samples = [render(rng.randint(100, 999), [1, 5, 10, 50, 100, 500]), render(rng.randint(20, 200), chain(4))]
    small = [render(rng.randint(1, 3000), chain(rng.randint(1, 6))) for _ in range(10)]
    edge = [render(1, [1]), render(1, won), render(maxn, [1]), render(maxn, won),
            render(won[-1], won), render(won[-1] - 1, won), render(999_999, chain(maxk))]
    randoms = [render(rng.randint(1, maxn), chain(rng.randint(5, maxk))) for _ in range(3)]
    anti = [render(rng.randint(2000, 2999), [1, 10, 100, 1000]), render(rng.randint(50, 99), [1, 2, 4, 8, 16, 32, 64])]
    maxes = [render(maxn - rng.randint(0, 1000), chain(maxk)), render(maxn - 1, [1, 2])]
    stress = [render(rng.randint(1, 400), chain(rng.randint(1, 5))) for _ in range(120)]
    near_invalid = [
        render(maxn + 1, [1, 5]),
        render(0, [1, 5]),
        render(10, [2, 4]),  # smallest coin is not 1
        render(10, [1, 3, 5]),  # 5 is not a multiple of 3
        render(10, [1, 5, 5]),  # not strictly increasing
        render(10, [1, 2 * maxa]),
        render(100, [2 ** i for i in range(maxk + 1)]),  # K = max + 1
        "10 3\n1 5\n",  # fewer coins than K
        render(10, [1, 5]).rstrip("\n"),
    ]
    wrong = [
        WrongSolution("smallest_coin_first", COIN_WRONG_ASCENDING),
        WrongSolution("each_coin_once", COIN_WRONG_ONCE),
        WrongSolution("one_coin_at_a_time", COIN_SLOW, "slow"),
    ]
    constraints = [
        Constraint(symbol="N", low=1, high=maxn, meaning={"en": "amount to pay", "ko": "거슬러 줄 금액"}),
        Constraint(symbol="K", low=1, high=maxk, meaning={"en": "kinds of coins", "ko": "동전의 종류 수"}),
        Constraint(symbol="A_i", low=1, high=maxa, meaning={
            "en": "A_1 = 1 and each A_{i+1} is a multiple of A_i greater than A_i",
            "ko": "A_1 = 1이고, A_{i+1}은 A_i보다 큰 A_i의 배수"}),
    ]
    return {
        "constraints": constraints, "reference": COIN_REFERENCE, "brute": COIN_BRUTE,
        "validator": COIN_VALIDATOR % {"maxk": maxk, "maxn": maxn, "maxa": maxa},
        "tests": _tests(samples, small, edge, randoms, anti, maxes, edge_small=lambda s: int(s.split()[0]) <= 5000),
        "stress": stress, "near_invalid": near_invalid, "wrong": wrong,
    }


def _render_pairs(pairs: list[tuple[int, int]]) -> str:
    return f"{len(pairs)}\n" + "".join(f"{a} {b}\n" for a, b in pairs)


def _build_meetings(rng: random.Random) -> dict:
    maxn, maxt = MEET_MAXN, MEET_MAXT

    def meeting(span: int, longest: int) -> tuple[int, int]:
        s = rng.randint(0, span)
        return s, min(span, s + rng.randint(0, longest))

    def case(n: int, span: int, longest: int) -> str:
        return _render_pairs([meeting(span, longest) for _ in range(n)])

    def ties(blocks: int, gap: int) -> list[tuple[int, int]]:
        # (x, x) listed before (x - 1, x): both fit, but only if the earlier start wins the tie.
        out = []
        for b in range(blocks):
            x = b * gap + gap - 1
            out += [(x, x), (x - 1, x)]
        return out

    samples = [case(rng.randint(4, 6), 12, 5), case(rng.randint(5, 7), 20, 8)]
    small = [case(rng.randint(1, 10), rng.choice([5, 15, 40]), rng.choice([2, 6, 15])) for _ in range(10)]
    edge = [_render_pairs([(0, 0)]), _render_pairs([(maxt, maxt)]), _render_pairs([(0, maxt)]),
            _render_pairs([(3, 3)] * 4 + [(1, 3), (3, 5)]), _render_pairs([(0, maxt)] * 5),
            _render_pairs([(i, i + 1) for i in range(9)])]
    randoms = [case(rng.randint(200, 2000), maxt, rng.choice([10**6, 10**8])) for _ in range(3)]
    anti = [
        _render_pairs([(0, 100)] + [(i * 10 + 1, i * 10 + 9) for i in range(9)]),  # one long early meeting
        _render_pairs([(0, 10), (11, 20), (9, 12)] * 3),  # a short meeting blocks two others
        _render_pairs(ties(5, 10)),
        _render_pairs(ties(rng.randint(200, 400), 1000)),
        _render_pairs([(k, k + 2) for k in range(0, 30, 3)] + [(k + 2, k + 4) for k in range(0, 30, 3)]),
    ]
    width = maxt // maxn
    maxes = [
        _render_pairs(rng.sample([(i * width, i * width + rng.randint(0, width)) for i in range(maxn)], maxn)),
        case(maxn, maxt, 10**7),
    ]
    stress = [case(rng.randint(1, 8), rng.choice([4, 10, 25]), rng.choice([1, 4, 10])) for _ in range(120)]
    near_invalid = [
        _render_pairs([(1, 2)] * (maxn + 1)),
        _render_pairs([(1, maxt + 1)]),
        _render_pairs([(-1, 3)]),
        _render_pairs([(5, 4)]),
        "3\n1 2\n3 4\n",
        "1\n1 2 3\n",
        "1\n1 2\n".rstrip("\n"),
    ]
    wrong = [
        WrongSolution("earliest_start_first", MEET_WRONG_START),
        WrongSolution("end_time_ties_by_input_order", MEET_WRONG_TIES),
        WrongSolution("shortest_first", MEET_WRONG_SHORTEST),
        WrongSolution("rescan_all_meetings", MEET_SLOW, "slow"),
    ]
    constraints = [
        Constraint(symbol="N", low=1, high=maxn, meaning={"en": "number of requests", "ko": "신청의 수"}),
        Constraint(symbol="S_i, E_i", low=0, high=maxt, meaning={"en": "S_i ≤ E_i", "ko": "S_i ≤ E_i"}),
    ]
    return {
        "constraints": constraints, "reference": MEET_REFERENCE, "brute": MEET_BRUTE,
        "validator": MEET_VALIDATOR % {"maxn": maxn, "maxt": maxt},
        "tests": _tests(samples, small, edge, randoms, anti, maxes, edge_small=lambda s: _pairs(s) <= 12),
        "stress": stress, "near_invalid": near_invalid, "wrong": wrong,
    }


def _build_rooms(rng: random.Random) -> dict:
    maxn, maxt = ROOM_MAXN, ROOM_MAXT

    def lecture(span: int, longest: int) -> tuple[int, int]:
        s = rng.randint(0, span - 1)
        return s, min(span, s + rng.randint(1, longest))

    def case(n: int, span: int, longest: int) -> str:
        return _render_pairs([lecture(span, longest) for _ in range(n)])

    def chained(n: int, step: int) -> list[tuple[int, int]]:
        # Lectures that touch end to end: one room is enough.
        return [(i * step, (i + 1) * step) for i in range(n)]

    samples = [case(rng.randint(4, 6), 12, 5), case(rng.randint(5, 7), 20, 8)]
    small = [case(rng.randint(1, 7), rng.choice([5, 15, 40]), rng.choice([2, 6, 15])) for _ in range(10)]
    edge = [_render_pairs([(0, 1)]), _render_pairs([(0, maxt)]), _render_pairs([(maxt - 1, maxt)]),
            _render_pairs([(0, maxt)] * 7), _render_pairs(chained(7, 3))]
    randoms = [case(rng.randint(100, 1000), maxt, rng.choice([10**3, 10**5])) for _ in range(3)]
    anti = [
        _render_pairs(rng.sample(chained(40, 5), 40)),
        _render_pairs([(1, 5), (5, 14), (9, 12), (2, 8)]),  # filling one room at a time needs 3, 2 suffice
        _render_pairs([(1, 5), (5, 14), (9, 12), (2, 8)] * 3 + chained(5, 2)),
        _render_pairs(chained(1000, maxt // maxn) + [(k, k + 1) for k in range(0, 50)]),
    ]
    maxes = [
        case(maxn, maxt, maxt // 100),
        _render_pairs([lecture(maxt, maxt // 2) for _ in range(maxn // 2)] + chained(maxn // 2, maxt // maxn)),
    ]
    stress = [case(rng.randint(1, 7), rng.choice([4, 10, 25]), rng.choice([1, 4, 10])) for _ in range(120)]
    near_invalid = [
        _render_pairs([(1, 2)] * (maxn + 1)),
        _render_pairs([(1, maxt + 1)]),
        _render_pairs([(-1, 3)]),
        _render_pairs([(4, 4)]),  # empty lecture
        "3\n1 2\n3 4\n",
        "1\n1 2 3\n",
        "1\n1 2\n".rstrip("\n"),
    ]
    wrong = [
        WrongSolution("touching_lectures_overlap", ROOM_WRONG_TOUCH),
        WrongSolution("fill_rooms_one_by_one", ROOM_WRONG_FILL),
        WrongSolution("count_at_every_start", ROOM_SLOW, "slow"),
    ]
    constraints = [
        Constraint(symbol="N", low=1, high=maxn, meaning={"en": "number of events", "ko": "일정의 수"}),
        Constraint(symbol="S_i, E_i", low=0, high=maxt, meaning={"en": "S_i < E_i", "ko": "S_i < E_i"}),
    ]
    return {
        "constraints": constraints, "reference": ROOM_REFERENCE, "brute": ROOM_BRUTE,
        "validator": ROOM_VALIDATOR % {"maxn": maxn, "maxt": maxt},
        "tests": _tests(samples, small, edge, randoms, anti, maxes, edge_small=lambda s: _pairs(s) <= 8),
        "stress": stress, "near_invalid": near_invalid, "wrong": wrong,
    }


def _build_jobs(rng: random.Random) -> dict:
    maxn, maxd, maxp = JOB_MAXN, JOB_MAXD, JOB_MAXP

    def case(n: int, dmax: int, pmax: int) -> str:
        return _render_pairs([(rng.randint(1, dmax), rng.randint(1, pmax)) for _ in range(n)])

    samples = [case(rng.randint(4, 6), 3, 20), case(rng.randint(5, 7), 4, 50)]
    small = [case(rng.randint(1, 8), rng.choice([1, 3, 6, 10]), rng.choice([5, 100, maxp])) for _ in range(10)]
    edge = [_render_pairs([(1, 1)]), _render_pairs([(maxd, maxp)]), _render_pairs([(1, maxp)] * 6),
            _render_pairs([(maxd, maxp)] * 6), _render_pairs([(1, 5), (1, 5), (2, 5), (2, 5)])]
    randoms = [case(rng.randint(200, 2000), rng.choice([100, 2000, maxd]), maxp) for _ in range(3)]
    anti = [
        _render_pairs([(2, 10), (1, 5)]),  # richest first must still leave day 1 for the cheap job
        _render_pairs([(1, 1), (2, 2), (2, 50), (3, 3), (3, 60), (3, 70)]),  # earliest deadline first is greedy-wrong
        _render_pairs([(3, 5)] * 3 + [(1, 1)]),  # several jobs share one deadline
        case(300, 50, maxp),
    ]
    maxes = [
        # Every job fits: looking for a free day one by one is O(N^2).
        _render_pairs([(maxn, rng.randint(1, maxp)) for _ in range(maxn)]),
        case(maxn, maxd, maxp),
    ]
    stress = [case(rng.randint(1, 7), rng.choice([2, 4, 8]), rng.choice([5, 30])) for _ in range(120)]
    near_invalid = [
        _render_pairs([(1, 1)] * (maxn + 1)),
        _render_pairs([(0, 5)]),
        _render_pairs([(maxd + 1, 5)]),
        _render_pairs([(3, maxp + 1)]),
        _render_pairs([(3, 0)]),
        "3\n1 2\n3 4\n",
        "1\n1 2 3\n",
        "1\n1 2\n".rstrip("\n"),
    ]
    wrong = [
        WrongSolution("earliest_deadline_no_swap", JOB_WRONG_EDF),
        WrongSolution("richest_first_count_check", JOB_WRONG_PROFIT_COUNT),
        WrongSolution("one_job_per_deadline", JOB_WRONG_PER_DAY),
        WrongSolution("scan_for_free_day", JOB_SLOW, "slow"),
    ]
    constraints = [
        Constraint(symbol="N", low=1, high=maxn, meaning={"en": "number of jobs", "ko": "일의 수"}),
        Constraint(symbol="D_i", low=1, high=maxd, meaning={"en": "deadline day", "ko": "마감일"}),
        Constraint(symbol="P_i", low=1, high=maxp, meaning={"en": "reward", "ko": "보상"}),
    ]
    return {
        "constraints": constraints, "reference": JOB_REFERENCE, "brute": JOB_BRUTE,
        "validator": JOB_VALIDATOR % {"maxn": maxn, "maxd": maxd, "maxp": maxp},
        "tests": _tests(samples, small, edge, randoms, anti, maxes, edge_small=lambda s: _pairs(s) <= 8),
        "stress": stress, "near_invalid": near_invalid, "wrong": wrong,
    }


# ------------------------------------------------------------------------------------------------- texts
def _josa(word: str, with_final: str, without_final: str) -> str:
    """Attach the Korean particle that fits the last syllable (을/를, 이/가, 은/는, 과/와)."""
    last = word[-1]
    has_final = "가" <= last <= "힣" and (ord(last) - 0xAC00) % 28 != 0
    return word + (with_final if has_final else without_final)


def _explain(variant: str, inp: str, out: str, language: Language, t: dict[str, str]) -> str:
    toks = inp.split()
    answer = out.split()[0]
    ko = language == "ko"
    if variant == "coin_change":
        n, k = int(toks[0]), int(toks[1])
        coins = list(map(int, toks[2:2 + k]))
        used = []
        rest = n
        for c in reversed(coins):  # shows how the printed number splits, then checks it matches
            if rest // c:
                used.append(f"{c}×{rest // c}")
            rest %= c
        split = " + ".join(used)
        if ko:
            return f"{n} = {split} 이므로 동전 {answer}개가 필요합니다."
        return f"{n} = {split}, so {answer} coins are needed."
    if variant == "activity_selection":
        return (f"{t['place']}에서 겹치지 않게 최대 {answer}개의 {_josa(t['event'], '을', '를')} 열 수 있습니다." if ko
                else f"At most {answer} {t['events']} fit in the {t['place']} without overlapping.")
    if variant == "min_rooms":
        return (f"{_josa(t['place'], '이', '가')} {answer}개 있으면 모든 {_josa(t['event'], '을', '를')} 열 수 있고, 더 적으면 불가능합니다." if ko
                else f"{answer} {t['places']} are enough for all {t['events']}, and fewer are not.")
    return (f"가장 좋게 고르면 {t['reward']}의 합은 {answer}입니다." if ko
            else f"The best choice of {t['jobs']} earns a total {t['reward']} of {answer}.")


def _texts(variant: str, language: Language, t: dict[str, str]) -> tuple[str, str, str, str]:
    if language == "ko":
        ev, pl, job = t["event"], t["place"], t["job"]
        if variant == "coin_change":
            legend = (f"{t['cashier']}에는 K종류의 동전이 아주 많이 있습니다. 동전의 가치는 A_1 < A_2 < ... < A_K이고, "
                      "A_1 = 1이며 각 동전의 가치는 바로 앞 동전 가치의 배수입니다. "
                      "가치의 합이 정확히 N이 되도록 동전을 주려고 할 때, 필요한 동전 개수의 최솟값을 구하세요.")
            inp = "첫째 줄에 N과 K가 주어집니다. 둘째 줄에 A_1, A_2, ..., A_K가 오름차순으로 공백으로 구분되어 주어집니다."
            out = "필요한 동전 개수의 최솟값을 출력합니다."
            notes = "같은 가치의 동전을 여러 개 사용할 수 있습니다."
        elif variant == "activity_selection":
            legend = (f"{_josa(pl, '이', '가')} 하나 있고, {ev} N건의 사용 신청이 들어왔습니다. i번째 {_josa(ev, '은', '는')} "
                      f"시각 S_i에 시작해서 E_i에 끝납니다. 한 {pl}에서는 동시에 두 {_josa(ev, '을', '를')} 열 수 없지만, "
                      f"한 {_josa(ev, '이', '가')} 끝나는 시각에 바로 다음 {_josa(ev, '을', '를')} 시작할 수 있습니다. "
                      f"시작 시각과 끝나는 시각이 같은 {ev} 신청도 있을 수 있습니다. "
                      f"겹치지 않게 열 수 있는 {ev}의 최대 개수를 구하세요.")
            inp = "첫째 줄에 N이 주어집니다. 다음 N개의 줄에 S_i와 E_i가 공백으로 구분되어 주어집니다."
            out = f"열 수 있는 {ev}의 최대 개수를 출력합니다."
            notes = "두 신청 i, j는 E_i ≤ S_j 또는 E_j ≤ S_i 일 때 함께 열 수 있습니다."
        elif variant == "min_rooms":
            legend = (f"{ev} N개가 모두 열려야 합니다. i번째 {_josa(ev, '은', '는')} 시각 S_i에 시작해서 E_i에 끝납니다. "
                      f"한 {pl}에서는 동시에 두 {_josa(ev, '을', '를')} 열 수 없지만, {_josa(ev, '이', '가')} 끝나는 시각에 "
                      f"같은 {pl}에서 다른 {_josa(ev, '을', '를')} 바로 시작할 수 있습니다. "
                      f"모든 {_josa(ev, '을', '를')} 열기 위해 필요한 {pl}의 최소 개수를 구하세요.")
            inp = "첫째 줄에 N이 주어집니다. 다음 N개의 줄에 S_i와 E_i가 공백으로 구분되어 주어집니다."
            out = f"필요한 {pl}의 최소 개수를 출력합니다."
            notes = f"{_josa(ev, '은', '는')} 시각 S_i 이상 E_i 미만 동안 {_josa(pl, '을', '를')} 사용합니다."
        else:
            legend = (f"{t['who']} {job} N개를 할 수 있습니다. 각 {_josa(job, '은', '는')} 꼬박 하루가 걸리고, 하루에 하나만 할 수 있습니다. "
                      f"i번째 {_josa(job, '은', '는')} D_i일째 날까지 끝내야 {t['reward']} P_i를 받고, 그 뒤에는 받을 수 없습니다. "
                      f"1일째부터 시작할 때, 받을 수 있는 {t['reward']} 합의 최댓값을 구하세요.")
            inp = "첫째 줄에 N이 주어집니다. 다음 N개의 줄에 D_i와 P_i가 공백으로 구분되어 주어집니다."
            out = f"받을 수 있는 {t['reward']} 합의 최댓값을 출력합니다."
            notes = f"모든 {_josa(job, '을', '를')} 할 필요는 없습니다."
        return legend, inp, out, notes
    if variant == "coin_change":
        legend = (f"{t['cashier']} has plenty of coins of K kinds, worth A_1 < A_2 < ... < A_K, where A_1 = 1 and every "
                  "coin is worth a multiple of the previous one. It must pay out exactly N. "
                  "Find the smallest number of coins that add up to N.")
        inp = "The first line contains N and K. The second line contains A_1, A_2, ..., A_K in increasing order."
        out = "Print the smallest number of coins."
        notes = "Any coin may be used any number of times."
    elif variant == "activity_selection":
        legend = (f"There is one {t['place']} and N requests to hold a {t['event']} in it. The i-th {t['event']} "
                  f"starts at time S_i and ends at time E_i. Two {t['events']} cannot use the {t['place']} at the "
                  f"same time, but one may start exactly when another ends; a {t['event']} may even start and end "
                  f"at the same moment. Find the largest number of {t['events']} that can be held.")
        inp = "The first line contains N. Each of the next N lines contains S_i and E_i."
        out = f"Print the largest number of {t['events']}."
        notes = "Requests i and j can both be held when E_i ≤ S_j or E_j ≤ S_i."
    elif variant == "min_rooms":
        legend = (f"N {t['events']} must all take place. The i-th {t['event']} starts at time S_i and ends at time "
                  f"E_i. A {t['place']} holds one {t['event']} at a time, but a new {t['event']} may start in it at "
                  f"the very moment the previous one ends. Find the smallest number of {t['places']} needed.")
        inp = "The first line contains N. Each of the next N lines contains S_i and E_i."
        out = f"Print the smallest number of {t['places']}."
        notes = f"A {t['event']} occupies its {t['place']} from time S_i up to, but not including, time E_i."
    else:
        legend = (f"{t['who']} can take N {t['jobs']}. Each takes one whole day and only one can be done per day. "
                  f"The i-th {t['job']} pays a {t['reward']} of P_i if it is finished by the end of day D_i, and "
                  f"nothing after that. Starting on day 1, find the largest total {t['reward']} that can be earned.")
        inp = "The first line contains N. Each of the next N lines contains D_i and P_i."
        out = f"Print the largest total {t['reward']}."
        notes = f"Not every {t['job']} has to be taken."
    return legend, inp, out, notes
