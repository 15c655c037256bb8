"""Knapsack dynamic programming: choose items under a weight budget to maximise their total value.

Variants by difficulty: tutorial (tiny 0/1 knapsack), easy (0/1 knapsack, DP over capacity), medium
(each item type has a count: bounded knapsack with binary splitting), hard (huge weights and budget but
small values: DP over value, the minimum weight for each total value).
"""
from __future__ import annotations

import random
from itertools import product

from generator.problems.family import Draft, Family, TestInput, WrongSolution, choose_theme, josa
from generator.problems.schema import Constraint, Difficulty, Language

# variant, max N, max W, max w_i, max v_i, max c_i (1 = each item once)
LEVELS: dict[Difficulty, tuple[str, int, int, int, int, int]] = {
    Difficulty.tutorial: ("zero_one_tiny", 10, 100, 100, 100, 1),
    Difficulty.easy: ("zero_one", 100, 10_000, 10_000, 100_000, 1),
    Difficulty.medium: ("bounded", 100, 5_000, 5_000, 10_000, 1_000),
    Difficulty.hard: ("value_dp", 100, 1_000_000_000, 1_000_000_000, 400, 1),
}

THEMES: dict[str, dict[Language, dict[str, str]]] = {
    "hiking": {
        "en": {"title": "Packing for the Trail", "intro": "Mina is packing her backpack for a mountain hike.",
               "item": "piece of gear", "items": "pieces of gear", "kinds": "kinds of gear", "w": "weight", "v": "usefulness",
               "cap": "Her backpack can hold at most W kilograms in total."},
        "ko": {"title": "등산 배낭 꾸리기", "intro": "민아는 등산을 떠나기 전에 배낭을 꾸리고 있습니다.",
               "item": "장비", "w": "무게", "v": "쓸모", "cap": "배낭에는 무게의 합이 최대 W킬로그램까지 들어갑니다."},
    },
    "heist": {
        "en": {"title": "The Museum Heist", "intro": "A gentleman thief has slipped into a museum of jewels.",
               "item": "jewel", "items": "jewels", "kinds": "kinds of jewels", "w": "weight", "v": "price",
               "cap": "His sack can carry at most W grams in total."},
        "ko": {"title": "박물관의 괴도", "intro": "괴도 루팡이 보석 박물관에 몰래 들어왔습니다.",
               "item": "보석", "w": "무게", "v": "가격", "cap": "자루에는 무게의 합이 최대 W그램까지 들어갑니다."},
    },
    "cargo": {
        "en": {"title": "Cargo Plane", "intro": "A small airline is loading its last cargo plane of the day.",
               "item": "crate", "items": "crates", "kinds": "kinds of crates", "w": "weight", "v": "profit",
               "cap": "The plane can take at most W kilograms in total."},
        "ko": {"title": "화물기 적재", "intro": "작은 항공사가 오늘의 마지막 화물기에 짐을 싣고 있습니다.",
               "item": "화물 상자", "w": "무게", "v": "수익", "cap": "화물기에는 무게의 합이 최대 W킬로그램까지 실을 수 있습니다."},
    },
    "study": {
        "en": {"title": "Exam Week", "intro": "Jisoo has an exam week ahead and wants to spend her remaining study time on practice tests.",
               "item": "practice test", "items": "practice tests", "kinds": "kinds of practice tests",
               "w": "solving time", "v": "score gain",
               "cap": "She has only W minutes left in total."},
        "ko": {"title": "시험 기간", "intro": "지수는 시험을 앞두고 남은 시간 동안 모의고사를 풀려고 합니다.",
               "item": "모의고사", "w": "풀이 시간", "v": "점수 향상", "cap": "남은 시간은 모두 합쳐 W분입니다."},
    },
}

