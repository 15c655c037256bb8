"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Format: N, then N rows of N costs. Params: maxn, maxc. Modes: sample1, sample2, random lo= hi= [cap=],
fixed case=, anti, max kind=, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXC = int(opts["maxn"]), int(opts["maxc"])
rng = random.Random(seed)


def render(rows):
    return f"{len(rows)}\n" + "".join(" ".join(map(str, row)) + "\n" for row in rows)


def matrix(n, cap):
    return [[rng.randint(1, min(cap, MAXC)) for _ in range(n)] for _ in range(n)]


def greedy_trap():
    # Agent 1's cheapest job is the one agent 2 badly needs: greedy pays far more than the best.
    small, mid = rng.randint(1, 5), rng.randint(8, 15)
    return [[small, small + 1, mid], [small, rng.randint(40, 70), rng.randint(40, 70)],
            [rng.randint(40, 70), rng.randint(8, 15), small + 2]]


if mode == "sample1":
    n = 3
    rows = greedy_trap()
    perm = rng.sample(range(n), n)  # relabel the jobs: the trap stays, the sample changes
    out = render([[row[p] for p in perm] for row in rows])
elif mode == "sample2":
    out = render(matrix(rng.randint(3, 4), 20))
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    out = render(matrix(n, int(opts.get("cap") or rng.choice([3, 100, MAXC]))))
elif mode == "fixed":
    case = opts["case"]
    out = {
        "single": lambda: render([[MAXC]]),
        "all_equal": lambda: render([[7] * 5 for _ in range(5)]),
        "greedy_trap": lambda: render(greedy_trap()),
        # The globally cheapest pair (1,1) forces the two expensive leftovers; 2 + 2 beats 1 + 100.
        "pair_trap": lambda: render([[1, 2], [2, 100]]),
    }[case]()
elif mode == "anti":
    # Cheap diagonal-adjacent traps for every greedy; the optimum uses a cyclic shift.
    n = MAXN
    rows = [[MAXC - rng.randint(0, 50) for _ in range(n)] for _ in range(n)]
    for i in range(n):
        rows[i][i] = rng.randint(1, 3)
        rows[i][(i + 1) % n] = rng.randint(4, 6)
    rows[n - 1][n - 1] = MAXC
    out = render(rows)
elif mode == "max":
    out = render(matrix(MAXN, MAXC if opts["kind"] == "random" else 4))
elif mode == "invalid":
    kind = opts["kind"]
    out = {
        "n_too_big": lambda: render(matrix(MAXN + 1, 9)),
        "cost_zero": lambda: render([[1, 0], [2, 3]]),
        "cost_too_big": lambda: render([[1, MAXC + 1], [2, 3]]),
        "short_row": lambda: "2\n1 2\n3\n",
        "missing_row": lambda: "3\n1 2 3\n4 5 6\n",
        "leading_zero": lambda: "2\n1 02\n3 4\n",
    }[kind]()
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
