"""Test generator for the sorting tasks (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Params from task.toml: variant (sort_numbers | multi_key | compress | inversions), maxn, lowv, maxv; multi_key
also maxa, maxb, maxlen.
Modes: sample1, sample2, random lo= hi= [cap=], fixed case=, and the anti/max modes at the bottom;
invalid inputs: invalid kind=...
"""
import random
import string
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
VARIANT = opts["variant"]
P = {k: int(v) for k, v in opts.items() if v.lstrip("-").isdigit()}
MAXN = P["maxn"]
rng = random.Random(seed)


def listing(values):
    return f"{len(values)}\n" + " ".join(map(str, values)) + "\n"


def values(n, cap):
    """n values in [lowv, maxv], limited to +-cap around 0 (or [0, cap] when lowv is 0)."""
    lo, hi = max(P["lowv"], -cap), min(P["maxv"], cap)
    return [rng.randint(lo, hi) for _ in range(n)]


def names(n, short=False):
    seen = {}
    while len(seen) < n:
        length = rng.randint(1, 3 if short else P["maxlen"])
        letters = string.ascii_lowercase[:6] if short else string.ascii_lowercase
        seen["".join(rng.choice(letters) for _ in range(length))] = None
    return list(seen)


def records(recs):
    return f"{len(recs)}\n" + "".join(f"{n} {a} {b}\n" for n, a, b in recs)


def record_case(n, amax, bmax):
    return records([(nm, rng.randint(0, min(amax, P["maxa"])), rng.randint(0, min(bmax, P["maxb"])))
                    for nm in names(n, short=n <= 30)])


