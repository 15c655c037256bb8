"""Test generator for the brute-force tasks (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Params from task.toml: variant (three_cards | subset_count | subset_count_mitm | operators) and its bounds.
Modes: sample, small, random, stress, case name=... (edge and anti-heuristic inputs), max name=..., invalid kind=...
"""
import random
import sys
from itertools import combinations

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
VARIANT = opts["variant"]
P = {k: int(v) for k, v in opts.items() if k not in ("variant", "name", "kind")}
rng = random.Random(seed)


def head(first, values):
    return " ".join(map(str, first)) + "\n" + " ".join(map(str, values)) + "\n"


# ------------------------------------------------------------------------------------------- three_cards
def cards_case(n, hi):
    cards = [rng.randint(1, hi) for _ in range(n)]
    low = max(P["minm"], sum(sorted(cards)[:3]))
    top = min(P["maxm"], max(low, sum(sorted(cards)[-3:])))
    return head((n, rng.randint(low, top)), cards)


def reused_best(a, m):
    """wa_reuses_cards on the sorted cards a: two pointers that may pick one card two or three times."""
    best = 0
    for i in range(len(a) - 2):
        j, k = i, len(a) - 1
        while j <= k:
            if a[i] + a[j] + a[k] > m:
                k -= 1
            else:
                best = max(best, a[i] + a[j] + a[k])
                j += 1
    return best