VALIDATOR = r'''
import sys
VARIANT, MAX_N, MAX_W, MAX_WI, MAX_VI, MAX_CI = %(variant)r, %(max_n)d, %(max_w)d, %(max_wi)d, %(max_vi)d, %(max_ci)d
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
def ints(line, count, what):
    parts = line.split(" ")
    assert len(parts) == count, what + ": expected %%d integers" %% count
    values = [int(p) for p in parts]
    assert [str(v) for v in values] == parts, what + ": malformed integer"
    return values
n, cap = ints(lines[0], 2, "first line")
assert 1 <= n <= MAX_N, "N out of range"
assert 1 <= cap <= MAX_W, "W out of range"
assert len(lines) == n + 1, "expected exactly N item lines"
per = 3 if VARIANT == "bounded" else 2
for i in range(n):
    item = ints(lines[1 + i], per, "item line")
    assert 1 <= item[0] <= MAX_WI, "w_i out of range"
    assert 1 <= item[1] <= MAX_VI, "v_i out of range"
    if per == 3:
        assert 1 <= item[2] <= MAX_CI, "c_i out of range"
'''

# 0/1 knapsack: dp[c] = best value with total weight <= c; each item builds a new row from the old one.
REF_ZERO_ONE = r'''
import sys
def main():
    data = sys.stdin.buffer.read().split()
    n, cap = int(data[0]), int(data[1])
    dp = [0] * (cap + 1)
    for i in range(n):
        w, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        if w > cap:
            continue
        dp = dp[:w] + [a if a >= b + v else b + v for a, b in zip(dp[w:], dp)]
    print(dp[cap])
main()
'''

# Bounded knapsack: split a count c into parts 1, 2, 4, ..., rest; every amount 0..c is a subset sum.
REF_BOUNDED = r'''
import sys
def main():
    data = sys.stdin.buffer.read().split()
    n, cap = int(data[0]), int(data[1])
    pieces = []
    for i in range(n):
        w, v, c = int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])
        c = min(c, cap // w)
        k = 1
        while c > 0:
            t = min(k, c)
            pieces.append((w * t, v * t))
            c -= t
            k *= 2
    dp = [0] * (cap + 1)
    for w, v in pieces:
        dp = dp[:w] + [a if a >= b + v else b + v for a, b in zip(dp[w:], dp)]
    print(dp[cap])
main()
'''

# Huge weights, small values: minw[s] = least total weight reaching total value exactly s.
REF_VALUE = r'''
import sys
def main():
    data = sys.stdin.buffer.read().split()
    n, cap = int(data[0]), int(data[1])
    INF = 1 << 62
    minw = [0]
    for i in range(n):
        w, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        ext = minw + [INF] * v
        minw = ext[:v] + [a if a <= b + w else b + w for a, b in zip(ext[v:], ext)]
    best = 0
    for s in range(len(minw) - 1, -1, -1):
        if minw[s] <= cap:
            best = s
            break
    print(best)
main()
'''

READ_ITEMS = r'''
import sys
lines = sys.stdin.read().split("\n")
n, cap = map(int, lines[0].split())
items = []
for i in range(n):
    t = list(map(int, lines[1 + i].split()))
    items.append((t[0], t[1], t[2] if len(t) > 2 else 1))
'''

# Obviously correct: try every amount of every item.
BRUTE = READ_ITEMS + r'''
from itertools import product
best = 0
for amounts in product(*[range(c + 1) for _, _, c in items]):
    weight = sum(a * w for a, (w, _, _) in zip(amounts, items))
    if weight <= cap:
        best = max(best, sum(a * v for a, (_, v, _) in zip(amounts, items)))
print(best)
'''

# Wrong: best value per unit of weight first (fractional-knapsack greedy).
WRONG_RATIO = READ_ITEMS + r'''
order = sorted(items, key=lambda it: it[1] / it[0], reverse=True)
total = 0
for w, v, c in order:
    take = min(c, cap // w)
    cap -= take * w
    total += take * v
print(total)
'''

# Wrong: most valuable items first.
WRONG_VALUE = READ_ITEMS + r'''
order = sorted(items, key=lambda it: (-it[1], it[0]))
total = 0
for w, v, c in order:
    take = min(c, cap // w)
    cap -= take * w
    total += take * v
print(total)
'''

