"""Test generator for game_theory.nim: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxt, maxsum, maxa. Modes: sample which=1|2, random t= n= a= (games of up to n piles of up to a stones),
list games=a:b:c,d:e (games separated by commas), bits t= n= (piles sharing X's lower bits, or holding X's top bit
under a higher one), zero t= n= (games whose XOR is 0, and one pile away from it), max kind=one_game|many_games,
invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXT, MAXSUM, MAXA = int(opts["maxt"]), int(opts["maxsum"]), int(opts["maxa"])
rng = random.Random(seed)


def text(games):
    return f"{len(games)}\n" + "".join(f"{len(g)}\n{' '.join(map(str, g))}\n" for g in games)


def xor(piles):
    x = 0
    for a in piles:
        x ^= a
    return x


def right(piles):
    x = xor(piles)
    return sum(a ^ x < a for a in piles)


MISTAKES = (
    lambda piles, x: sum(1 for a in piles if a & x),
    lambda piles, x: sum(1 for a in piles if a >= x) if x else 0,
    lambda piles, x: sum(1 for a in piles if a.bit_length() == x.bit_length()) if x else 0,
)


def refutes_all(games):
    return all(any(wrong(g, xor(g)) != right(g) for g in games) for wrong in MISTAKES)


def game(n, a):
    return [rng.randint(1, a) for _ in range(n)]


def tricky(n, top):
    """Piles mixing X's top bit under higher bits, and lower bits of X without its top bit."""
    piles = [rng.randint(1, top) for _ in range(n)]
    x = xor(piles)
    if x and rng.random() < 0.7:
        high = 1 << (x.bit_length() - 1)
        piles[rng.randrange(n)] = min(top, rng.randint(1, top) | high | (high << rng.randint(1, 3)))
    return piles


if mode == "sample":
    while True:  # redrawn until every tempting mistake answers some game wrongly
        if opts["which"] == "1":
            games = [game(rng.randint(2, 4), 7) for _ in range(3)]
            games.insert(rng.randrange(4), [3, 5, 6] if rng.random() < 0.5 else [1, 4, 5])  # a losing start
        else:
            games = [tricky(rng.randint(4, 6), 60) for _ in range(2)] + [game(3, 10 ** 9)]
        if refutes_all(games) and len({right(g) for g in games}) >= 3:
            break
    out = text(games)
elif mode == "random":
    n, a = int(opts["n"]), int(opts["a"])
    out = text([game(rng.randint(1, n), a) for _ in range(rng.randint(1, int(opts["t"])))])
elif mode == "list":
    out = text([list(map(int, g.split(":"))) for g in opts["games"].split(",")])
elif mode == "bits":
    n = int(opts["n"])
    out = text([tricky(rng.randint(2, n), rng.choice((15, 255, 4095, MAXA))) for _ in range(int(opts["t"]))])
elif mode == "zero":
    games = []
    for _ in range(int(opts["t"])):
        while True:
            piles = game(rng.randint(1, int(opts["n"])), rng.choice((7, 1000, MAXA)))
            last = xor(piles)
            if last <= MAXA:
                break
        if last:
            piles.append(last)
        if rng.random() < 0.5:  # one stone away from a losing start
            i = rng.randrange(len(piles))
            piles[i] = piles[i] + 1 if piles[i] < MAXA else piles[i] - 1
        rng.shuffle(piles)
        games.append(piles)
    out = text(games)
elif mode == "max":
    if opts["kind"] == "one_game":
        out = text([tricky(MAXSUM, MAXA)])
    else:
        n = MAXSUM // MAXT
        out = text([tricky(n, MAXA) for _ in range(MAXT)])
elif mode == "invalid":
    out = {
        "a_zero": text([[1, 2], [3, 0]]), "a_too_big": text([[MAXA + 1, 1]]), "n_mismatch": "1\n3\n1 2\n",
        "n_zero": "2\n0\n\n1\n5\n", "sum_too_big": text([[1] * (MAXSUM // 2 + 1), [1] * (MAXSUM // 2)]),
        "t_mismatch": "2\n1\n5\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
