"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Format: N, then the symmetric N x N matrix a (zero diagonal). Params: maxn, maxa. Modes: sample1, sample2,
random lo= hi= [cap=], fixed case=, anti, local_trap [kind=best] (a matrix where single-move local search rarely
reaches the best; kind=best against the best move each step), max kind=, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXA = int(opts["maxn"]), int(opts["maxa"])
rng = random.Random(seed)


# 14 musicians, found by a hill climb: local search that moves one musician at a time to a band (or an empty one)
# where the score rises, first improvement in label order, from a random split, ends at the best score in about 2
# of 100,000 starts; every other start stops at a split no single move improves. Relabelled and scaled when used.
LOCAL_TRAP = [
    [   0, -773,  882, -571, -562,  382, -354,  437,  355,  493,  597,  454, -850, -429],
    [-773,    0,  709, -641, -166, -743, -357,  503,   89, -726,  433,  871, -834, -129],
    [ 882,  709,    0,  298,  419, -840, -978,   85,  243, -917, -564, -693,  707,  560],
    [-571, -641,  298,    0, -667, -628, -985,  974,  945,  -61, -229, -534, -323, -593],
    [-562, -166,  419, -667,    0,  969,  862, -697,   55, -125,  262,   89, -502,  393],
    [ 382, -743, -840, -628,  969,    0,  637, -181,  219,  -11,  901,   -8, -744,  175],
    [-354, -357, -978, -985,  862,  637,    0,  763,  870,   11,  266, -122,  -44,  223],
    [ 437,  503,   85,  974, -697, -181,  763,    0, -500,    0,  831,  918,  252,    2],
    [ 355,   89,  243,  945,   55,  219,  870, -500,    0,  136,  495,   85,    7, -554],
    [ 493, -726, -917,  -61, -125,  -11,   11,    0,  136,    0, -931,  -74, -743,  493],
    [ 597,  433, -564, -229,  262,  901,  266,  831,  495, -931,    0,  173,  420,  329],
    [ 454,  871, -693, -534,   89,   -8, -122,  918,   85,  -74,  173,    0,   95,  881],
    [-850, -834,  707, -323, -502, -744,  -44,  252,    7, -743,  420,   95,    0, -324],
    [-429, -129,  560, -593,  393,  175,  223,    2, -554,  493,  329,  881, -324,    0],
]


# 14 musicians against the best move each step (of all single moves, the one that raises the score most, until none
# does), which LOCAL_TRAP does not stop (it ends at the best score there in about 1 of 170 starts). Two blocks of
# 7 (every pair across them -300 to -1000) copied from one 7 x 7 matrix found by a hill climb (C, offline) over all
# splits of the block, weighted as random labels draw them (the best move reaches the block's best from 4 in 10,000
# of them); the best move each step ends at the best score of the whole in about 1 of 100,000 random starts
# (1,500,000 sampled), first improvement in about 6 of 100,000. Relabelled and scaled when used.
BEST_MOVE_TRAP = [
    [   0,  -86,  411,  -34, -297,  646,  -55, -540, -517, -333, -612, -786, -904, -501],
    [ -86,    0,  520, -100,  649, -264,  137, -544, -728, -766, -395, -896, -675, -969],
    [ 411,  520,    0,  535, -259, -868, -392, -991, -610, -779, -568, -971, -460, -773],
    [ -34, -100,  535,    0, -265,  734,  -27, -762, -647, -764, -307, -776, -530, -704],
    [-297,  649, -259, -265,    0,  935, -193, -431, -343, -898, -810, -356, -697, -877],
    [ 646, -264, -868,  734,  935,    0,   71, -488, -568, -481, -314, -806, -690, -710],
    [ -55,  137, -392,  -27, -193,   71,    0, -399, -489, -483, -598, -397, -965, -509],
    [-540, -544, -991, -762, -431, -488, -399,    0,  -86,  411,  -34, -297,  646,  -55],
    [-517, -728, -610, -647, -343, -568, -489,  -86,    0,  520, -100,  649, -264,  137],
    [-333, -766, -779, -764, -898, -481, -483,  411,  520,    0,  535, -259, -868, -392],
    [-612, -395, -568, -307, -810, -314, -598,  -34, -100,  535,    0, -265,  734,  -27],
    [-786, -896, -971, -776, -356, -806, -397, -297,  649, -259, -265,    0,  935, -193],
    [-904, -675, -460, -530, -697, -690, -965,  646, -264, -868,  734,  935,    0,   71],
    [-501, -969, -773, -704, -877, -710, -509,  -55,  137, -392,  -27, -193,   71,    0],
]


def render(a):
    return f"{len(a)}\n" + "\n".join(" ".join(map(str, row)) for row in a) + "\n"