# Wrong: the 1-D table updated with capacity increasing, so an item can be reused (unbounded knapsack).
WRONG_FORWARD = READ_ITEMS + r'''
dp = [0] * (cap + 1)
for w, v, c in items:
    for x in range(w, cap + 1):
        if dp[x - w] + v > dp[x]:
            dp[x] = dp[x - w] + v
print(dp[cap])
'''

# Wrong for counts: each item type is taken at most once.
WRONG_IGNORE_COUNTS = READ_ITEMS + r'''
dp = [0] * (cap + 1)
for w, v, c in items:
    for x in range(cap, w - 1, -1):
        if dp[x - w] + v > dp[x]:
            dp[x] = dp[x - w] + v
print(dp[cap])
'''

# Wrong: the value DP is right but the budget test is strict, so a load of exactly W is refused.
WRONG_STRICT = READ_ITEMS + r'''
INF = 1 << 62
total = sum(v for _, v, _ in items)
minw = [0] + [INF] * total
for w, v, c in items:
    for s in range(total, v - 1, -1):
        if minw[s - v] + w < minw[s]:
            minw[s] = minw[s - v] + w
print(max(s for s in range(total + 1) if minw[s] < cap))
'''

# Too slow: try every subset of the items (2^N).
SLOW_SUBSETS = READ_ITEMS + r'''
sys.setrecursionlimit(10000)
def go(i, room):
    if i == n:
        return 0
    best = go(i + 1, room)
    w, v, _ = items[i]
    if w <= room:
        best = max(best, v + go(i + 1, room - w))
    return best
print(go(0, cap))
'''

# Too slow: copy each item c times and run the 0/1 DP over all copies (sum of counts × W).
SLOW_EXPAND = READ_ITEMS + r'''
dp = [0] * (cap + 1)
for w, v, c in items:
    for _ in range(c):
        if w <= cap:
            dp = dp[:w] + [a if a >= b + v else b + v for a, b in zip(dp[w:], dp)]
print(dp[cap])
'''

REFERENCES = {"zero_one_tiny": REF_ZERO_ONE, "zero_one": REF_ZERO_ONE, "bounded": REF_BOUNDED, "value_dp": REF_VALUE}


