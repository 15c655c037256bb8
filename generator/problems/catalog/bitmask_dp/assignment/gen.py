"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Format: N, then N rows of N costs. Params: maxn, maxc. Modes: sample1, sample2, random lo= hi= [cap=],
fixed case=, anti, swap_trap [kind=best] (costs where swapping two agents' jobs rarely reaches the cheapest total;
kind=best against the best swap each step), max kind=,
invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXC = int(opts["maxn"]), int(opts["maxc"])
rng = random.Random(seed)


# 15 x 15 costs, found by a hill climb: swapping the jobs of two agents while that lowers the total (first improvement
# in label order), from a random assignment, ends at the cheapest total in about 1 of 100,000 starts. Agents and jobs
# are relabelled when used.
SWAP_TRAP = [
    [9578,    1, 5276, 8713,  164, 2479, 7950, 5049, 1962,  846, 4061, 4672, 7943, 2019, 8041],
    [ 443, 2503, 5850, 6344, 6965, 6512,  740, 9847, 3607, 3698, 6435, 6359, 4798, 6231, 4856],
    [9903, 8326, 8748, 7598, 7182, 6435, 7823, 6261, 1787,  468,  775, 6204, 3758,  928,  601],
    [7597, 1016, 5786, 2656, 8432, 3643, 6187, 5241, 6698, 7215, 2047, 4350, 9512, 6472, 1030],
    [1944, 5308, 2794, 7619, 5932, 5795, 3162, 7934, 1546, 7330,  449, 4136, 2178, 6368,  646],
    [ 153, 5280, 7329, 8556,  138, 1044, 2944, 4451, 6744, 7194,  355, 5919, 8750,  959, 8784],
    [5750, 9112, 7456, 9766, 1235, 5326, 6005, 8191, 8216, 6537, 5891, 9149, 4129, 1995, 3413],
    [6808, 4704, 7947, 1840, 3362, 2840, 3628, 6202, 7044, 7822, 4522, 9213, 9753,  630, 1142],
    [4156, 8468, 4692, 8332, 2943, 2859, 7521, 1464, 3466, 6181,  315, 3579, 7596, 8270, 4939],
    [7326, 2570, 9467, 8162, 8544, 2842, 3919,  806, 3292, 4767, 2282, 2227, 4344, 7990, 6581],
    [7290, 7808, 9241, 2038, 9511, 4672, 9706,  649, 3013, 1628, 9122, 2208, 9787, 4876,  706],
    [2788, 5646, 9411, 2850, 5963, 6712, 1154, 5520, 6694, 3242, 1763,  556, 8981, 4732, 5526],
    [6012, 5883, 3579, 7157,  779, 3060, 3681, 7934, 7915, 2442, 4850, 8518, 8327, 9701, 1242],
    [9632, 2325, 7924, 2134,  737, 8740, 4035, 6491, 5632, 2235,  474, 4171, 2000, 6588, 5388],
    [8737, 1204, 4451, 7816, 2460, 6695, 9796, 3016, 4914, 5777, 3986, 1426, 1507, 9231, 4843],
]


# 15 x 15 costs against the best swap each step (steepest descent: of all two-agent swaps the one that lowers the total
# most, until none does), which SWAP_TRAP does not stop (it ends at the cheapest total there in about 1 of 600 starts).
# Two blocks (agents and jobs 1-7 and 8-15, every cost across them 3000 or more), each found by a hill climb (C,
# offline) over all starts of the block; steepest descent ends at the cheapest total in about 1.3 of 10,000 starts
# of the whole (300,000 sampled), first-improvement descent in about 1 of 300,000. Relabelled when used.
BEST_SWAP_TRAP = [
    [   7,  484,  138,  912,  955,  194,  286, 9029, 9627, 8486, 9994, 5524, 5060, 7963, 4738],
    [ 104,  325,  872,  760,  267,   39,  140, 6223, 9583, 8922, 7170, 6047, 7457, 6644, 7112],
    [ 427,  303,  250,  202,   89,  683,  631, 6470, 7306, 4347, 7591, 4453, 4934, 4889, 3195],
    [ 612, 1000,  477,  192,  108,  622,   21, 7208, 8525, 7586, 4489, 6650, 9527, 6396, 9016],
    [ 528,  383,  417,  957,  668,  129,  112, 6651, 4320, 9176, 6275, 8858, 9050, 6779, 8365],
    [ 678,  965,  600,  242,  194,   88,   99, 9811, 9522, 5899, 8420, 6724, 6776, 5873, 7650],
    [ 298,  304,  174,  988,   17,  497,  536, 5659, 9673, 8730, 9840, 4360, 8049, 5196, 9332],
    [6930, 5535, 5484, 9547, 8785, 9808, 7130,  287,  141,  645,  184,   23,  673,  924,  487],
    [8987, 4702, 7005, 7193, 6003, 8605, 8105,  955,  378,  131,   71,  429,  358,  346,   54],
    [9101, 3869, 3481, 7705, 8348, 3400, 5237,  876,  410,  259,  973,  268,  481,  972,  212],
    [5177, 5005, 9756, 4724, 3494, 6464, 8873,  333,  843,  150,    1,  634,  886,  589,   30],
    [3192, 3679, 3943, 3552, 3207, 3334, 8975,  622,  938,  971,  814,  335,  511,  443,  642],
    [7285, 8664, 3015, 6158, 7828, 3353, 9505,  422,  862,   40,  345,   69,  978,  169,  872],
    [9124, 3926, 5343, 5762, 7003, 3252, 5526,  847,  501, 1000,  917,  115,  358,  223,   15],
    [6291, 8092, 8778, 4257, 6873, 4847, 3765,  251,   90,  824,  205,  501,  164,  155,  228],
]


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
elif mode == "swap_trap":  # SWAP_TRAP (kind=best: BEST_SWAP_TRAP) with agents and jobs relabelled
    trap = BEST_SWAP_TRAP if opts.get("kind") == "best" else SWAP_TRAP
    n = len(trap)
    if n > MAXN or max(map(max, trap)) > MAXC:
        raise SystemExit("swap_trap needs maxn >= 15 and maxc >= 10000")
    agents, jobs = rng.sample(range(n), n), rng.sample(range(n), n)
    out = render([[trap[agents[i]][jobs[j]] for j in range(n)] for i in range(n)])
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
