"""Longest increasing subsequence (dynamic programming / patience sorting).

Variants by difficulty: tutorial (tiny, strictly increasing), easy (longest NON-DECREASING subsequence,
O(N^2) is fine), medium (strictly increasing, N up to 2·10^5: needs O(N log N)), hard (the length AND
the number of longest strictly increasing subsequences modulo 10^9+7, O(N log N)).
"""
from __future__ import annotations

import random
from itertools import accumulate

from generator.problems.family import Draft, Family, TestInput, WrongSolution, choose_theme
from generator.problems.schema import Constraint, Difficulty, Language

# variant, max N, max A_i
LEVELS: dict[Difficulty, tuple[str, int, int]] = {
    Difficulty.tutorial: ("strict_tiny", 10, 100),
    Difficulty.easy: ("non_decreasing", 1000, 1000),
    Difficulty.medium: ("strict", 200_000, 1_000_000),
    Difficulty.hard: ("count", 100_000, 1_000_000_000),
}
MOD = 1_000_000_007

THEMES: dict[str, dict[Language, dict[str, str]]] = {
    "stones": {
        "en": {"title": "Stepping Stones", "things": "stones",
               "intro": "N stepping stones stand in a row across a stream; the i-th stone is A_i centimetres high.",
               "act": "A frog hops from left to right and may skip stones, but every stone it lands on must be {cmp} "
                      "the stone it landed on before.",
               "strict": "higher than", "loose": "at least as high as",
               "ask": "How many stones can the frog land on at most?",
               "ask_count": "What is the largest number of stones the frog can land on, and in how many ways can it "
                            "land on that many?"},
        "ko": {"title": "징검다리", "thing": "돌",
               "intro": "개울을 가로질러 징검다리 돌 N개가 한 줄로 놓여 있고, i번째 돌의 높이는 A_i센티미터입니다.",
               "act": "개구리는 왼쪽에서 오른쪽으로 뛰어가며 돌을 건너뛸 수 있지만, 밟는 돌의 높이는 직전에 밟은 돌의 "
                      "높이{cmp} 합니다.",
               "strict": "보다 높아야", "loose": "보다 낮지 않아야",
               "ask": "개구리가 밟을 수 있는 돌의 최대 개수를 구하세요.",
               "ask_count": "개구리가 밟을 수 있는 돌의 최대 개수와, 그만큼의 돌을 밟는 방법의 수를 구하세요."},
    },
    "stocks": {
        "en": {"title": "Rising Prices", "things": "days",
               "intro": "An analyst recorded the price of a stock on N consecutive days; on day i it was A_i.",
               "act": "She wants to pick some of the days, keeping their order, so that the price on every picked "
                      "day is {cmp} the price on the previously picked day.",
               "strict": "higher than", "loose": "at least",
               "ask": "What is the largest number of days she can pick?",
               "ask_count": "What is the largest number of days she can pick, and in how many ways can she pick "
                            "that many?"},
        "ko": {"title": "오르는 주가", "thing": "날",
               "intro": "한 분석가가 N일 동안 어떤 주식의 가격을 기록했고, i일째의 가격은 A_i였습니다.",
               "act": "분석가는 날짜 순서를 유지하며 며칠을 고르려고 하는데, 고른 날의 가격은 직전에 고른 날의 "
                      "가격{cmp} 합니다.",
               "strict": "보다 높아야", "loose": "보다 낮지 않아야",
               "ask": "고를 수 있는 날의 최대 개수를 구하세요.",
               "ask_count": "고를 수 있는 날의 최대 개수와, 그만큼의 날을 고르는 방법의 수를 구하세요."},
    },
    "photo": {
        "en": {"title": "Photo Line-up", "things": "students",
               "intro": "N students stand in a line for a class photo; the i-th student is A_i millimetres tall.",
               "act": "The photographer keeps some of the students without changing their order, so that every kept "
                      "student is {cmp} the previously kept student.",
               "strict": "taller than", "loose": "at least as tall as",
               "ask": "How many students can be kept at most?",
               "ask_count": "What is the largest number of students that can be kept, and in how many ways can that "
                            "many be kept?"},
        "ko": {"title": "단체 사진", "thing": "학생",
               "intro": "학생 N명이 단체 사진을 찍으려고 한 줄로 서 있고, i번째 학생의 키는 A_i밀리미터입니다.",
               "act": "사진사는 줄의 순서를 바꾸지 않고 몇 명만 남기려고 하는데, 남긴 학생의 키는 바로 앞에 남긴 "
                      "학생의 키{cmp} 합니다.",
               "strict": "보다 커야", "loose": "보다 작지 않아야",
               "ask": "남길 수 있는 학생의 최대 수를 구하세요.",
               "ask_count": "남길 수 있는 학생의 최대 수와, 그만큼의 학생을 남기는 방법의 수를 구하세요."},
    },
    "training": {
        "en": {"title": "Training Log", "things": "sessions",
               "intro": "A runner logged N training sessions; in session i she ran A_i metres.",
               "act": "Her coach highlights some of the sessions, in order, so that every highlighted distance is "
                      "{cmp} the previously highlighted one.",
               "strict": "longer than", "loose": "at least as long as",
               "ask": "How many sessions can be highlighted at most?",
               "ask_count": "What is the largest number of sessions that can be highlighted, and in how many ways "
                            "can that many be highlighted?"},
        "ko": {"title": "훈련 일지", "thing": "훈련",
               "intro": "한 달리기 선수가 N번의 훈련을 기록했고, i번째 훈련에서 A_i미터를 달렸습니다.",
               "act": "코치는 순서를 유지하며 몇 번의 훈련을 고르려고 하는데, 고른 훈련의 거리는 직전에 고른 훈련의 "
                      "거리{cmp} 합니다.",
               "strict": "보다 길어야", "loose": "보다 짧지 않아야",
               "ask": "고를 수 있는 훈련의 최대 횟수를 구하세요.",
               "ask_count": "고를 수 있는 훈련의 최대 횟수와, 그만큼의 훈련을 고르는 방법의 수를 구하세요."},
    },
}

