"""Test generator for game_theory.subtraction_game: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxk, maxs, maxq, maxn. Modes: sample which=1|2, random k= s= n= q= (up to k moves from 1..s, counts up to n),
list moves=a:b:... n=a:b:..., all k= s= hi= (every count 1..hi), take_all k= s= n= q= (counts that are allowed moves),
max kind=random|spread, invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXK, MAXS, MAXQ, MAXN = (int(opts[key]) for key in ("maxk", "maxs", "maxq", "maxn"))
rng = random.Random(seed)


def text(moves, counts):
    return f"{len(moves)}\n{' '.join(map(str, moves))}\n{len(counts)}\n" + "".join(f"{n}\n" for n in counts)


def draw_moves(k, s):
    moves = rng.sample(range(1, s + 1), min(k, s))
    rng.shuffle(moves)
    return moves


def table(moves, top, take_all=True, last_loses=False):
    """best[n] (0: losing) and win[n] for 0..top, optionally with a tempting mistake."""
    win, best = [last_loses] + [False] * top, [0] * (top + 1)
    for n in range(1, top + 1):
        for s in sorted(moves):
            if s > n or (s == n and not take_all):
                break
            if not win[n - s]:
                win[n], best[n] = True, s
                break
    return win, best


def answers(moves, counts, **kw):
    win, best = table(moves, max(counts), **kw)
    return [best[n] if win[n] else 0 for n in counts]


def input_order(moves, counts):
    win, _ = table(moves, max(counts))
    return [next((s for s in moves if s <= n and not win[n - s]), 0) for n in counts]


def refutes_all(moves, counts):
    right = answers(moves, counts)
    return (answers(moves, counts, take_all=False) != right and input_order(moves, counts) != right
            and answers(moves, counts, last_loses=True) != right and 0 in right)


if mode == "sample":
    small = opts["which"] == "1"
    while True:  # redrawn until every tempting mistake answers some game wrongly
        if small:
            moves = draw_moves(rng.randint(2, 3), 6)
            counts = rng.sample(range(1, 16), rng.randint(4, 5))
        else:
            moves = draw_moves(rng.randint(4, 6), 30)
            counts = rng.sample(range(20, 500), 5)
        if moves != sorted(moves) and any(s % 2 == 0 for s in moves) and refutes_all(moves, counts):
            break
    out = text(moves, counts)
elif mode == "random":
    moves = draw_moves(rng.randint(1, int(opts["k"])), int(opts["s"]))
    counts = [rng.randint(1, int(opts["n"])) for _ in range(rng.randint(1, int(opts["q"])))]
    out = text(moves, counts)
elif mode == "list":
    out = text(opts["moves"].split(":"), opts["n"].split(":"))
elif mode == "all":
    moves = draw_moves(int(opts["k"]), int(opts["s"]))
    counts = list(range(1, int(opts["hi"]) + 1))
    rng.shuffle(counts)
    out = text(moves, counts)
elif mode == "take_all":  # counts that are themselves moves, and counts just above them, with the moves unsorted
    moves = draw_moves(int(opts["k"]), int(opts["s"]))
    counts = [rng.choice(moves) + rng.choice((0, 0, 1, 2)) for _ in range(int(opts["q"]) // 2)]
    counts += [rng.randint(1, int(opts["n"])) for _ in range(int(opts["q"]) - len(counts))]
    out = text(moves, counts)
elif mode == "max":
    if opts["kind"] == "random":
        moves = draw_moves(MAXK, MAXS)
    else:  # large moves only, spread out: long losing stretches
        moves = draw_moves(MAXK, MAXS)
        moves = [s for s in moves if s > MAXS // 3] or [MAXS]
    counts = [rng.randint(MAXN - MAXN // 10, MAXN) for _ in range(MAXQ - 1)] + [MAXN]
    out = text(moves, counts)
elif mode == "invalid":
    out = {
        "repeated_move": text([3, 1, 3], [5]), "move_too_big": text([1, MAXS + 1], [5]),
        "k_mismatch": "3\n1 2\n1\n5\n", "too_many_moves": text(list(range(1, MAXK + 2)), [5]),
        "n_zero": text([1, 2], [4, 0]), "n_too_big": text([1, 2], [MAXN + 1]), "q_mismatch": "2\n1 2\n3\n4\n5\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
