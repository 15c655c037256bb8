"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Format: N, then N rows of N synergies (diagonal 0). Params: maxn, maxs. Modes: sample n=, random [lo=] hi=,
case name=, one_way hi= (only one of S[i][j], S[j][i] nonzero), lopsided hi= (an unequal split is strictly
better than every equal one; N <= 12),
max kind=random|sparse|equal, invalid kind=."""
import random
import sys
from itertools import combinations

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXS = int(opts["maxn"]), int(opts["maxs"])
rng = random.Random(seed)


def render(s):
    return f"{len(s)}\n" + "".join(" ".join(map(str, row)) + "\n" for row in s)


def matrix(n, value):
    return [[0 if i == j else value(i, j) for j in range(n)] for i in range(n)]


def even(lo, hi):
    return 2 * rng.randint(max(2, (lo + 1) // 2), max(2, hi // 2))


def one_way(n):
    s = matrix(n, lambda i, j: 0)
    for i in range(n):
        for j in range(i + 1, n):
            if rng.random() < 0.5:
                s[i][j] = rng.randint(0, MAXS)
            else:
                s[j][i] = rng.randint(0, MAXS)
    return s


def best_differences(s):
    """(best over equal teams, best over any two non-empty teams): a team's ability difference is (R_A - R_B) / 2
    with r_i = sum_j (S[i][j] + S[j][i]), so any split is a subset sum of r."""
    n = len(s)
    pair = [[s[i][j] + s[j][i] for j in range(n)] for i in range(n)]
    equal = min(abs(sum(pair[i][j] for i, j in combinations(a, 2))
                    - sum(pair[i][j] for i, j in combinations([x for x in range(n) if x not in a], 2)))
                for a in ((0,) + rest for rest in combinations(range(1, n), n // 2 - 1)))
    r = [sum(row) for row in pair]
    sums = [r[0]]
    for v in r[1:]:
        sums += [x + v for x in sums]
    sums.pop()  # everyone in one team
    return equal, min(abs(2 * x - sum(r)) for x in sums) // 2


def lopsided(n):
    # A tight clique of n/2 + 1 people with big synergy (only equal halves force a large gap), or for N = 4 one
    # person liked by all others; drawn again until some unequal split really beats every equal one, so a
    # solution that lets the team sizes differ answers less.
    while True:
        if n == 4:
            hub = rng.randrange(n)
            s = matrix(n, lambda i, j: rng.randint(1, MAXS) if hub in (i, j) and rng.random() < 0.7 else 0)
            for j in range(n):
                if j != hub and s[hub][j] == 0 and s[j][hub] == 0:
                    s[hub][j] = rng.randint(1, MAXS)
        else:
            s = matrix(n, lambda i, j: rng.randint(0, 3))
            clique = rng.sample(range(n), n // 2 + 1)
            for i in clique:
                for j in clique:
                    if i != j:
                        s[i][j] = rng.randint(MAXS // 2, MAXS)
        equal, any_split = best_differences(s)
        if equal > any_split:
            return s


def best(s, any_size=False, one_way=False):
    """The smallest difference; any_size: teams of any (non-zero) sizes; one_way: only S[i][j] with i < j counted."""
    n = len(s)
    def power(team):
        return sum(s[i][j] for i in team for j in team if (i < j if one_way else i != j))
    sizes = range(1, n) if any_size else [n // 2]
    return min(abs(power(a) - power([v for v in range(n) if v not in a]))
               for k in sizes for a in combinations(range(n), k))


if mode == "sample" and opts["n"] == "4":
    # One player's values are large, so that player alone against the other three would be closer than any two
    # against two (teams of other sizes are not allowed); redrawn until that holds and S[i][j] alone (without
    # S[j][i]) would give another answer.
    while True:
        star = rng.randrange(4)
        s = matrix(4, lambda i, j: rng.randint(6, 9) if star in (i, j) else rng.randint(1, 3))
        if best(s) not in (best(s, any_size=True), best(s, one_way=True)):
            break
elif mode == "sample":
    s = matrix(int(opts["n"]), lambda i, j: rng.randint(1, 9))
elif mode == "random":
    n = even(int(opts.get("lo", 4)), min(MAXN, int(opts["hi"])))
    cap = rng.choice([3, 10, MAXS])
    s = matrix(n, lambda i, j: rng.randint(0, cap))
elif mode == "one_way":
    s = one_way(even(4, min(MAXN, int(opts["hi"]))))
elif mode == "lopsided":
    s = lopsided(even(4, min(MAXN, 12, int(opts["hi"]))))
elif mode == "case":
    name = opts["name"]
    if name == "zeros":
        s = matrix(4, lambda i, j: 0)
    elif name == "one_way":
        s = [[0, 9, 0, 0], [0, 0, 0, 0], [0, 0, 0, 1], [0, 0, 0, 0]]
    elif name == "lopsided":
        s = [[0, 5, 5, 5], [5, 0, 0, 0], [5, 0, 0, 0], [5, 0, 0, 0]]  # equal teams: 10; person 1 alone: 0
    else:  # top: every synergy at the maximum, the answer is 0
        s = matrix(4, lambda i, j: MAXS)
elif mode == "max":
    kind = opts["kind"]
    if kind == "random":
        s = matrix(MAXN, lambda i, j: rng.randint(0, MAXS))
    elif kind == "sparse":
        s = matrix(MAXN, lambda i, j: rng.randint(0, MAXS) if rng.random() < 0.08 else 0)
    else:
        v = rng.randint(1, MAXS)
        s = matrix(MAXN, lambda i, j: v)
elif mode == "invalid":
    kind = opts["kind"]
    good = matrix(4, lambda i, j: rng.randint(0, 9))
    if kind == "odd":
        out = render(matrix(5, lambda i, j: 1))
    elif kind == "too_many":
        out = render(matrix(MAXN + 2, lambda i, j: 1))
    elif kind == "too_few":
        out = render(matrix(2, lambda i, j: 1))
    elif kind == "diagonal":
        good[2][2] = 3
        out = render(good)
    elif kind == "too_big":
        good[0][1] = MAXS + 1
        out = render(good)
    else:  # short_row
        out = "4\n" + " ".join(map(str, good[0][:3])) + "\n" + "".join(" ".join(map(str, r)) + "\n" for r in good[1:])
    sys.stdout.write(out)
    raise SystemExit(0)
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(render(s))
