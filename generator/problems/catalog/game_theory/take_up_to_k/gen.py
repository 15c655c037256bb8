"""Test generator for game_theory.take_up_to_k: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxt, maxn. Modes: sample which=1|2, random lo= hi= kmax= t=, all hi= kmax= (every N <= hi with every
K <= kmax), extremes, multiples (N at and next to multiples of K + 1 and of K, huge), max kind=random|losing,
invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXT, MAXN = int(opts["maxt"]), int(opts["maxn"])
rng = random.Random(seed)


def text(games):
    return f"{len(games)}\n" + "".join(f"{n} {k}\n" for n, k in games)


def answer(n, k, period=None, shift=0):
    period = period or k + 1
    r = (n - shift) % period
    return r if r else 0


def refutes_all(games):
    """Every tempting mistake (parity, period K, the misere rule) answers some game wrongly."""
    right = [answer(n, k) for n, k in games]
    parity = [1 if n % 2 else 0 for n, _ in games]
    mod_k = [answer(n, k, period=k) for n, k in games]
    misere = [answer(n, k, shift=1) for n, k in games]
    return parity != right and mod_k != right and misere != right and 0 in right


if mode == "sample":
    while True:  # redrawn until every mistake shows, with a losing start among them and no game twice
        if opts["which"] == "1":
            games = [(rng.randint(1, 15), rng.randint(2, 5)) for _ in range(rng.randint(4, 5))]
        else:
            games = []
            for _ in range(3):
                k = rng.randint(2, 10 ** rng.randint(1, 17))
                games.append((rng.randint(k, MAXN), k))
            k = rng.randint(2, 10 ** 9)
            games.append(((k + 1) * rng.randint(1, MAXN // (k + 1)), k))
            rng.shuffle(games)
        if refutes_all(games) and any(n > k + 1 and n % (k + 1) for n, k in games) and len(set(games)) == len(games):
            break
    out = text(games)
elif mode == "random":
    lo, hi, kmax = int(opts["lo"]), int(opts["hi"]), int(opts["kmax"])
    out = text([(rng.randint(lo, hi), rng.randint(1, kmax)) for _ in range(rng.randint(1, int(opts["t"])))])
elif mode == "all":
    games = [(n, k) for n in range(1, int(opts["hi"]) + 1) for k in range(1, int(opts["kmax"]) + 1)]
    rng.shuffle(games)
    out = text(games)
elif mode == "extremes":
    games = [(1, 1), (1, MAXN), (MAXN, 1), (MAXN, MAXN), (MAXN, MAXN - 1), (MAXN - 1, MAXN), (2, 1), (3, 2), (MAXN, 2),
             (MAXN - 1, 2), (MAXN - 2, 2), (10 ** 17, 10 ** 17 - 1), (10 ** 17 + 1, 10 ** 17)]
    out = text(games)
elif mode == "multiples":  # N at and next to multiples of K + 1 (and of K), with huge N and K
    games = []
    for _ in range(400):
        k = rng.randint(1, 10 ** rng.randint(1, 17))
        base = (k + 1) if rng.random() < 0.6 else k
        n = base * rng.randint(1, MAXN // base) + rng.choice((-1, 0, 0, 1))
        games.append((min(MAXN, max(1, n)), k))
    out = text(games)
elif mode == "max":
    games = []
    for _ in range(MAXT):
        k = rng.randint(1, 10 ** rng.randint(0, 9))
        if opts["kind"] == "random":
            n = rng.randint(MAXN // 2, MAXN)
        else:  # losing starts: a table filled up to N never finishes
            n = (k + 1) * rng.randint(MAXN // (2 * (k + 1)), MAXN // (k + 1))
        games.append((n, k))
    out = text(games)
elif mode == "invalid":
    out = {
        "n_zero": text([(5, 2), (0, 2)]), "k_zero": text([(5, 0)]), "n_too_big": text([(MAXN + 1, 3)]),
        "t_mismatch": "3\n1 1\n2 2\n", "too_many": text([(1, 1)] * (MAXT + 1)), "one_number": "1\n7\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