def cards(mode, name):
    maxn, maxm, maxv, minm = P["maxn"], P["maxm"], P["maxv"], P["minm"]
    if mode == "sample":
        # need=exact: redrawn until three cards sum to M exactly ('not above M' read as 'below M',
        # wa_strictly_below_m, misses it); need=reuse: until taking one card twice would beat every three cards
        # (wa_reuses_cards); and always until grabbing the largest card that still fits falls short.
        while True:
            text = cards_case(5, 10) if rng.random() < 0.5 else cards_case(rng.randint(6, 8), 30)
            numbers = list(map(int, text.split()))
            m, a = numbers[1], sorted(numbers[2:])
            best = max((x + y + z for x, y, z in combinations(a, 3) if x + y + z <= m), default=0)
            if name == "exact" and best != m:
                continue
            if name == "reuse" and reused_best(a, m) == best:
                continue
            total, taken = 0, 0  # the largest card that still fits, three times (wa_greedy_largest_first)
            for c in reversed(a):
                if taken < 3 and total + c <= m:
                    total, taken = total + c, taken + 1
            if total != best:
                return text
    if mode == "small":
        return cards_case(rng.randint(3, 12), rng.choice([10, 100, maxv]))
    if mode == "stress":
        return cards_case(rng.randint(3, 9), rng.choice([5, 20, 100]))
    if mode == "random":
        return cards_case(rng.randint(15, 20), rng.choice([100, maxv]))
    if mode == "max":
        if name == "random":
            return cards_case(maxn, maxv)
        return head((maxn, maxm), [rng.randint(maxv // 2, maxv) for _ in range(maxn)])
    table = {
        "min": ((3, 10), [1, 2, 3]), "big": ((3, maxm), [maxv] * 3), "equal": ((5, 30), [10] * 5),
        "tight_m": ((4, minm), [3, 3, 4, 9]), "exact_three": ((3, 10), [2, 3, 5]),
        "reuse": ((4, 15), [5, 1, 1, 1]),  # picking one card three times would reach 15
        "greedy": ((6, 21), [10, 6, 5, 8, 3, 2]),  # greedy takes 10 + 8 + 3; 10 + 6 + 5 = 21 is exact
        "exact_m": ((5, 24), [7, 8, 9, 20, 1]),  # exactly M is allowed
        "mixed": ((7, 100), [45, 40, 30, 30, 12, 9, 3]),
    }
    return head(*table[name])


def cards_invalid(kind):
    maxn, maxm, maxv = P["maxn"], P["maxm"], P["maxv"]
    table = {
        "too_many": head((maxn + 1, maxm), [1] * (maxn + 1)), "too_few": head((2, 10), [1, 2]),
        "m_too_big": head((3, maxm + 1), [1, 2, 3]), "value_too_big": head((3, 20), [1, 2, maxv + 1]),
        "zero": head((3, 20), [0, 2, 3]), "no_fit": head((3, 10), [3, 4, 5]), "missing": "4 20\n1 2 3\n",
    }
    return table[kind]


# --------------------------------------------------------------------------------------------- subsets
def subset_case(n, hi):
    maxs = P["maxs"]
    a = [rng.randint(-hi, hi) for _ in range(n)]
    roll = rng.random()
    if roll < 0.6:  # a sum that some subset really has
        picked = [x for x in a if rng.random() < 0.5] or a[:1]
        s = sum(picked)
    elif roll < 0.75:
        s = 0
    else:
        s = rng.randint(-min(maxs, hi * n), min(maxs, hi * n))
    return head((n, max(-maxs, min(maxs, s))), a)


def zero_sum_sample():
    """The hand-made "-7 -3 -2 5 8" with S = 0 (only {-3, -2, 5} works, and the empty choice must not count),
    in a random order, times a random factor, maybe negated: the subsets with sum 0 stay the same."""
    k = rng.randint(1, 9) * rng.choice([1, -1])
    values = [k * x for x in (-7, -3, -2, 5, 8)]
    rng.shuffle(values)
    return head((5, 0), values)


def subsets(mode, name):
    maxn, maxs, maxv = P["maxn"], P["maxs"], P["maxv"]
    mitm = VARIANT == "subset_count_mitm"
    if mode == "sample" and name != "zero":
        # Redrawn until counting only contiguous pieces (wa_contiguous_only) is wrong; for meet in the middle also
        # until a sum of the second half that two of its subsets share is needed: a set of half sums instead of
        # their counts (wa_distinct_half_sums) then counts too few.
        while True:
            text = subset_case(rng.randint(5, 7) if mitm else rng.randint(4, 6), 5)
            numbers = list(map(int, text.split()))
            n, target, a = numbers[0], numbers[1], numbers[2:]
            every = sum(sum(a[i] for i in range(n) if mask >> i & 1) == target for mask in range(1, 1 << n))
            pieces = sum(sum(a[i:j]) == target for i in range(n) for j in range(i + 1, n + 1))
            if every == pieces:
                continue
            if not mitm:
                return text
            right = [0]
            for x in a[n // 2:]:
                right += [y + x for y in right]
            left = [0]
            for x in a[:n // 2]:
                left += [y + x for y in left]
            if any(right.count(target - y) > 1 for y in left):
                return text
    if mode == "sample":
        return zero_sum_sample() if name == "zero" else subset_case(rng.randint(5, 7) if mitm else rng.randint(4, 6), 5)
    if mode == "small":
        return subset_case(rng.randint(1, 15 if mitm else 12), rng.choice([2, 10, maxv]))
    if mode == "stress":
        return subset_case(rng.randint(1, 10), rng.choice([1, 3, 10]))
    if mode == "random":
        return subset_case(rng.randint(16, 18) if mitm else rng.randint(13, 16), rng.choice([5, 100, maxv]))
    if mode == "max":
        if name == "random":
            return subset_case(maxn, maxv)
        if name == "zeros":
            return head((maxn, 0), [0] * maxn)  # every non-empty subset: 2^N - 1
        if name == "small_values":
            return subset_case(maxn, 50)
        if name == "far_target":  # S in the top tenth of its range, the sum of a subset of mostly large values
            while True:
                a = [rng.randint(maxv // 2, maxv) * (1 if rng.random() < 0.8 else -1) for _ in range(maxn)]
                s = sum(x for x in a if rng.random() < 0.6)
                if maxs - maxs // 10 < s <= maxs:
                    return head((maxn, s), a)
        return head((maxn, 0), [rng.randint(-3, 3) for _ in range(maxn)])
    table = {
        "single_zero": ((1, 0), [0]), "single_top": ((1, maxs), [maxv]), "single_bottom": ((1, -maxv), [-maxv]),
        "single_miss": ((1, 1), [2]), "pair_bottom": ((2, -maxv), [-maxv, 0]),
        "zeros": ((12, 0), [0] * 12), "ones": ((10, 10), [1] * 10), "ones_half": ((15, 7), [1] * 15),
        "opposites": ((6, 0), [3, -3, 2, -2, 1, -1]),  # S = 0: the empty subset must not count
        "gaps": ((5, 6), [1, 9, 2, 7, 3]),  # 1 + 2 + 3 is not contiguous
        "alternating": ((8, 4), [2, -1, 2, -1, 2, -1, 2, -1]),
        "equal_halves": ((12, 6), [1, 2, 3, 1, 2, 3, 3, 2, 1, 3, 2, 1]),  # equal half-sums must all be counted
        "tiny_values": ((16, 0), [rng.randint(-2, 2) for _ in range(16)]),
    }
    return head(*table[name])


def subsets_invalid(kind):
    maxn, maxs, maxv = P["maxn"], P["maxs"], P["maxv"]
    table = {
        "too_many": head((maxn + 1, 0), [1] * (maxn + 1)), "s_too_big": head((2, maxs + 1), [1, 2]),
        "s_too_small": head((2, -maxs - 1), [1, 2]), "value_too_big": head((2, 3), [1, maxv + 1]),
        "value_too_small": head((2, 3), [-maxv - 1, 1]), "missing": "3 5\n1 2\n", "trailing_space": "2 5\n1 2 \n",
        "n_zero": "0 3\n\n",
    }
    return table[kind]


# ------------------------------------------------------------------------------------------- operators
def ops_render(a, ops):
    return f"{len(a)}\n" + " ".join(map(str, a)) + "\n" + " ".join(map(str, ops)) + "\n"


def split(total):
    ops = [0, 0, 0, 0]
    for _ in range(total):
        ops[rng.randrange(4)] += 1
    return ops


def ops_case(n, hi):
    return ops_render([rng.randint(1, hi) for _ in range(n)], split(n - 1))


def operators(mode, name):
    minn, maxn, maxv = P["minn"], P["maxn"], P["maxv"]
    if mode == "sample":
        return ops_render([rng.randint(1, 9) for _ in range(3)], split(2)) if name == "three" else \
            ops_case(rng.randint(4, 6), 9)
    if mode == "small":
        return ops_case(rng.randint(minn, 8), rng.choice([3, 10, maxv]))
    if mode == "stress":
        return ops_case(rng.randint(minn, 7), rng.choice([3, 10, maxv]))
    if mode == "random":
        return ops_case(rng.randint(7, 9), maxv)
    if mode == "max":
        counts = [3, 3, 2, 2] if name == "a" else [2, 3, 3, 2]
        return ops_render([rng.randint(1, maxv) for _ in range(maxn)], counts)
    table = {
        "one_div": ([1, 1], [0, 0, 0, 1]), "one_mul": ([maxv, maxv], [0, 0, 1, 0]), "minus": ([1] * 8, [0, 7, 0, 0]),
        "big_mix": ([maxv] * 8, [2, 2, 2, 1]), "fives": ([5] * 9, [2, 2, 2, 2]),
        "truncate": ([1, 6, 4], [0, 1, 0, 1]),  # (1 - 6) / 4 truncates to -1, floor division gives -2
        "truncate_more": ([3, 10, 7, 2, 9], [0, 2, 0, 2]),
        "huge": ([maxv] * 6, [0, 0, 5, 0]),  # every result is far above 10^9
        "very_negative": ([1, maxv, maxv, maxv, maxv, maxv], [0, 1, 4, 0]),  # far below -10^9
        # The stated extremes: maxv^maxn (10^22) and (1 - maxv) * maxv^(maxn - 2), both beyond signed 64 bits.
        "all_mul": ([maxv] * maxn, [0, 0, maxn - 1, 0]),
        "deep_negative": ([1] + [maxv] * (maxn - 1), [0, 1, maxn - 2, 0]),
        "one_plus": ([2, 3], [1, 0, 0, 0]), "one_minus": ([2, 3], [0, 1, 0, 0]),
    }
    return ops_render(*table[name])


def operators_invalid(kind):
    maxn, maxv = P["maxn"], P["maxv"]
    table = {
        "too_many": ops_render([1] * (maxn + 1), [maxn, 0, 0, 0]), "too_few": ops_render([1], [0, 0, 0, 0]),
        "value_too_big": ops_render([1, maxv + 1], [1, 0, 0, 0]), "zero": ops_render([0, 5], [1, 0, 0, 0]),
        "few_operators": ops_render([1, 2, 3], [1, 0, 0, 0]), "negative_count": ops_render([1, 2, 3], [1, 1, -1, 1]),
        "missing": "3\n1 2\n1 1 0 0\n", "three_counts": "2\n1 2\n1 0 0\n",
    }
    return table[kind]


name = opts.get("name", "")
if VARIANT == "three_cards":
    out = cards_invalid(opts["kind"]) if mode == "invalid" else cards(mode, name)
elif VARIANT == "operators":
    out = operators_invalid(opts["kind"]) if mode == "invalid" else operators(mode, name)
else:
    out = subsets_invalid(opts["kind"]) if mode == "invalid" else subsets(mode, name)
sys.stdout.write(out)
