"""Test generator for the binary-search tasks (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Params from task.toml: variant (lower_bound | cables | spread | split) and its bounds (max_n, max_q, max_a, max_k,
max_l, max_x). Formats: lower_bound "N Q / sorted A / X_1..X_Q"; cables "K N / L_1..L_K"; spread "N C / x_1..x_N";
split "N K / A_1..A_N".
Modes: sample, sample_alone (split), case [size=], small_k, edge kind=, anti kind=, random, max kind=, invalid kind=.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
VARIANT = opts["variant"]
P = {k: int(v) for k, v in opts.items() if k.startswith("max_")}
rng = random.Random(seed)


# ---------------------------------------------------------------- lower bound
def lb_render(a, xs):
    return f"{len(a)} {len(xs)}\n" + " ".join(map(str, sorted(a))) + "\n" + " ".join(map(str, xs)) + "\n"


def lb_case(n_hi, hi, q_hi=8, n_lo=1, distinct=False):
    max_a = P["max_a"]
    n, q = rng.randint(n_lo, min(n_hi, P["max_n"])), rng.randint(1, min(q_hi, P["max_q"]))
    a = [rng.randint(1, min(hi, max_a)) for _ in range(n)]
    # Queries: values in the array (duplicates matter), between them, and beyond both ends.
    pool = a + [rng.randint(1, min(max_a, hi + 2)) for _ in range(3)] + [min(max_a, max(a) + 1), 1]
    if distinct:
        return lb_render(a, rng.sample(sorted(set(pool)), min(q, len(set(pool)))))
    return lb_render(a, [rng.choice(pool) for _ in range(q)])


def lower_bound(kind):
    max_n, max_q, max_a = P["max_n"], P["max_q"], P["max_a"]
    table = {
        "sample": lambda: lb_case(8, rng.choice([12, 20]), 5, n_lo=5, distinct=True),
        "case": lambda: lb_case(rng.choice([3, 10, 30]), rng.choice([5, 50, max_a]), 10),
        "stress": lambda: lb_case(rng.choice([1, 5, 12]), rng.choice([3, 20, max_a]), 6),
        "one": lambda: lb_render([1], [1]),
        "one_above": lambda: lb_render([max_a], [1, max_a]),
        "one_beyond": lambda: lb_render([rng.randint(1, max_a - 1)], [max_a]),
        "all_equal": lambda: lb_render([7] * 6, [6, 7, 8]),
        "all_ones": lambda: lb_render([1] * max_n, [1, 2]),
        "beyond": lambda: lb_render([max_a - 1] * 3, [max_a]),
        "duplicates": lambda: lb_render([2, 4, 4, 4, 9], [4, 9, 10, 1]),
        "past_end": lambda: lb_render([1, 2, 3], [4]),
        "every_value": lambda: lb_render(list(range(1, max_n + 1)),  # asked in a seeded order (each its own)
                                         rng.sample(range(1, max_q + 1), max_q)),
        "random": lambda: lb_case(max_n, max_a, max_q),
        "max_wide": lambda: lb_render([rng.randint(1, max_a) for _ in range(max_n)],
                                      [rng.randint(1, max_a) for _ in range(max_q)]),
        "max_narrow": lambda: lb_render([rng.randint(1, 10) for _ in range(max_n)],
                                        [rng.randint(1, 11) for _ in range(max_q)]),
    }
    if kind in table:
        return table[kind]()
    s0 = table["sample"]().split("\n")
    n0, q0 = s0[0].split()
    return {
        "n_too_big": f"{max_n + 1} 1\n" + " ".join(["1"] * (max_n + 1)) + "\n1\n",
        "q_too_big": f"1 {max_q + 1}\n1\n" + " ".join(["1"] * (max_q + 1)) + "\n",
        "x_too_big": f"{n0} {q0}\n{s0[1]}\n" + " ".join(s0[2].split()[:-1] + [str(max_a + 1)]) + "\n",
        "x_zero": f"{n0} {q0}\n{s0[1]}\n" + " ".join(["0"] + s0[2].split()[1:]) + "\n",
        "not_sorted": "3 1\n5 3 7\n4\n",
        "missing_value": f"{n0} {q0}\n" + " ".join(s0[1].split()[:-1]) + f"\n{s0[2]}\n",
        "double_space": f"{n0}  {q0}\n{s0[1]}\n{s0[2]}\n",
    }[kind]


# ---------------------------------------------------------------- cables
def cb_render(ls, n):
    return f"{len(ls)} {n}\n" + " ".join(map(str, ls)) + "\n"


def cb_case(k_hi, l_hi, l_lo=1):
    k = rng.randint(1, min(k_hi, P["max_k"]))
    ls = [rng.randint(l_lo, l_hi) for _ in range(k)]
    total = sum(ls)
    n = rng.randint(1, min(P["max_n"], total)) if rng.random() < 0.5 else \
        rng.randint(1, min(P["max_n"], max(1, total // 4)))
    return cb_render(ls, n)


def cb_small_k():
    # One to three cables and a count N near the top of what they allow: the answer is often the longest
    # cable itself, or exactly where a cable stops contributing (boundaries of the search range).
    k = rng.randint(1, 3)
    ls = [rng.randint(1, rng.choice([3, 10, 40])) for _ in range(k)]
    n = rng.choice([1, 1, k, rng.randint(1, sum(ls)), sum(ls), max(1, sum(ls) // 2)])
    return cb_render(ls, n)


def cb_sample():
    """Redrawn until the answer is longer than the shortest cable (which then gives no piece at all)."""
    while True:
        if rng.random() < 0.5:
            ls, n = sorted(rng.sample(range(200, 900), 4)), rng.randint(8, 15)
        else:
            ls, n = [rng.randint(5, 40) for _ in range(rng.randint(3, 5))], rng.randint(6, 12)
        if sum(v // (min(ls) + 1) for v in ls) >= n:
            return cb_render(ls, n)


def cables(kind):
    max_k, max_n, max_l = P["max_k"], P["max_n"], P["max_l"]
    table = {
        "sample": cb_sample,
        "case": lambda: cb_case(rng.choice([1, 3, 8]), rng.choice([5, 40, 300])),
        "stress": lambda: cb_case(rng.choice([1, 3, 6]), rng.choice([4, 25, 120])) if rng.random() < 0.6 else cb_small_k(),
        "small_k": cb_small_k,
        "one_unit": lambda: cb_render([1], 1),
        "all_unit": lambda: cb_render([1] * 5, 5),
        "whole_cable": lambda: cb_render([max_l], 1),
        # one cable cut into N pieces, N <= its length (the validator's sum(L) >= N)
        "one_cable_n": lambda: (lambda length: cb_render([length], rng.randint(2, min(7, length))))(rng.randint(2, 60)),
        "equal": lambda: cb_render([7, 7, 7], 3),
        "longer_than_shortest": lambda: cb_render([1, 100], 2),
        "average_trap": lambda: cb_render([5, 5], 3),  # total / N = 3 but only 2 pieces of length 3 exist
        "cable_length": lambda: cb_render([rng.randint(10, 99)] * 4, 4),  # answer = the cable length itself
        "units": lambda: cb_render([1] * 40, 40),  # lengths 1: a search starting at 0 divides by zero
        "exact_total": lambda: cb_render([3, 4, 5], 12),  # every piece has length 1, nothing wasted
        # The longest cable comes last and is shorter than K: a program that takes K from the wrong token (the last
        # length) reads only the first 4 cables and answers 2.
        "longest_last": lambda: cb_render([1, 2, 1, 2, 4], 1),
        "random": lambda: (lambda ls: cb_render(ls, rng.randint(max(1, sum(ls) // 5000), max(1, sum(ls) // 10))))(
            [rng.randint(1, 10 ** 4) for _ in range(rng.randint(100, 200))]),
        "max_high": lambda: cb_render([rng.randint(2 ** 30, max_l) for _ in range(max_k)], max_n),
        "max_any": lambda: cb_render([rng.randint(1, max_l) for _ in range(max_k)], rng.randint(max_n // 2, max_n)),
        "max_three": lambda: cb_render([max_l] * 3, max_n),
    }
    if kind in table:
        return table[kind]()
    s0 = table["sample"]().split("\n")
    k0, n0 = map(int, s0[0].split())
    ls0 = s0[1].split()
    return {
        "k_too_big": f"{max_k + 1} 1\n" + " ".join(["1"] * (max_k + 1)) + "\n",
        "n_too_big": f"1 {max_n + 1}\n{max_l}\n",
        "l_too_big": f"{k0} {n0}\n" + " ".join(ls0[:-1] + [str(max_l + 1)]) + "\n",
        "l_zero": f"{k0} {n0}\n" + " ".join(["0"] + ls0[1:]) + "\n",
        "too_few": "2 11\n5 5\n",  # even length 1 gives only 10 pieces
        "missing_length": f"{k0} {n0}\n" + " ".join(ls0[:-1]) + "\n",
        "n_zero": f"{k0} 0\n{s0[1]}\n",
    }[kind]


# ---------------------------------------------------------------- spread (aggressive cows)
def sp_render(xs, c):
    return f"{len(xs)} {c}\n" + " ".join(map(str, xs)) + "\n"


def sp_case(n_hi, span, n_lo=2, c_hi=0):
    n = rng.randint(n_lo, min(n_hi, P["max_n"]))
    xs = rng.sample(range(min(P["max_x"] + 1, max(span, n))), n)
    return sp_render(xs, rng.randint(2, max(2, n + c_hi)))


def sp_sample():
    """Redrawn until the best smallest distance differs from what spreading the C picks evenly by index (in sorted
    order) gives (wa_even_spacing_by_index): the positions' gaps, not their count, decide. With plain=1 (the
    second sample) drawn once: C = 2 (the whole span) stays possible there."""
    while True:
        text = sp_case(8, rng.choice([20, 40]), n_lo=5, c_hi=-2)
        if opts.get("plain") == "1":
            return text
        head, xs = text.split("\n")[:2]
        c = int(head.split()[1])
        xs = sorted(map(int, xs.split()))
        n = len(xs)

        def fits(d):
            count, last = 1, xs[0]
            for x in xs[1:]:
                if x - last >= d:
                    count, last = count + 1, x
            return count >= c

        best = max(d for d in range(1, xs[-1] - xs[0] + 1) if fits(d))
        picks = [xs[round(i * (n - 1) / (c - 1))] for i in range(c)]
        if best != min(b - a for a, b in zip(picks, picks[1:])):
            return text


def spread(kind):
    max_n, max_x = P["max_n"], P["max_x"]
    cluster = [0, 1, 2, 3, 100]
    rng.shuffle(cluster)
    table = {
        "sample": sp_sample,
        "case": lambda: sp_case(rng.choice([3, 6, 8]), rng.choice([10, 100, 10 ** 4])),
        "stress": lambda: sp_case(rng.choice([3, 5, 7]), rng.choice([8, 30, 1000])),
        "two_ends": lambda: sp_render([0, max_x], 2),
        "three": lambda: sp_render([max_x, 0, max_x // 2], 3),
        "all_used": lambda: sp_render(list(range(8)), 8),
        "two_of_many": lambda: sp_render(rng.sample(range(100), 8), 2),
        "outer_pairs": lambda: sp_render([0, 1, max_x - 1, max_x], 2),
        "whole_span": lambda: sp_render([9, 0, 5], 2),  # C = 2: the answer is the whole span (top of the range)
        "cluster": lambda: sp_render(cluster, 3),  # even spacing by index picks neighbours in the cluster
        "unsorted": lambda: sp_render([50, 10, 40, 20, 30, 0], 3),
        "uneven": lambda: sp_render([0, 4, 7, 8, 9, 13], 4),
        "random": lambda: (lambda n, c: sp_render(rng.sample(range(max(n, (c - 1) * rng.randint(1, 60))), n), c))(
            *(lambda n: (n, rng.randint(2, n)))(rng.randint(300, 800))),
    }
    if kind in table:
        return table[kind]()
    if kind.startswith("max"):
        if kind == "max_clustered":
            xs = sorted(rng.sample(range(max_x // 1000), max_n - 2)) + [max_x // 2, max_x]
            rng.shuffle(xs)
            return sp_render(xs, rng.randint(3, 6))
        wide = rng.sample(range(max_x + 1), max_n)
        return sp_render(wide, max_n // 2 if kind == "max_half" else rng.randint(3, 12))
    s0 = table["sample"]().split("\n")
    n0, c0 = map(int, s0[0].split())
    xs0 = s0[1].split()
    return {
        "n_too_big": f"{max_n + 1} 2\n" + " ".join(map(str, range(max_n + 1))) + "\n",
        "c_too_big": f"{n0} {n0 + 1}\n{s0[1]}\n",
        "c_one": f"{n0} 1\n{s0[1]}\n",
        "x_too_big": f"{n0} {c0}\n" + " ".join(xs0[:-1] + [str(max_x + 1)]) + "\n",
        "x_negative": f"{n0} {c0}\n" + " ".join(["-1"] + xs0[1:]) + "\n",
        "repeated": f"{n0} {c0}\n" + " ".join(xs0[:-1] + [xs0[0]]) + "\n",
        "missing_position": f"{n0} {c0}\n" + " ".join(xs0[:-1]) + "\n",
    }[kind]


# ---------------------------------------------------------------- split (minimise the largest group)
def sl_render(a, k):
    return f"{len(a)} {k}\n" + " ".join(map(str, a)) + "\n"


def sl_case(n_hi, hi, n_lo=1):
    n = rng.randint(n_lo, min(n_hi, P["max_n"]))
    k = rng.randint(2, n - 2) if n_lo >= 4 else rng.randint(1, n)
    return sl_render([rng.randint(1, min(hi, P["max_a"])) for _ in range(n)], k)


def sl_answer(a, k, alone=False):
    """The smallest largest group sum; alone: as if a value larger than the limit could form a group by itself."""
    def fits(limit):
        groups, cur = 1, 0
        for x in a:
            if cur + x > limit and cur > 0:
                groups, cur = groups + 1, 0
            cur += x
        return groups <= k and (alone or cur <= limit and max(a) <= limit)
    lo, hi = (1 if alone else max(a)), sum(a)
    while lo < hi:
        mid = (lo + hi) // 2
        lo, hi = (lo, mid) if fits(mid) else (mid + 1, hi)
    return lo


def sl_sample_alone():
    """One value so large that it is a group by itself and the answer, the others in small groups."""
    while True:
        n = rng.randint(6, 8)
        a = [rng.randint(1, 12) for _ in range(n)]
        a[rng.randrange(n)] = rng.randint(25, 40)
        k = rng.randint(3, n - 2)
        if sl_answer(a, k) == max(a) != sl_answer(a, k, alone=True):
            return sl_render(a, k)


def split(kind):
    max_n, max_a = P["max_n"], P["max_a"]
    table = {
        "sample": lambda: sl_case(8, rng.choice([20, 50]), n_lo=6),
        "sample_alone": sl_sample_alone,
        "case": lambda: sl_case(rng.choice([3, 6, 10]), rng.choice([5, 100, 10 ** 4])),
        "stress": lambda: sl_case(rng.choice([2, 5, 8]), rng.choice([3, 30, max_a])),
        "one": lambda: sl_render([max_a], 1),
        "each_alone": lambda: sl_render([max_a] * 10, 10),
        "three_groups": lambda: sl_render([max_a] * 9, 3),
        "ones": lambda: sl_render([1] * 9, 4),
        "big_middle": lambda: sl_render([1, max_a, 1], 2),
        "single_group": lambda: sl_render([rng.randint(1, 9) for _ in range(6)], 1),  # K = 1: the whole sum
        "k_equals_n": lambda: sl_render([3, 1, 4, 1, 5, 9, 2, 6], 8),  # K = N: the answer is the largest value
        "average_unreachable": lambda: sl_render([2, 2, 2], 2),
        "classic": lambda: sl_render([7, 2, 5, 10, 8], 2),
        "random": lambda: (lambda n: sl_render([rng.randint(1, 1000) for _ in range(n)], rng.randint(1, n)))(
            rng.randint(300, 1000)),
        "max_few": lambda: sl_render([rng.randint(1, max_a) for _ in range(max_n)], rng.randint(2, 20)),
        "max_heavy": lambda: sl_render([rng.randint(max_a // 2, max_a) for _ in range(max_n)],
                                       max_n // rng.randint(10, 20)),
        "max_half": lambda: sl_render([rng.randint(1, max_a) for _ in range(max_n)], max_n // 2),
    }
    if kind in table:
        return table[kind]()
    s0 = table["sample"]().split("\n")
    n0, k0 = map(int, s0[0].split())
    a0 = s0[1].split()
    return {
        "n_too_big": f"{max_n + 1} 1\n" + " ".join(["1"] * (max_n + 1)) + "\n",
        "k_too_big": f"{n0} {n0 + 1}\n{s0[1]}\n",
        "k_zero": f"{n0} 0\n{s0[1]}\n",
        "a_too_big": f"{n0} {k0}\n" + " ".join(a0[:-1] + [str(max_a + 1)]) + "\n",
        "a_zero": f"{n0} {k0}\n" + " ".join(["0"] + a0[1:]) + "\n",
        "extra_value": f"{n0} {k0}\n" + " ".join(a0 + ["1"]) + "\n",
    }[kind]


BUILD = {"lower_bound": lower_bound, "cables": cables, "spread": spread, "split": split}[VARIANT]
if mode in ("edge", "anti", "max", "invalid"):
    out = BUILD(opts["kind"])
else:
    out = BUILD(mode)
sys.stdout.write(out)
