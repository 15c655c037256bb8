"""Test generator for recursion.hanoi: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxt, maxn, maxmoves. Modes: sample which=1|2, random lo= hi= t=, case towers=n:a:b,..., max,
invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXT, MAXN, MAXMOVES = int(opts["maxt"]), int(opts["maxn"]), int(opts["maxmoves"])
rng = random.Random(seed)
PAIRS = [(a, b) for a in (1, 2, 3) for b in (1, 2, 3) if a != b]


def text(towers):
    return f"{len(towers)}\n" + "".join(f"{n} {a} {b}\n" for n, a, b in towers)


def tower(lo, hi, pairs=PAIRS):
    return (rng.randint(lo, hi), *rng.choice(pairs))


if mode == "sample":
    if opts["which"] == "1":  # two towers small enough to follow by hand
        out = text([tower(2, 3), tower(1, 3)])
    else:  # one tower, never the classic 1 -> 3
        out = text([tower(3, 4, [p for p in PAIRS if p != (1, 3)])])
elif mode == "random":
    lo, hi = int(opts["lo"]), int(opts["hi"])
    towers = [tower(lo, hi) for _ in range(rng.randint(1, int(opts["t"])))]
    while sum((1 << n) - 1 for n, _, _ in towers) > MAXMOVES:
        towers.pop()
    out = text(towers)
elif mode == "case":
    out = text([tuple(map(int, x.split(":"))) for x in opts["towers"].split(",")])
elif mode == "max":  # as many moves as allowed: two towers of maxn disks, the rest of the budget in small towers
    towers = [tower(MAXN, MAXN), tower(MAXN, MAXN)]
    left = MAXMOVES - 2 * ((1 << MAXN) - 1)
    while len(towers) < MAXT and left >= 1:
        n = max(k for k in range(1, MAXN + 1) if (1 << k) - 1 <= left)
        towers.append(tower(n, n))
        left -= (1 << n) - 1
    rng.shuffle(towers)
    out = text(towers)
elif mode == "invalid":
    out = {
        "zero_disks": "1\n0 1 3\n", "too_many_disks": text([(MAXN + 1, 1, 3)]), "same_pegs": "2\n1 1 2\n3 2 2\n",
        "peg_four": "1\n3 1 4\n", "missing_peg": "1\n3 1\n", "t_mismatch": "3\n1 1 2\n2 2 3\n",
        "too_many_towers": text([(1, 1, 2)] * (MAXT + 1)), "too_many_moves": text([(MAXN, 1, 2)] * 3),
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
