"""Task-local generator: python gen_thin.py SEED thin side=row|col [key=value ...] prints a grid one cell
wide (lying down for side=row, standing for side=col; 5 to 8 long) with S at one end, E at the other and most cells
between them walls, so the search may break more walls than the grid is wide or tall. A state table sized by a side
of the grid instead of K + 1 layers (mutation sweep seed 7: '3 1 2 / S / # / E' answers 2, that table fails) is
indexed past its end here. Params: k (the task's K; raised to 2 or 3 within max_k,
so the grid is thinner than K + 1)."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
rng = random.Random(seed)
K = max(int(opts["k"]), min(int(opts["max_k"]), rng.randint(2, 3)))  # at least 2 walls may be broken
if mode != "thin":
    raise SystemExit(f"unknown mode {mode}")
width, length = 1, rng.randint(5, 8)
rows = [["#" if rng.random() < 0.7 else "." for _ in range(width)] for _ in range(length)]
rows[0][rng.randrange(width)] = "S"
rows[-1][rng.randrange(width)] = "E"
if opts["side"] == "row":  # lying down: one or two rows
    rows = [list(col) for col in zip(*rows)]
sys.stdout.write(f"{len(rows)} {len(rows[0])} {K}\n" + "".join("".join(row) + "\n" for row in rows))