class Knapsack(Family):
    name = "knapsack"
    category = "dynamic programming: knapsack"
    tags = ("dp", "dynamic programming", "knapsack")
    keywords = (
        "knapsack", "0/1 knapsack", "0-1 knapsack", "dp", "dynamic programming", "bounded knapsack",
        "배낭", "냅색", "냅섹", "다이나믹 프로그래밍", "동적 계획법", "동적계획법", "동적 프로그래밍",
    )

    def draft(self, rng: random.Random, difficulty: Difficulty, language: Language) -> Draft:
        variant, max_n, max_w, max_wi, max_vi, max_ci = LEVELS[difficulty]
        theme, t = choose_theme(rng, THEMES, language)
        bounded = variant == "bounded"

        def render(cap: int, items: list[tuple[int, int, int]]) -> str:
            rows = [f"{w} {v} {c}" if bounded else f"{w} {v}" for w, v, c in items]
            return f"{len(items)} {cap}\n" + "".join(r + "\n" for r in rows)

        def rand_items(n: int, whi: int, vhi: int, chi: int = 1, wlo: int = 1, vlo: int = 1) -> list[tuple[int, int, int]]:
            whi, vhi, chi = min(whi, max_wi), min(vhi, max_vi), min(chi, max_ci)
            return [(rng.randint(min(wlo, whi), whi), rng.randint(min(vlo, vhi), vhi),
                     rng.randint(1, chi) if bounded else 1) for _ in range(n)]

        def small_case(nlo: int, nhi: int, fits: bool = False) -> str:
            # Small enough for the brute force: few items, few copies of each.
            n = rng.randint(nlo, nhi)
            if variant == "value_dp":
                scale = rng.choice([1, 1000, 10 ** 6, 10 ** 8])
                items = rand_items(n, 9 * scale, rng.choice([10, max_vi]), wlo=scale)
            else:
                whi = min(max_wi, rng.choice([10, 30, 100]))
                items = rand_items(n, whi, rng.choice([10, 100, max_vi]), 3 if n <= 5 else 2)
            lightest = min(w for w, _, _ in items) if fits else 1
            cap = rng.randint(lightest, min(max_w, max(lightest, sum(w * c for w, _, c in items))))
            return render(cap, items)

        samples = [small_case(3, 5, fits=True), small_case(3, 5, fits=True)]
        # The classic case where taking the best value per weight first is not optimal.
        k = rng.randint(1, min(max_w // 50, 2 * 10 ** 7))
        classic = [(10 * k, 30, 1), (20 * k, 50, 1), (30 * k, 60, 1)]
        rng.shuffle(classic)
        samples.append(render(50 * k, classic))
        small = [small_case(1, 8 if not bounded else 6) for _ in range(10)]

        edge = [
            render(1, [(min(2, max_wi), 1, 1)]),  # nothing fits
            render(max_w, [(max_wi, max_vi, 1)]),  # one item exactly at the limit
            render(1, [(1, max_vi, max_ci if bounded else 1)]),  # smallest budget
        ]
        same = (rng.randint(1, 9) * (10 ** 7 if variant == "value_dp" else 1), rng.randint(1, max_vi), 3 if bounded else 1)
        edge.append(render(same[0] * rng.randint(1, 6), [same] * 6))  # all items equal
        edge.append(render(max_w, rand_items(min(max_n, 8), max_wi // 10 or 1, max_vi)))  # everything fits
        edge.append(render(max_w, [(max_wi, max_vi, 3 if bounded else 1)] * max_n))  # max values, few fit
        edge_tests = [TestInput(s, "edge", small=_brute_ok(s, bounded)) for s in edge]

        # Anti-greedy and anti-bug tests.
        anti: list[str] = []
        if variant == "value_dp":
            big = rng.randint(max_w // 2, max_w)
            vb = rng.randint(max_vi // 2, max_vi)
            anti.append(render(big, [(1, vb // big + 1, 1), (big, vb, 1)]))  # best ratio blocks the big one
            anti.append(render(big, [(big, vb, 1)]))  # the whole budget, exactly
            parts = rand_items(rng.randint(12, 20), max_wi // 50, max_vi, wlo=max_wi // 100)
            anti.append(render(sum(w for w, _, _ in parts), parts))  # optimum = everything, weight exactly W
            u = rng.randint(1, 9) * 10 ** 7
            anti.append(render(2 * u, [(2 * u, 10, 1), (u, 6, 1), (u, 6, 1)]))  # most valuable first fails
            anti.append(render(5 * u, [(u, 60, 1), (2 * u, 100, 1), (3 * u, 120, 1)]))  # best ratio first fails
        else:
            big = min(max_w, max_wi)
            vb = rng.randint(max(2, max_vi // 2), max_vi)
            anti.append(render(big, [(1, vb // big + 1, 1), (big, vb, 1)]))  # best ratio blocks the big one
            anti.append(render(10, [(10, 10, 1), (5, 6, 1), (5, 6, 1)]))  # most valuable first fails
            u = rng.randint(1, max_w // 5)
            x = rng.randint(1, max_vi // 12)
            anti.append(render(5 * u, [(u, 6 * x, 1), (2 * u, 10 * x, 1), (3 * u, 12 * x, 1)]))
            anti.append(render(5, [(1, 10, 1)] if not bounded else [(1, 10, 2), (5, 20, 1)]))  # reuse / count trap
            if bounded:
                anti.append(render(12, [(4, 9, 3), (3, 5, 1), (6, 10, 2)]))  # taking a kind once is not enough

        mid_n = min(max_n, 40)
        randoms = []
        for _ in range(3):
            if variant == "value_dp":
                items = rand_items(mid_n, max_wi // 10, max_vi, wlo=max_wi // 1000)
                cap = rng.randint(max_w // 10, max_w)
            elif bounded:
                items = rand_items(mid_n, 60, max_vi, 20)
                cap = rng.randint(100, 1000)
            else:
                items = rand_items(mid_n, max_wi // 4 or 1, max_vi)
                cap = rng.randint(max_w // 4, max_w)
            randoms.append(render(cap, items))

        if variant == "value_dp":
            # Many items fit (so subsets explode) and every value is large (so the value table is long).
            maxes = [render(max_w, rand_items(max_n, 2 * max_w // max_n, max_vi, vlo=max_vi - 50)),
                     render(max_w - rng.randint(0, 1000), rand_items(max_n, max_wi // 20, max_vi))]
        elif bounded:
            maxes = [render(max_w, rand_items(max_n, 10, max_vi, max_ci, vlo=1)),
                     render(max_w, [(w, v, rng.randint(max_ci // 2, max_ci)) for w, v, _ in rand_items(max_n, 60, max_vi)])]
        else:
            maxes = [render(max_w, rand_items(max_n, max(1, max_wi // 20), max_vi)),
                     render(max_w, rand_items(max_n, max_wi // 4 or 1, max_vi))]

        tests = (
            [TestInput(s, "sample", small=True) for s in samples]
            + [TestInput(s, "small", small=True) for s in small]
            + edge_tests
            + [TestInput(s, "random") for s in randoms]
            + [TestInput(s, "anti", small=_brute_ok(s, bounded)) for s in anti]
            + [TestInput(s, "max") for s in maxes]
        )
        stress = [small_case(1, 7 if not bounded else 5) for _ in range(120)]

        s0 = samples[0]
        head, *rows = s0.rstrip("\n").split("\n")
        n0, cap0 = map(int, head.split())
        first = rows[0].split()
        per = "1 1 1" if bounded else "1 1"
        near_invalid = [
            f"{max_n + 1} {max_w}\n" + f"{per}\n" * (max_n + 1),  # N = max + 1
            f"{n0} {max_w + 1}\n" + "\n".join(rows) + "\n",  # W = max + 1
            f"{n0} {cap0}\n" + " ".join(["0"] + first[1:]) + "\n" + "".join(r + "\n" for r in rows[1:]),  # w_i = 0
            f"{n0} {cap0}\n" + " ".join([first[0], str(max_vi + 1)] + first[2:]) + "\n" + "".join(r + "\n" for r in rows[1:]),
            f"{n0} {cap0}\n" + "".join(r + "\n" for r in rows[:-1]),  # one item line missing
            f"{n0} {cap0}\n" + " ".join(first[:-1]) + "\n" + "".join(r + "\n" for r in rows[1:]),  # a number missing
            s0.rstrip("\n"),  # no final newline
        ]
        if bounded:
            near_invalid.append(f"{n0} {cap0}\n" + " ".join(first[:2] + [str(max_ci + 1)]) + "\n"
                                + "".join(r + "\n" for r in rows[1:]))
        if variant == "value_dp":
            near_invalid.append(f"1 {max_w}\n{max_wi + 1} 1\n")

        wrong = [WrongSolution("greedy_value_per_weight", WRONG_RATIO),
                 WrongSolution("greedy_most_valuable", WRONG_VALUE)]
        if variant in ("zero_one_tiny", "zero_one"):
            wrong.append(WrongSolution("forward_loop_reuses_items", WRONG_FORWARD))
        if variant == "zero_one":
            wrong.append(WrongSolution("all_subsets", SLOW_SUBSETS, "slow"))
        if bounded:
            wrong.append(WrongSolution("counts_ignored_unbounded", WRONG_FORWARD))
            wrong.append(WrongSolution("counts_ignored_once_each", WRONG_IGNORE_COUNTS))
            wrong.append(WrongSolution("expand_every_copy", SLOW_EXPAND, "slow"))
        if variant == "value_dp":
            wrong.append(WrongSolution("strict_weight_limit", WRONG_STRICT))
            # The easy-level DP over capacity: a table of W + 1 entries cannot exist for W = 10^9.
            wrong.append(WrongSolution("dp_over_capacity", REF_ZERO_ONE, "slow"))

        en, ko = THEMES[theme]["en"], THEMES[theme]["ko"]
        constraints = [
            Constraint(symbol="N", low=1, high=max_n,
                       meaning={"en": en["kinds"] if bounded else f"number of {en['items']}",
                                "ko": f"{ko['item']} 종류의 수" if bounded else f"{ko['item']}의 수"}),
            Constraint(symbol="W", low=1, high=max_w, meaning={"en": "capacity", "ko": "최대 용량"}),
            Constraint(symbol="w_i", low=1, high=max_wi, meaning={"en": en["w"], "ko": ko["w"]}),
            Constraint(symbol="v_i", low=1, high=max_vi, meaning={"en": en["v"], "ko": ko["v"]}),
        ]
        if bounded:
            constraints.append(Constraint(symbol="c_i", low=1, high=max_ci,
                                          meaning={"en": "copies available", "ko": "준비된 개수"}))
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
            brute=BRUTE,
            validator=VALIDATOR % {"variant": variant, "max_n": max_n, "max_w": max_w, "max_wi": max_wi,
                                   "max_vi": max_vi, "max_ci": max_ci},
            tests=tests,
            stress=stress,
            near_invalid=near_invalid,
            wrong_solutions=wrong,
            explain=lambda inp, out: _explain(inp, out, language, t),
            signature_key=f"{theme}:{max_n}:{max_w}:{max_vi}:{max_ci}",
        )


def _brute_ok(text: str, bounded: bool) -> bool:
    """Whether the brute force (every amount of every item) is cheap on this input."""
    lines = text.rstrip("\n").split("\n")[1:]
    combos = 1
    for line in lines:
        combos *= (int(line.split()[2]) + 1) if bounded else 2
    return combos <= 4096


def _explain(inp: str, out: str, language: Language, t: dict[str, str]) -> str:
    best = int(out.split()[0])
    lines = inp.rstrip("\n").split("\n")
    cap = int(lines[0].split()[1])
    items = [tuple(map(int, line.split())) for line in lines[1:]]
    bounded = len(items[0]) > 2
    witness = None
    if _brute_ok(inp, bounded):  # find one optimal choice to show (samples are tiny)
        for amounts in product(*[range((it[2] if bounded else 1) + 1) for it in items]):
            weight = sum(a * it[0] for a, it in zip(amounts, items))
            if weight <= cap and sum(a * it[1] for a, it in zip(amounts, items)) == best:
                witness = (amounts, weight)
                break
    if witness is None or best == 0:
        if language == "ko":
            return f"{t['v']}의 합의 최댓값은 {best}입니다." + (" 어떤 것도 담을 수 없습니다." if best == 0 else "")
        return f"The largest possible total {t['v']} is {best}." + (" Nothing fits." if best == 0 else "")
    amounts, weight = witness
    picked = [(i + 1, a) for i, a in enumerate(amounts) if a]
    if language == "ko":
        what = (", ".join(f"{i}번 {a}개" for i, a in picked) if bounded
                else ", ".join(str(i) for i, _ in picked) + "번")
        return (f"{what}을 고르면 {t['w']}의 합은 {weight}(W = {cap} 이하)이고, {t['v']}의 합은 {best}입니다. "
                f"이보다 큰 {t['v']}의 합은 만들 수 없습니다.")
    if bounded:
        what = ", ".join(f"{a} of kind {i}" for i, a in picked)
    else:
        nums = [str(i) for i, _ in picked]
        what = ("item " + nums[0]) if len(nums) == 1 else "items " + ", ".join(nums[:-1]) + " and " + nums[-1]
    return (f"Taking {what} gives total {t['w']} {weight} (at most W = {cap}) and total {t['v']} {best}; "
            f"no other choice does better.")


def _texts(variant: str, language: Language, t: dict[str, str]) -> tuple[str, str, str, str]:
    bounded = variant == "bounded"
    if language == "ko":
        item, w, v = t["item"], t["w"], t["v"]
        if bounded:
            body = (f"{josa(item, '은/는')} N종류가 있고, i번째 종류의 {item} 하나의 {josa(w, '은/는')} w_i, "
                    f"{josa(v, '은/는')} v_i입니다. 이 종류의 {josa(item, '은/는')} c_i개가 준비되어 있어서, "
                    f"같은 종류를 여러 개 고를 수 있지만 c_i개보다 많이 고를 수는 없습니다.")
        else:
            body = (f"{josa(item, '은/는')} N개가 있고, i번째 {item}의 {josa(w, '은/는')} w_i, {josa(v, '은/는')} "
                    f"v_i입니다. 각 {josa(item, '은/는')} 고르거나 고르지 않을 수 있으며, 같은 것을 두 번 고를 수는 없습니다.")
        legend = (f"{t['intro']} {body} {t['cap']} "
                  f"고른 것들의 {w}의 합이 W 이하가 되도록 할 때, {v}의 합의 최댓값을 구하세요.")
        item_line = "w_i, v_i, c_i가" if bounded else "w_i와 v_i가"
        input_format = (f"첫째 줄에 {item} {'종류의 수' if bounded else '개수'} N과 최대 용량 W가 공백으로 구분되어 주어집니다. "
                        f"둘째 줄부터 N개의 줄에 걸쳐, i번째 줄에 {item_line} 공백으로 구분되어 주어집니다. "
                        "주어지는 모든 수는 정수입니다.")
        output_format = f"첫째 줄에 {v}의 합의 최댓값을 출력합니다."
        notes = {
            "zero_one_tiny": "아무것도 고르지 않을 수도 있으며, 이때 합은 0입니다.",
            "zero_one": f"아무것도 고르지 않을 수도 있습니다. {w} 대비 {josa(v, '이/가')} 큰 것부터 고르는 방법이 항상 최적인 것은 아닙니다.",
            "bounded": f"아무것도 고르지 않을 수도 있습니다. 같은 종류의 {josa(item, '은/는')} 서로 구별하지 않습니다.",
            "value_dp": "W와 w_i는 매우 클 수 있지만 v_i는 작습니다. 아무것도 고르지 않을 수도 있습니다.",
        }[variant]
        return legend, input_format, output_format, notes
    if bounded:
        body = (f"There are N {t['kinds']}; one {t['item']} of kind i has {t['w']} w_i and {t['v']} v_i, "
                f"and c_i of them are available. You may take several of the same kind, but at most c_i.")
    else:
        body = (f"There are N {t['items']}; the i-th has {t['w']} w_i and {t['v']} v_i. Each {t['item']} is either "
                f"taken or left, and none can be taken twice.")
    legend = (f"{t['intro']} {body} {t['cap']} "
              f"Choose so that the total {t['w']} is at most W and find the largest possible total {t['v']}.")
    item_line = "w_i, v_i and c_i" if bounded else "w_i and v_i"
    input_format = (f"The first line contains N, the number of {'kinds' if bounded else t['items']}, and the capacity W. "
                    f"Line i of the next N lines contains {item_line}, separated by spaces. All numbers are integers.")
    output_format = f"Print the largest possible total {t['v']}."
    notes = {
        "zero_one_tiny": "Taking nothing is allowed; the total is then 0.",
        "zero_one": "Taking nothing is allowed. Picking by best value per weight first is not always optimal.",
        "bounded": "Taking nothing is allowed. Items of the same kind are indistinguishable.",
        "value_dp": "W and w_i can be huge while v_i is small. Taking nothing is allowed.",
    }[variant]
    return legend, input_format, output_format, notes