VALIDATOR = r'''
import sys
MAX_N, MAX_A = %(max_n)d, %(max_a)d
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 2, "expected exactly two lines"
head = lines[0]
n = int(head)
assert str(n) == head, "first line: N"
assert 1 <= n <= MAX_N, "N out of range"
parts = lines[1].split(" ")
assert len(parts) == n, "second line: expected N integers"
values = list(map(int, parts))
assert list(map(str, values)) == parts, "malformed integer"
assert 1 <= min(values) and max(values) <= MAX_A, "A_i out of range"
'''

READ = r'''
import sys
data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
'''

# tails[k] = the smallest last value of an increasing subsequence of length k + 1.
REF_STRICT = READ + r'''
from bisect import bisect_left
tails = []
for x in a:
    k = bisect_left(tails, x)
    if k == len(tails):
        tails.append(x)
    else:
        tails[k] = x
print(len(tails))
'''

# Non-decreasing: an equal value may follow, so search to the right of equal tails.
REF_NON_DECREASING = READ + r'''
from bisect import bisect_right
tails = []
for x in a:
    k = bisect_right(tails, x)
    if k == len(tails):
        tails.append(x)
    else:
        tails[k] = x
print(len(tails))
'''

# Counting: pile k holds every element whose longest increasing subsequence ending there has length k+1,
# in input order; their values never increase along a pile. The ways to end at x with length k+1 are
# the ways of the earlier elements of pile k-1 smaller than x: a suffix of that pile (prefix sums).
REF_COUNT = READ + r'''
from bisect import bisect_left, bisect_right
MOD = 10 ** 9 + 7
tails, piles, sums = [], [], []
for x in a:
    k = bisect_left(tails, x)
    if k == 0:
        c = 1
    else:
        j = bisect_right(piles[k - 1], -x)
        ps = sums[k - 1]
        c = (ps[-1] - ps[j]) % MOD
    if k == len(tails):
        tails.append(x)
        piles.append([-x])
        sums.append([0, c])
    else:
        tails[k] = x
        piles[k].append(-x)
        s = sums[k]
        s.append((s[-1] + c) % MOD)
print(len(tails), sums[-1][-1])
'''

