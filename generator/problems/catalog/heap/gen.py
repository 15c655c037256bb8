"""Test generator for the heap tasks (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Params from task.toml: variant (min_heap | abs_heap | merge_cost | running_median), maxn, maxv.
Modes: sample1, sample2, random lo= hi= cap=, fixed case=, ties (abs_heap), plateau, decreasing, increasing,
equal, max_random cap=; invalid inputs: invalid kind= (too_many, too_few, too_big, too_small, missing, two_on_line,
plus_sign).
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
VARIANT, MAXN, MAXV = opts["variant"], int(opts["maxn"]), int(opts["maxv"])
rng = random.Random(seed)
# Smallest and largest allowed number (a pushed 0 means "remove" in the operation tasks).
LOW = {"min_heap": 0, "abs_heap": -MAXV, "merge_cost": 1, "running_median": -MAXV}[VARIANT]
OPERATIONS = VARIANT in ("min_heap", "abs_heap")


def text(values):
    return f"{len(values)}\n" + "".join(f"{v}\n" for v in values)


def draw(cap):
    cap = min(cap, MAXV)
    if VARIANT == "min_heap":
        return rng.randint(1, cap)
    if VARIANT == "abs_heap":
        v = rng.randint(1, cap)
        return v if rng.random() < 0.5 else -v
    if VARIANT == "merge_cost":
        return rng.randint(1, cap)
    return rng.randint(-cap, cap)


def values(count, cap):
    if OPERATIONS:
        ratio = rng.choice([0.4, 0.5, 0.6, 0.7])
        return [draw(cap) if rng.random() < ratio else 0 for _ in range(count)]
    return [draw(cap) for _ in range(count)]


def monotone(vals, pool):
    """A random order-preserving renaming of the distinct values, drawn from `pool`."""
    distinct = sorted(set(vals))
    return dict(zip(distinct, sorted(rng.sample(pool, len(distinct)))))


def sample1():
    if VARIANT == "min_heap":
        # A removal from the empty box, pushes out of order, removals past the end; values renamed in order.
        first = [0, 5, 3, 8, 0, 0, 2, 0, 0, 0, 0]
        rename = monotone([x for x in first if x], range(1, 50))
        return [rename[x] if x else 0 for x in first]
    if VARIANT == "abs_heap":
        # Two ties between x and -x (pushed in a random order), a removal from the empty box.
        a, b, c = sorted(rng.sample(range(1, 30), 3))
        tie_a = [a, -a] if rng.random() < 0.5 else [-a, a]
        tie_c = [-c, c] if rng.random() < 0.5 else [c, -c]
        return tie_a + [0, 0, 0, rng.choice([b, -b])] + tie_c + [0, 0, 0]
    if VARIANT == "merge_cost":
        # Sizes k, 2k and 4k in a random order: the two smallest go first (cost 3k), then the rest (7k).
        k = rng.randint(1, 50)
        first = [k, 2 * k, 4 * k]
        rng.shuffle(first)
        return first
    # A negative outlier, a repeated value and even counts (the smaller middle one).
    first = [1, 5, 2, 10, -99, 7, 5]
    rename = monotone([x for x in first if x > 0], range(1, 60))
    rename[-99] = -rng.randint(10, 99)
    return [rename[x] for x in first]


def sample2():
    if OPERATIONS:
        vals = [draw(20 if VARIANT == "min_heap" else 5) if rng.random() < 0.6 else 0
                for _ in range(rng.randint(6, 10))]
        return vals[:-1] + [0]  # ends with a removal
    if VARIANT == "merge_cost":
        return [rng.randint(1, 30) for _ in range(rng.randint(4, 6))]
    return [rng.randint(-20, 20) for _ in range(rng.randint(4, 8))]


def ties(count, cap):
    # abs_heap: every pushed value comes with its negation, positive first.
    vals = []
    while len(vals) + 3 <= count:
        v = rng.randint(1, cap)
        vals += [v, -v] + ([0] if rng.random() < 0.6 else [])
    return vals + [0] * (count - len(vals))


FIXED = {
    # min_heap
    "one_remove": [0],
    "one_max": [MAXV],
    "equal_pushes": [7, 7, 7, 0, 7, 0, 0, 0, 0],
    "max_then_one": [MAXV, 1, 0, 0, 0],
    # abs_heap
    "min_alone": [-MAXV, 0],
    "both_extremes": [MAXV, -MAXV, 0, 0, 0],
    "negative_first": [-5, -5, 5, 0, 0, 0, 0],
    # merge_cost
    "one_pile": [7],
    "four_fives": [5, 5, 5, 5],
    "two_max": [MAXV, MAXV],
    "seven_ones": [1] * 7,
    "seven_max": [MAXV] * 7,
    # running_median
    "one_low": [-MAXV],
    "all_equal": [3] * 6,
    "alternating": [MAXV, -MAXV] * 4,
    "down_ten": list(range(10, 0, -1)),
}


def invalid(kind):
    base = sample1()
    filler = 1
    if kind == "too_many":
        return text([filler] * (MAXN + 1))
    if kind == "too_few":
        return "0\n"
    if kind == "too_big":
        return text(base[:1] + [MAXV + 1] + base[2:])
    if kind == "too_small":
        return text(base[:1] + [LOW - 1] + base[2:])
    lines = text(base).split("\n")
    if kind == "missing":  # one number fewer than N
        return "\n".join(lines[:-2]) + "\n"
    if kind == "two_on_line":
        return "\n".join(lines[:2] + [lines[2] + " " + lines[2]] + lines[3:])
    if kind == "plus_sign":
        return "\n".join(lines[:2] + ["+" + lines[2].lstrip("-")] + lines[3:])
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample1":
    out = text(sample1())
elif mode == "sample2":
    out = text(sample2())
elif mode == "random":
    out = text(values(rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"]))),
                      int(opts.get("cap") or rng.choice([3, 10, MAXV]))))
elif mode == "fixed":
    out = text(FIXED[opts["case"]])
elif mode == "many_then_drain":
    # min_heap: 1000 pushes, then more removals than there are values.
    out = text([rng.randint(1, MAXV) for _ in range(1000)] + [0] * 1001)
elif mode == "ties":
    out = text(ties(int(opts["count"]), int(opts["cap"])))
elif mode == "plateau":
    # Fill up, then alternate: the heap stays large for every operation.
    half = MAXN // 2
    out = text([draw(MAXV) for _ in range(half)] + [draw(MAXV) if i % 2 else 0 for i in range(MAXN - half)])
elif mode == "decreasing":
    count = int(opts.get("count", MAXN))
    # Strictly decreasing, seeded values (each problem its own test): every insertion goes to the front of a
    # sorted list.
    top = rng.randint(count, MAXV)
    down = sorted(rng.sample(range(max(1, LOW), top + 1), count), reverse=True)
    out = text(down + [0] * count) if OPERATIONS else text(down)
elif mode == "high_then_low":
    # running_median: big values first, then small ones
    hi, lo = MAXV - rng.randint(0, 1000), -3000 - rng.randint(0, 1000)  # seeded: each problem its own test
    out = text(list(range(hi, hi - 3000, -1)) + list(range(lo, lo + 3000)))
elif mode == "increasing":
    out = text(sorted(draw(MAXV) for _ in range(MAXN)))
elif mode == "near_max_equal":
    # merge_cost: sizes close to each other, sequential merging loses
    out = text([rng.randint(MAXV - 10, MAXV) for _ in range(int(opts["count"]))])
elif mode == "equal":  # the common value is seeded (each problem its own test)
    out = text([rng.randint(MAXV - MAXV // 100, MAXV)] * MAXN)
elif mode == "max_random":
    out = text(values(MAXN, int(opts.get("cap", MAXV))))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