def merge_jumps(v):
    """(sorted v, the number of times a right element jumps ahead in a merge sort): the inversions counted one per
    jump instead of one per left element it passes."""
    if len(v) <= 1:
        return v, 0
    (left, x), (right, y) = merge_jumps(v[:len(v) // 2]), merge_jumps(v[len(v) // 2:])
    merged, i, j, jumps = [], 0, 0, x + y
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
            jumps += 1
    return merged + left[i:] + right[j:], jumps


def sample1():
    if VARIANT == "sort_numbers":
        while True:  # a number repeated: every copy is printed
            row = [rng.randint(-9, 30) for _ in range(rng.randint(5, 7))]
            if len(set(row)) < len(row):
                return listing(row)
    if VARIANT == "multi_key":
        while True:  # a tie on the first key that the second key (not the input order) settles
            case = record_case(rng.randint(5, 6), 3, 3)
            recs = [(line.split()[0], int(line.split()[1]), int(line.split()[2])) for line in case.split("\n")[1:-1]]
            by_first = [r[0] for r in sorted(recs, key=lambda r: -r[1])]
            if by_first != [r[0] for r in sorted(recs, key=lambda r: (-r[1], r[2], r[0]))]:
                return case
    if VARIANT == "inversions":
        while True:  # a merge step where a right element passes two or more left ones
            row = values(rng.randint(5, 6), 9)
            inversions = sum(row[i] > row[j] for i in range(len(row)) for j in range(i + 1, len(row)))
            if merge_jumps(row)[1] != inversions:
                return listing(row)
    if VARIANT == "compress":
        return listing(values(rng.randint(5, 6), 9))
    return listing(values(rng.randint(5, 6), 9))


def sample2():
    if VARIANT == "sort_numbers":  # text order differs from number order here
        return listing([rng.choice([5, 9, 10, 100, -1, -2, -10, 0, 7]) for _ in range(rng.randint(5, 7))])
    if VARIANT == "multi_key":
        return record_case(rng.randint(5, 7), 5, 20)
    if VARIANT == "compress":
        return listing([rng.choice([-100, 7, 7, 30, 1000, -5]) for _ in range(6)])
    return listing([rng.randint(1, 4) for _ in range(6)])


def random_case(lo, hi):
    n = rng.randint(lo, min(hi, MAXN))
    if VARIANT == "multi_key":
        return record_case(n, int(opts.get("amax") or rng.choice([1, 3, P["maxa"]])),
                           int(opts.get("bmax") or rng.choice([1, 4, P["maxb"]])))
    return listing(values(n, int(opts.get("cap") or rng.choice([2, 5, 100, P["maxv"]]))))


def fixed(case):
    lo, hi = P.get("lowv", 0), P.get("maxv", 0)
    if VARIANT == "multi_key":
        tied = names(12, short=True)
        return records({
            "one_zero": [("a", 0, 0)],
            "one_max": [("z" * P["maxlen"], P["maxa"], P["maxb"])],
            "all_tie": [(nm, 5, 5) for nm in names(8, short=True)],  # every key but the name ties
            "first_max": [(nm, P["maxa"], rng.randint(0, 2)) for nm in names(8, short=True)],
            "reverse_names": [(nm, 1, 1) for nm in sorted(tied, reverse=True)],
            "tiny_keys": [(nm, rng.randint(0, 1), rng.randint(0, 2)) for nm in tied],
            "second_decides": [(nm, 3, 20 - i) for i, nm in enumerate(sorted(tied))],
        }[case])
    return listing({
        "zero": [0], "top": [hi], "both_ends": [lo, hi], "three": [lo, hi, 0] if lo < 0 else [lo, hi, 1],
        "equal": [7] * 10, "top_equal": [hi] * 8, "down": list(range(10, 0, -1)), "down8": list(range(8, 0, -1)),
        "up": list(range(1, 11)), "halves": [hi] * 5 + [lo] * 5, "low_high": [lo] * 3 + [hi] * 3,
        "text_order": [9, 10, 100, 2, 11, -1, -2, -10, -9], "signs": [-3, 2, -1, 1, 0, 3, -2],
        "dups_below": [5, 1, 1, 1, 3, 3, 9, 9, 9, 9], "first_seen": [30, 20, 10, 20, 30],
        "top_zero": [hi, 0], "equal_runs": [3, 3, 3, 1, 1, 2, 2, 2], "far_pairs": [9, 8, 7, 1, 2, 3, 6, 5, 4],
    }[case])


def invalid(kind):
    lo, hi = P.get("lowv", 0), P.get("maxv", 0)
    if VARIANT == "multi_key":
        return {"too_many": records([(nm, 1, 1) for nm in names(MAXN + 1)]),
                "a_big": records([("ann", P["maxa"] + 1, 0)]), "b_big": records([("ann", 0, P["maxb"] + 1)]),
                "a_negative": records([("ann", -1, 0)]), "long_name": records([("a" * (P["maxlen"] + 1), 1, 1)]),
                "capital": records([("Ann", 1, 1)]), "repeated_name": records([("bob", 1, 1), ("bob", 2, 2)]),
                "missing": "2\nann 1 1\n", "short_record": "1\nann 1\n"}[kind]
    return {"too_many": listing([lo] * (MAXN + 1)), "too_small": listing([lo - 1, lo]),
            "too_big": listing([hi + 1]), "missing": "3\n1 2\n", "double_space": "2\n1  2\n",
            "one_per_line": "2\n1\n2\n", "leading_zero": "2\n01 2\n"}[kind]


if mode == "sample1":
    out = sample1()
elif mode == "sample2":
    out = sample2()
elif mode == "random":
    out = random_case(int(opts["lo"]), int(opts["hi"]))
elif mode == "fixed":
    out = fixed(opts["case"])
elif mode == "small_values":
    out = listing(values(int(opts["n"]), int(opts["cap"])))
elif mode == "max_random":
    out = random_case(MAXN, MAXN)
elif mode == "max_decreasing":  # distinct, from the top of the range down
    # a seeded choice of distinct values (each problem its own test)
    pool = range(max(P["lowv"], P["maxv"] - 4 * MAXN), P["maxv"] + 1)
    out = listing(sorted(rng.sample(pool, MAXN), reverse=True) if len(pool) >= MAXN else
                  list(range(P["maxv"], P["maxv"] - MAXN, -1)))
elif mode == "max_doubled":  # every value twice
    half = values(MAXN // 2, P["maxv"])
    out = listing(half + half)
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