# Obviously correct: every subsequence (all 2^N index sets).
BRUTE = READ + r'''
import sys
STRICT, COUNT = %(strict)r, %(count)r
best, ways = 0, 0
for mask in range(1, 1 << n):
    seq = [a[i] for i in range(n) if mask >> i & 1]
    if all((seq[j] < seq[j + 1]) if STRICT else (seq[j] <= seq[j + 1]) for j in range(len(seq) - 1)):
        if len(seq) > best:
            best, ways = len(seq), 1
        elif len(seq) == best:
            ways += 1
print(best, ways %% (10 ** 9 + 7)) if COUNT else print(best)
'''

# Wrong: walk left to right and take every value larger than the last one taken.
WRONG_GREEDY = READ + r'''
COUNT = %(count)r
length, last = 0, None
for x in a:
    if last is None or x > last:
        length += 1
        last = x
print(length, 1) if COUNT else print(length)
'''

# Wrong: the longest increasing contiguous run (a subarray, not a subsequence).
WRONG_RUN = READ + r'''
STRICT, COUNT = %(strict)r, %(count)r
best = run = 1
for i in range(1, n):
    ok = a[i] > a[i - 1] if STRICT else a[i] >= a[i - 1]
    run = run + 1 if ok else 1
    best = max(best, run)
print(best, 1) if COUNT else print(best)
'''

# Wrong: the strict/non-strict mix-up (bisect_right for strict, bisect_left for non-decreasing).
WRONG_BISECT_SIDE = READ + r'''
from bisect import %(side)s as search
tails = []
for x in a:
    k = search(tails, x)
    if k == len(tails):
        tails.append(x)
    else:
        tails[k] = x
print(len(tails))
'''

# Wrong: counts how many elements end a longest subsequence, not how many subsequences there are.
WRONG_COUNT_ENDS = READ + r'''
from bisect import bisect_left
tails, ends = [], []
for x in a:
    k = bisect_left(tails, x)
    if k == len(tails):
        tails.append(x)
        ends.append(0)
    tails[k] = x
    ends[k] += 1
print(len(tails), ends[-1])
'''

# Wrong: the right counting DP but the count is printed without the modulus.
WRONG_NO_MOD = READ + r'''
from bisect import bisect_left, bisect_right
tails, piles, sums = [], [], []
for x in a:
    k = bisect_left(tails, x)
    if k == 0:
        c = 1
    else:
        j = bisect_right(piles[k - 1], -x)
        c = sums[k - 1][-1] - sums[k - 1][j]
    if k == len(tails):
        tails.append(x)
        piles.append([-x])
        sums.append([0, c])
    else:
        tails[k] = x
        piles[k].append(-x)
        sums[k].append(sums[k][-1] + c)
print(len(tails), sums[-1][-1])
'''

# Too slow at N = 10^5..2·10^5: the textbook O(N^2) DP (with counts for the hard variant).
SLOW_QUADRATIC = READ + r'''
STRICT, COUNT = %(strict)r, %(count)r
MOD = 10 ** 9 + 7
length = [1] * n
ways = [1] * n
for i in range(n):
    ai, li, wi = a[i], 1, 1
    for j in range(i):
        if a[j] < ai or (not STRICT and a[j] == ai):
            if length[j] + 1 > li:
                li, wi = length[j] + 1, ways[j]
            elif length[j] + 1 == li:
                wi = (wi + ways[j]) %% MOD
    length[i], ways[i] = li, wi
best = max(length)
if COUNT:
    print(best, sum(w for l, w in zip(length, ways) if l == best) %% MOD)
else:
    print(best)
'''

REFERENCES = {"strict_tiny": REF_STRICT, "non_decreasing": REF_NON_DECREASING, "strict": REF_STRICT, "count": REF_COUNT}


