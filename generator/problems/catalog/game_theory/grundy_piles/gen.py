"""Test generator for game_theory.grundy_piles: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxk, maxs, maxt, maxsum, maxa. Modes: sample which=1|2, random k= s= t= n= a= (up to k moves from 1..s,
games of up to n piles of up to a stones), list moves=a:b games=a:b,c (games separated by commas), values t= n=
(piles whose Grundy numbers are 2 or more, where win/lose bits and sizes mislead), max kind=one_game|many_games,
invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXK, MAXS, MAXT, MAXSUM, MAXA = (int(opts[key]) for key in ("maxk", "maxs", "maxt", "maxsum", "maxa"))
rng = random.Random(seed)


def text(moves, games):
    return (f"{len(moves)}\n{' '.join(map(str, moves))}\n{len(games)}\n"
            + "".join(f"{len(g)}\n{' '.join(map(str, g))}\n" for g in games))


def draw_moves(k, s):
    return rng.sample(range(1, s + 1), min(k, s))


def table(moves, top, mex=True):
    g = [0] * (top + 1)
    for a in range(1, top + 1):
        seen = {g[a - s] for s in moves if s <= a}
        if mex:
            m = 0
            while m in seen:
                m += 1
        else:
            m = max(seen) + 1 if seen else 0
        g[a] = m
    return g


def count(moves, piles, value, want):
    """Winning first moves when each pile's value is value[a] and a move must reach want(a, x)."""
    x = 0
    for a in piles:
        x ^= value(a)
    if not x:
        return 0
    return sum(1 for a in piles for s in moves if s <= a and value(a - s) == want(a, x))


def answers(moves, games):
    top = max(max(p) for p in games)
    g, wrong_mex = table(moves, top), table(moves, top, mex=False)
    right = [count(moves, p, g.__getitem__, lambda a, x: g[a] ^ x) for p in games]
    wrongs = [
        [count(moves, p, lambda a: a, lambda a, x: a ^ x) for p in games],
        [count(moves, p, lambda a: int(g[a] > 0), lambda a, x: int(g[a] > 0) ^ x) for p in games],
        [count(moves, p, wrong_mex.__getitem__, lambda a, x: wrong_mex[a] ^ x) for p in games],
        [count(moves, p, g.__getitem__, lambda a, x: 0) for p in games],
    ]
    return right, wrongs


def refutes_all(moves, games):
    right, wrongs = answers(moves, games)
    return all(w != right for w in wrongs) and 0 in right and len(set(right)) >= 2


def high_value_sizes(moves, top):
    g = table(moves, top)
    return [a for a in range(1, top + 1) if g[a] >= 2]


if mode == "sample":
    while True:  # redrawn until every tempting mistake answers some game wrongly
        if opts["which"] == "1":
            moves = draw_moves(rng.randint(2, 3), 5)
            games = [[rng.randint(1, 12) for _ in range(rng.randint(2, 3))] for _ in range(rng.randint(3, 4))]
        else:
            moves = draw_moves(rng.randint(3, 4), 9)
            games = [[rng.randint(10, 60) for _ in range(rng.randint(3, 4))] for _ in range(2)]
        high = table(moves, max(max(p) for p in games))
        if moves != sorted(moves) and refutes_all(moves, games) and any(high[a] >= 2 for p in games for a in p):
            break
    out = text(moves, games)
elif mode == "random":
    moves = draw_moves(rng.randint(1, int(opts["k"])), int(opts["s"]))
    n, a = int(opts["n"]), int(opts["a"])
    games = [[rng.randint(1, a) for _ in range(rng.randint(1, n))] for _ in range(rng.randint(1, int(opts["t"])))]
    out = text(moves, games)
elif mode == "list":
    out = text(opts["moves"].split(":"), [g.split(":") for g in opts["games"].split(",")])
elif mode == "values":
    while True:
        moves = draw_moves(rng.randint(2, 5), 12)
        sizes = high_value_sizes(moves, 3000)
        if len(sizes) > 20:
            break
    n = int(opts["n"])
    games = [[rng.choice(sizes) if rng.random() < 0.8 else rng.randint(1, 3000) for _ in range(rng.randint(2, n))]
             for _ in range(int(opts["t"]))]
    out = text(moves, games)
elif mode == "max":
    moves = draw_moves(MAXK, MAXS)
    if opts["kind"] == "one_game":
        games = [[rng.randint(MAXA - MAXA // 10, MAXA) for _ in range(MAXSUM)]]
    else:
        n = MAXSUM // MAXT
        games = [[rng.randint(1, MAXA) for _ in range(n)] for _ in range(MAXT)]
    out = text(moves, games)
elif mode == "invalid":
    out = {
        "repeated_move": text([2, 1, 2], [[5]]), "move_too_big": text([1, MAXS + 1], [[5]]),
        "k_mismatch": "3\n1 2\n1\n1\n5\n", "a_zero": text([1, 2], [[3], [4, 0]]), "a_too_big": text([1], [[MAXA + 1]]),
        "n_mismatch": "1\n1\n1\n3\n1 2\n", "sum_too_big": text([1], [[1] * (MAXSUM // 2 + 1), [1] * (MAXSUM // 2)]),
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
