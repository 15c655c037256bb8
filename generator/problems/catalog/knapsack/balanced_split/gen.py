"""Test generator for knapsack.balanced_split (testlib style): python gen.py SEED MODE [key=value ...] prints one
input. Params: maxn, maxa.

Modes: sample kind=hand|random; random lo= hi= [acap=]; fixed name=...; greedy_trap (largest-first into the
lighter group is not optimal); reuse_trap (a DP that may reuse an item finds a better, impossible split); odd
(all values odd, N odd: no perfect split); big [acap=] [even=1]; invalid kind=..."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXA = int(opts["maxn"]), int(opts["maxa"])
rng = random.Random(seed)


def render(values):
    rng.shuffle(values)
    return f"{len(values)}\n" + " ".join(map(str, values)) + "\n"


def fixed(name):
    cases = {
        "single": [7],
        "single_max": [MAXA],
        "two_equal": [5, 5],
        "two_unequal": [1, MAXA],
        "all_ones_odd": [1] * 7,
        "one_giant": [MAXA, 1, 1, 1, 2],
        "all_max": [MAXA] * MAXN,
    }
    values = cases[name]
    return f"{len(values)}\n" + " ".join(map(str, values)) + "\n"


def greedy_trap():
    # Largest first into the lighter group: 3|3, 2, 2 -> 5|5, then 2 -> difference 2; best is 3+3 | 2+2+2.
    k = rng.randint(1, 4)
    return render([3 * k, 3 * k, 2 * k, 2 * k, 2 * k])


def reuse_trap():
    # One small value and big ones: taking the small one many times would balance, taking it once cannot.
    small = rng.randint(1, 3)
    big = [rng.randint(MAXA // 2, MAXA) for _ in range(rng.randint(2, 4))]
    return render([small] + big)


def reuses(values):
    """Whether the subset-sum DP run upwards (an item may complete a sum it helped reach) finds a better, impossible
    split or shows a group that repeats an item."""
    half = sum(values) // 2
    first = [0] * (half + 1)  # 0: not reached; -1: the empty group; i: item i completed this sum first
    first[0] = -1
    for i, w in enumerate(values, 1):
        for s in range(w, half + 1):
            if first[s] == 0 and first[s - w] != 0:
                first[s] = i
    best = max(s for s in range(half + 1) if first[s] != 0)
    reachable = {0}
    for w in values:
        reachable |= {r + w for r in reachable}
    group, s = [], best
    while s > 0:
        group.append(first[s])
        s -= values[first[s] - 1]
    return best != max(r for r in reachable if r <= half) or len(set(group)) < len(group)


if mode == "sample":
    if opts.get("kind") == "hand":
        out = render([8, 3, 5, 2, 6, 5])  # sum 29: no perfect split, the best differ by 1 (8 + 6 | 3 + 5 + 2 + 5, ...)
    else:  # redrawn until the sum DP that runs upwards (wa_item_reused) uses an item twice
        while True:
            values = [rng.randint(1, 20) for _ in range(rng.randint(4, 6))]
            rng.shuffle(values)
            if reuses(values):
                break
        out = f"{len(values)}\n" + " ".join(map(str, values)) + "\n"
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    cap = MAXA if opts.get("acap", "maxa") == "maxa" else int(opts["acap"])
    out = render([rng.randint(1, cap) for _ in range(n)])
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "greedy_trap":
    out = greedy_trap()
elif mode == "reuse_trap":
    out = reuse_trap()
elif mode == "odd":
    n = MAXN if MAXN % 2 else MAXN - 1
    out = render([2 * rng.randint(0, (MAXA - 1) // 2) + 1 for _ in range(n)])
elif mode == "big":
    cap = MAXA if opts.get("acap", "maxa") == "maxa" else int(opts["acap"])
    values = [rng.randint(max(1, cap // 2), cap) for _ in range(MAXN)]
    if opts.get("even") == "1":
        values = [v - v % 2 if v > 1 else 2 for v in values]
    out = render(values)
elif mode == "invalid":
    cases = {
        "n_zero": "0\n\n",
        "n_too_big": f"{MAXN + 1}\n" + " ".join(["1"] * (MAXN + 1)) + "\n",
        "a_zero": "3\n4 0 5\n",
        "a_too_big": f"3\n4 {MAXA + 1} 5\n",
        "too_few": "4\n4 2 5\n",
        "too_many": "2\n4 2 5\n",
        "double_space": "3\n4  2 5\n",
        "leading_zero": "3\n4 02 5\n",
        "negative": "3\n4 -2 5\n",
        "no_final_newline": "3\n4 2 5",
    }
    out = cases[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