class LongestIncreasingSubsequence(Family):
    name = "lis"
    category = "dynamic programming: longest increasing subsequence"
    tags = ("dp", "dynamic programming", "binary search", "lis")
    # The generic DP words are here too so that "LIS dynamic programming" picks this family; a prompt with
    # only generic DP words ties with knapsack, which comes first.
    keywords = (
        "lis", "longest increasing subsequence", "increasing subsequence", "longest increasing",
        "non-decreasing subsequence", "subsequence", "patience sorting", "dp", "dynamic programming",
        "가장 긴 증가하는 부분 수열", "증가하는 부분 수열", "증가 부분 수열", "최장 증가 부분 수열", "가장 긴 감소하지 않는",
        "다이나믹 프로그래밍", "동적 계획법", "동적계획법",
    )

    def draft(self, rng: random.Random, difficulty: Difficulty, language: Language) -> Draft:
        variant, max_n, max_a = LEVELS[difficulty]
        theme, t = choose_theme(rng, THEMES, language)
        strict = variant != "non_decreasing"
        count = variant == "count"

        def render(values: list[int]) -> str:
            return f"{len(values)}\n" + " ".join(map(str, values)) + "\n"

        def rand_values(n: int, hi: int) -> list[int]:
            hi, r = min(hi, max_a), rng.random  # random() is much cheaper than randint() for 10^5 values
            return [1 + int(r() * hi) for _ in range(n)]

        def small_case(nlo: int, nhi: int) -> str:
            n = rng.randint(nlo, nhi)
            # Small value ranges give duplicates (strict vs non-strict) and many equal-length answers.
            return render(rand_values(n, rng.choice([3, 5, 10, 100, max_a])))

        def zigzag(n: int, hi: int) -> list[int]:
            # Pairs (2, 1, 4, 3, ...): every pair offers two choices, 2^(n/2) longest subsequences.
            step = max(2, hi // max(1, n))
            out = []
            for i in range(n // 2):
                base = 1 + i * step
                out += [min(hi, base + 1), base]
            return out + ([hi] if n % 2 else [])

        samples = [small_case(6, 8), small_case(6, 8)]
        small = [small_case(1, 10) for _ in range(10)]

        k = rng.randint(3, 8)
        edge = [
            render([rng.randint(1, max_a)]),  # N = 1
            render([rng.randint(1, max_a)] * k),  # all equal
            render(sorted(rng.sample(range(1, max_a + 1), k), reverse=True)),  # strictly decreasing
            render(sorted(rng.sample(range(1, max_a + 1), k))),  # strictly increasing
            render([max_a, 1] * (k // 2 + 1)),  # extremes alternating
        ]

        anti = [
            render([max_a] + sorted(rng.sample(range(1, max_a), min(8, max_a - 1)))),  # greedy takes the peak first
            render([2, 2, 3, 3, 1, 1][: min(6, max_n)]),  # duplicates: strict and non-strict differ
            render([3, 1, 4, 1, 5, 9, 2, 6][: min(8, max_n)]),  # the longest one is not contiguous
            render([1, 3, 2, 4][: min(4, max_n)]),  # two longest subsequences, one end
        ]
        mid = min(max_n, 1500)
        if max_n > 10:
            anti.append(render(rand_values(mid, rng.choice([10, 50]))))  # many duplicates
            anti.append(render(zigzag(min(max_n, 120), max_a)))  # 2^60 longest subsequences
        randoms = [render(rand_values(rng.randint(mid // 2, mid), rng.choice([max_a, max(2, mid // 2)]))) for _ in range(3)]

        if max_n <= 10:
            maxes = [render(rand_values(max_n, max_a)), render(rand_values(max_n, 3))]
        else:
            gap, r01 = max_a // max_n, rng.random  # strictly increasing: the answer is N, the table grows to N
            rising = list(accumulate(1 + int(r01() * gap) for _ in range(max_n)))
            maxes = [render(rand_values(max_n, max_a)), render(rising)]
            if count:
                maxes.append(render(zigzag(max_n, max_a)))
            else:
                maxes.append(render(rand_values(max_n, max(2, max_n // 100))))

        tests = (
            [TestInput(s, "sample", small=True) for s in samples]
            + [TestInput(s, "small", small=True) for s in small]
            + [TestInput(s, "edge", small=True) for s in edge]
            + [TestInput(s, "random") for s in randoms]
            + [TestInput(s, "anti", small=len(s.split()) <= 13) for s in anti]
            + [TestInput(s, "max") for s in maxes]
        )
        stress = [small_case(1, 10) for _ in range(120)]

        s0 = samples[0]
        vals0 = s0.split("\n")[1].split()
        n0 = len(vals0)
        near_invalid = [
            f"{max_n + 1}\n" + " ".join(["1"] * (max_n + 1)) + "\n",  # N = max + 1
            f"{n0}\n" + " ".join(vals0[:-1] + [str(max_a + 1)]) + "\n",  # A_i = max + 1
            f"{n0}\n" + " ".join(["0"] + vals0[1:]) + "\n",  # A_i = 0
            f"{n0}\n" + " ".join(vals0[:-1]) + "\n",  # one number missing
            f"{n0}\n" + " ".join(vals0) + " " + vals0[0] + "\n",  # one number too many
            "0\n\n",  # N = 0
            s0.rstrip("\n"),  # no final newline
            f"{n0}\n" + "\n".join(vals0) + "\n",  # numbers on separate lines
        ]

        params = {"strict": strict, "count": count}
        wrong = [WrongSolution("greedy_take_if_larger", WRONG_GREEDY % params),
                 WrongSolution("longest_contiguous_run", WRONG_RUN % params)]
        if count:
            wrong += [WrongSolution("count_ends_not_sequences", WRONG_COUNT_ENDS),
                      WrongSolution("count_without_modulus", WRONG_NO_MOD)]
        else:
            side = "bisect_right" if strict else "bisect_left"
            wrong.append(WrongSolution("strict_non_strict_mixup", WRONG_BISECT_SIDE % {"side": side}))
        if variant in ("strict", "count"):
            wrong.append(WrongSolution("quadratic_dp", SLOW_QUADRATIC % params, "slow"))

        en, ko = THEMES[theme]["en"], THEMES[theme]["ko"]
        constraints = [
            Constraint(symbol="N", low=1, high=max_n, meaning={"en": f"number of {en['things']}",
                                                               "ko": f"{ko['thing']}의 수"}),
            Constraint(symbol="A_i", low=1, high=max_a, meaning={"en": "the sequence", "ko": "수열의 원소"}),
        ]
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
            validator=VALIDATOR % {"max_n": max_n, "max_a": max_a},
            tests=tests,
            stress=stress,
            near_invalid=near_invalid,
            wrong_solutions=wrong,
            explain=lambda inp, out: _explain(inp, out, language, strict, count),
            signature_key=f"{theme}:{max_n}:{max_a}",
        )


def _witness(values: list[int], strict: bool) -> list[int]:
    """One longest (strictly increasing / non-decreasing) subsequence, by the O(N^2) DP."""
    n = len(values)
    length, prev = [1] * n, [-1] * n
    for i in range(n):
        for j in range(i):
            fits = values[j] < values[i] if strict else values[j] <= values[i]
            if fits and length[j] + 1 > length[i]:
                length[i], prev[i] = length[j] + 1, j
    i = max(range(n), key=lambda x: (length[x], -x))
    seq = []
    while i >= 0:
        seq.append(values[i])
        i = prev[i]
    return seq[::-1]


def _explain(inp: str, out: str, language: Language, strict: bool, count: bool) -> str:
    values = list(map(int, inp.split()[1:]))
    answer = out.split()
    best = int(answer[0])
    seq = _witness(values, strict) if len(values) <= 50 else []
    shown = ", ".join(map(str, seq)) if len(seq) == best else ""
    if language == "ko":
        kind = "증가하는" if strict else "감소하지 않는"
        text = f"가장 긴 {kind} 부분 수열의 길이는 {best}입니다" + (f"(예: {shown})." if shown else ".")
        if count:
            text += f" 이런 부분 수열은 (10^9+7로 나눈 나머지로) {answer[1]}개입니다."
        return text
    kind = "strictly increasing" if strict else "non-decreasing"
    text = f"The longest {kind} subsequence has length {best}"
    text += f" (for example {shown})." if shown else "."
    if count:
        text += f" There are {answer[1]} of them (modulo 10^9+7)."
    return text


def _texts(variant: str, language: Language, t: dict[str, str]) -> tuple[str, str, str, str]:
    strict = variant != "non_decreasing"
    act = t["act"].format(cmp=t["strict"] if strict else t["loose"])
    ask = t["ask_count"] if variant == "count" else t["ask"]
    if language == "ko":
        kind = "증가하는" if strict else "감소하지 않는"
        legend = f"{t['intro']} {act} {ask}"
        if variant == "count":
            legend += " 고른 위치의 집합이 다르면, 값이 같더라도 서로 다른 방법으로 셉니다."
        input_format = "첫째 줄에 N이 주어집니다. 둘째 줄에 A_1, A_2, ..., A_N이 공백으로 구분되어 주어집니다."
        if variant == "count":
            output_format = ("첫째 줄에 가장 긴 증가하는 부분 수열의 길이와, 그러한 부분 수열의 개수를 10^9+7로 나눈 "
                             "나머지를 공백으로 구분하여 출력합니다.")
        else:
            output_format = f"첫째 줄에 가장 긴 {kind} 부분 수열의 길이를 출력합니다."
        notes = {
            "strict_tiny": "즉, 수열 A의 가장 긴 증가하는 부분 수열의 길이를 구하는 문제입니다. 부분 수열은 원래 순서를 "
                           "유지한 채 일부 원소를 골라 만든 수열이며, 고른 원소들이 연속할 필요는 없습니다.",
            "non_decreasing": "즉, 수열 A의 가장 긴 감소하지 않는 부분 수열의 길이를 구하는 문제입니다. 같은 값을 연달아 "
                              "고를 수 있고, 고른 원소들이 연속할 필요는 없습니다.",
            "strict": "즉, 수열 A의 가장 긴 (순)증가하는 부분 수열의 길이를 구하는 문제입니다. 같은 값을 연달아 고를 수는 "
                      "없습니다. N이 크므로 O(N^2)보다 빠른 방법이 필요합니다.",
            "count": "즉, 가장 긴 증가하는 부분 수열의 길이와 개수를 구하는 문제입니다. 개수는 매우 커질 수 있으므로 "
                     "10^9+7로 나눈 나머지를 출력합니다.",
        }[variant]
        return legend, input_format, output_format, notes
    legend = f"{t['intro']} {act} {ask}"
    if variant == "count":
        legend += " Two ways are different when the sets of chosen positions differ, even if the values are the same."
    input_format = "The first line contains N. The second line contains A_1, A_2, ..., A_N, separated by spaces."
    if variant == "count":
        output_format = ("Print two integers separated by a space: the length of a longest strictly increasing "
                         "subsequence of A and the number of such subsequences modulo 10^9+7.")
    else:
        output_format = f"Print the length of a longest {'strictly increasing' if strict else 'non-decreasing'} subsequence of A."
    notes = {
        "strict_tiny": "In other words: the length of the longest strictly increasing subsequence of A. A subsequence "
                       "keeps the original order but need not be contiguous.",
        "non_decreasing": "In other words: the length of the longest non-decreasing subsequence of A. Equal values may "
                          "follow each other, and the chosen elements need not be contiguous.",
        "strict": "In other words: the length of the longest strictly increasing subsequence of A; equal values may "
                  "not follow each other. N is large, so an O(N^2) algorithm is too slow.",
        "count": "In other words: the length and the number of longest strictly increasing subsequences. The number "
                 "can be huge, so print it modulo 10^9+7.",
    }[variant]
    return legend, input_format, output_format, notes