def matrix(n, value):
    """Symmetric matrix with a zero diagonal; value(i, j) gives the pair's entry."""
    a = [[0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            a[i][j] = a[j][i] = max(-MAXA, min(MAXA, value(i, j)))
    return a


def uniform(n, cap):
    cap = min(cap, MAXA)
    return matrix(n, lambda i, j: rng.randint(-cap, cap))


def planted(n, cap, groups):
    """A hidden partition: pairs inside a group mostly positive, across groups mostly negative, some noise and
    a few strongly positive bridges between groups (so joining along positive pairs is a trap)."""
    cap = min(cap, MAXA)
    label = [rng.randrange(groups) for _ in range(n)]

    def value(i, j):
        roll = rng.random()
        if label[i] == label[j]:
            return rng.randint(-cap // 4, cap) if roll < 0.85 else rng.randint(-cap, 0)
        return rng.randint(cap // 2, cap) if roll < 0.1 else rng.randint(-cap, cap // 5)

    return matrix(n, value)


if mode == "sample1":
    # Positive pairs chain 1-2-3 but 1 and 3 dislike each other: two groups beat one; permuted per seed.
    k = rng.randint(1, 9)
    base = [[0, 4, -9, 1], [4, 0, 5, -2], [-9, 5, 0, 3], [1, -2, 3, 0]]
    perm = list(range(4))
    rng.shuffle(perm)
    out = render([[k * base[perm[i]][perm[j]] for j in range(4)] for i in range(4)])
elif mode == "sample2":
    # Three hidden groups, redrawn until the best split has three or more groups: a split into a set and the
    # rest (wa_two_groups) scores less; and until joining greedily member by member scores less too.
    while True:
        a = planted(rng.randint(5, 6), 9, 3)
        n = len(a)
        score = [sum(a[i][j] for i in range(n) for j in range(i + 1, n) if mask >> i & 1 and mask >> j & 1)
                 for mask in range(1 << n)]
        best = [0] * (1 << n)
        for mask in range(1, 1 << n):
            low = mask & -mask
            sub, top = mask, None
            while sub:
                if sub & low:
                    value = score[sub] + best[mask ^ sub]
                    top = value if top is None else max(top, value)
                sub = (sub - 1) & mask
            best[mask] = top
        full = (1 << n) - 1
        groups, greedy = [], 0  # each member in order joins the group it gains most from (wa_greedy_join)
        for person in range(n):
            gains = [sum(a[person][j] for j in group) for group in groups]
            if gains and max(gains) > 0:
                groups[gains.index(max(gains))].append(person)
                greedy += max(gains)
            else:
                groups.append([person])
        if best[full] > max(score[sub] + score[full ^ sub] for sub in range(1 << n)) and best[full] != greedy:
            break
    out = render(a)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    cap = int(opts.get("cap") or rng.choice([9, 1000, MAXA]))
    out = render(planted(n, cap, rng.randint(2, 4)) if rng.random() < 0.6 else uniform(n, cap))
elif mode == "fixed":
    case = opts["case"]
    out = {
        "single": lambda: "1\n0\n",
        "pair_positive": lambda: render([[0, MAXA], [MAXA, 0]]),
        "pair_negative": lambda: render([[0, -MAXA], [-MAXA, 0]]),
        "all_zero": lambda: render([[0] * 4 for _ in range(4)]),
        "components_trap": lambda: "5\n0 -1 2 7 -9\n-1 0 5 -2 -8\n2 5 0 -4 -6\n7 -2 -4 0 2\n-9 -8 -6 2 0\n",
        "greedy_trap": lambda: "4\n0 -2 3 8\n-2 0 -6 9\n3 -6 0 -2\n8 9 -2 0\n",
        "three_groups": lambda: render(matrix(6, lambda i, j: 5 if i // 2 == j // 2 else -1)),
    }[case]()
elif mode == "anti":
    out = render(planted(MAXN, MAXA, 4))
elif mode == "local_trap":  # LOCAL_TRAP (kind=best: BEST_MOVE_TRAP), musicians relabelled, every entry times a factor
    trap = BEST_MOVE_TRAP if opts.get("kind") == "best" else LOCAL_TRAP
    n = len(trap)
    if n > MAXN:
        raise SystemExit("local_trap needs maxn >= 14")
    label, factor = rng.sample(range(n), n), rng.randint(1, max(1, MAXA // 1000))
    out = render([[trap[label[i]][label[j]] * factor for j in range(n)] for i in range(n)])
elif mode == "max":
    kind = opts["kind"]
    if kind == "uniform":
        out = render(uniform(MAXN, MAXA))
    elif kind == "planted":
        out = render(planted(MAXN, MAXA, rng.randint(3, 5)))
    elif kind == "all_positive":
        out = render(matrix(MAXN, lambda i, j: MAXA - rng.randint(0, 5)))
    else:  # all negative: nobody pairs up, the answer is 0
        out = render(matrix(MAXN, lambda i, j: -MAXA + rng.randint(0, 5)))
elif mode == "invalid":
    kind = opts["kind"]
    out = {
        "n_too_big": lambda: render([[0] * (MAXN + 1) for _ in range(MAXN + 1)]),
        "not_symmetric": lambda: "2\n0 3\n4 0\n",
        "diagonal": lambda: "2\n1 3\n3 0\n",
        "value_too_big": lambda: f"2\n0 {MAXA + 1}\n{MAXA + 1} 0\n",
        "short_row": lambda: "3\n0 1 2\n1 0\n2 0 0\n",
        "minus_zero": lambda: "2\n0 -0\n-0 0\n",
    }[kind]()
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
