"""Test generator for game_theory.misere_nim: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxt, maxsum, maxa. Modes: sample which=1|2, random t= n= a= (games of up to n piles of up to a stones),
list games=a:b:c,d:e (games separated by commas), ones t= n= (piles of one stone, with at most one larger pile,
and XOR-zero games), max kind=one_game|many_games, invalid kind=...
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


def first(piles):
    return len(piles) % 2 == 0 if max(piles) == 1 else xor(piles) != 0


MISTAKES = (
    lambda piles: xor(piles) != 0,
    lambda piles: xor(piles) == 0,
    lambda piles: len(piles) % 2 == 1 if max(piles) == 1 else xor(piles) != 0,
)


def refutes_all(games):
    return all(any(wrong(g) != first(g) for g in games) for wrong in MISTAKES)


def game(n, a):
    return [rng.randint(1, a) for _ in range(n)]


def near_ones(n):
    """Mostly piles of one stone: all ones, or all ones but one pile, or a game whose XOR is 0."""
    kind = rng.randrange(3)
    piles = [1] * n
    if kind == 1:
        piles[rng.randrange(n)] = rng.randint(2, 9)
    elif kind == 2:
        piles = game(n, 9)
        last = xor(piles)
        if last:
            piles.append(last)
        rng.shuffle(piles)
    return piles


if mode == "sample":
    while True:  # redrawn until every tempting mistake answers some game wrongly
        if opts["which"] == "1":
            games = [near_ones(rng.randint(1, 4)) for _ in range(3)] + [game(rng.randint(2, 3), 7)]
            rng.shuffle(games)
        else:
            games = [near_ones(rng.randint(3, 6)) for _ in range(2)] + [game(3, MAXA)]
        if refutes_all(games) and len({first(g) for g in games}) == 2:
            break
    out = text(games)
elif mode == "random":
    n, a = int(opts["n"]), int(opts["a"])
    out = text([game(rng.randint(1, n), a) for _ in range(rng.randint(1, int(opts["t"])))])
elif mode == "list":
    out = text([list(map(int, g.split(":"))) for g in opts["games"].split(",")])
elif mode == "ones":
    out = text([near_ones(rng.randint(1, int(opts["n"]))) for _ in range(int(opts["t"]))])
elif mode == "max":
    if opts["kind"] == "one_game":
        piles = [1] * MAXSUM
        piles[rng.randrange(MAXSUM)] = rng.randint(2, MAXA)
        out = text([piles])
    else:
        n = MAXSUM // MAXT
        out = text([game(n, rng.choice((1, 2, MAXA))) for _ in range(MAXT)])
elif mode == "invalid":
    out = {
        "a_zero": text([[1, 2], [3, 0]]), "a_too_big": text([[MAXA + 1, 1]]), "n_mismatch": "1\n3\n1 2\n",
        "n_zero": "2\n0\n\n1\n5\n", "sum_too_big": text([[1] * (MAXSUM // 2 + 1), [1] * (MAXSUM // 2)]),
        "t_mismatch": "2\n1\n5\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
