"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxl, maxt. Modes: sample, random l= t= [n=], fixed l= t= ants=p:d,p:d,..., max kind=, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXL, MAXT = int(opts["maxn"]), int(opts["maxl"]), int(opts["maxt"])
rng = random.Random(seed)


def text(length, t, ants):
    return f"{len(ants)} {length} {t}\n" + "".join(f"{p} {d}\n" for p, d in ants)


def random_ants(length, n):
    return [(p, rng.choice("LR")) for p in rng.sample(range(length + 1), n)]  # in random order, not sorted


def where(length, t, ants, wrong=None):
    """The answer: the sorted ghost positions handed to the ants from left to right, -1 off the rod. Wrong ones:
    "own_ghost" (each ant its own ghost), "input_order" (ghosts handed out in input order), "fallen_right" (the
    ghosts left on the rod handed to the leftmost ants)."""
    ghosts = [p + t if d == "R" else p - t for p, d in ants]
    on = [g if 0 <= g <= length else -1 for g in ghosts]
    if wrong == "own_ghost":
        return on
    order = sorted(range(len(ants)), key=lambda i: ants[i][0]) if wrong != "input_order" else range(len(ants))
    answer = [-1] * len(ants)
    if wrong == "fallen_right":
        for rank, g in enumerate(g for g in sorted(ghosts) if 0 <= g <= length):
            answer[order[rank]] = g
        return answer
    for rank, ant in enumerate(order):
        g = sorted(ghosts)[rank]
        answer[ant] = g if 0 <= g <= length else -1
    return answer


if mode == "sample":
    # Redrawn until ants meet, one falls off the left end, and the ants are not listed left to right, so that each
    # ant keeping its own ghost, ghosts handed out in input order, and the ants left on the rod taken as the
    # leftmost ones all answer otherwise.
    while True:
        length, t = rng.randint(8, 12), rng.randint(3, 6)
        ants = random_ants(length, rng.randint(3, 4))
        right = where(length, t, ants)
        if all(where(length, t, ants, wrong) != right for wrong in ("own_ghost", "input_order", "fallen_right")):
            break
    out = text(length, t, ants)
elif mode == "random":
    length = rng.randint(1, int(opts["l"]))
    n = rng.randint(1, min(length + 1, int(opts.get("n", length + 1))))
    out = text(length, rng.randint(1, int(opts["t"])), random_ants(length, n))
elif mode == "fixed":
    ants = [(int(a.split(":")[0]), a.split(":")[1]) for a in opts["ants"].split(",")]
    out = text(int(opts["l"]), int(opts["t"]), ants)
elif mode == "max":
    kind = opts["kind"]
    if kind == "dense":  # every point of a short stretch holds an ant: collisions everywhere, few falls
        length = MAXL
        start = rng.randint(0, MAXL - 3 * MAXN)
        ants = [(start + 2 * i + rng.randint(0, 1), rng.choice("LR")) for i in range(MAXN)]
        rng.shuffle(ants)
        out = text(length, rng.randint(MAXN // 2, 2 * MAXN), ants)
    elif kind == "falls":  # many ants fall off both ends
        out = text(MAXL, rng.randint(MAXT // 4, MAXT // 2), [
            (p, rng.choice("LR")) for p in rng.sample(range(MAXL + 1), MAXN)])
    elif kind == "late":  # T in the top twentieth of its range: nearly all fall off, the last ones are pushed around
        out = text(MAXL, rng.randint(MAXT - MAXT // 20, MAXT), [
            (p, rng.choice("LR")) for p in rng.sample(range(MAXL + 1), MAXN)])
    else:  # most ants walk left: many fall off the left end and the rest are pushed around
        ants = [(p, "L" if rng.random() < 0.9 else "R") for p in rng.sample(range(MAXL + 1), MAXN)]
        out = text(MAXL, rng.randint(MAXL // 3, MAXL // 2), ants)
elif mode == "invalid":
    kind = opts["kind"]
    out = {
        "too_many": text(MAXN, 1, [(i % (MAXN + 1), "L") for i in range(MAXN + 1)]),
        "same_spot": text(10, 3, [(4, "L"), (4, "R")]),
        "outside": text(10, 3, [(2, "L"), (11, "R")]),
        "bad_dir": text(10, 3, [(2, "L"), (5, "U")]),
        "t_zero": text(10, 0, [(2, "L")]),
        "t_big": text(10, MAXT + 1, [(2, "L")]),
        "n_mismatch": "3 10 2\n1 L\n4 R\n",
    }[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
