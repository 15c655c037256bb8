"""Test generator for the ice-sliding task: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn. Modes: sample kind=hand|random; random lo= hi=; serpentine n= m= (every slide runs a whole corridor,
the answer grows with N); rocks n= m= density= (scattered rocks, S and G random); open n= m= (no rock: only the
border stops a slide); invalid kind=too_big|bad_char|no_goal|two_starts|short_row|extra_row. Sizes may say maxn.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)

# Hand-made first sample: the first slide to the right passes over G without stopping there (answer 3, not 1);
# turned and flipped per seed.
SAMPLE = ("S..G.#", ".#....", "....#.", "#.....")


def dim(key):
    value = opts[key]
    return MAXN if value == "maxn" else int(value)


def render(cells):
    return f"{len(cells)} {len(cells[0])}\n" + "\n".join("".join(row) for row in cells) + "\n"


def varied(rows):
    cells = [list(row) for row in rows]
    if rng.random() < 0.5:
        cells = [list(col) for col in zip(*cells)]
    if rng.random() < 0.5:
        cells.reverse()
    if rng.random() < 0.5:
        cells = [row[::-1] for row in cells]
    return cells


def rocks(n, m, density):
    if n * m < 2:
        m = 2
    cells = [["#" if rng.random() < density else "." for _ in range(m)] for _ in range(n)]
    a, b = rng.sample(range(n * m), 2)
    cells[a // m][a % m], cells[b // m][b % m] = "S", "G"
    return cells


def serpentine(n, m):
    m = max(m, 2)
    cells = [["." for _ in range(m)] for _ in range(n)]
    for r in range(1, n, 2):
        for c in range(m):
            cells[r][c] = "#"
        cells[r][m - 1 if (r // 2) % 2 == 0 else 0] = "."
    # The start anywhere on the first row (seeded): the slides that follow are the same long walk, and each
    # problem gets its own test.
    last = n - 1 if (n - 1) % 2 == 0 else n - 2
    if last == 0:
        cells[0][m - 1] = "G"
    else:
        entry = m - 1 if ((last - 1) // 2) % 2 == 0 else 0
        cells[last][m - 1 - entry] = "G"
    cells[0][rng.choice([c for c in range(m) if cells[0][c] == "."])] = "S"
    return cells


def invalid(kind):
    base = render(varied(SAMPLE))
    rows = base.split("\n")
    if kind == "too_big":
        return f"{MAXN + 1} 2\n" + "SG\n" + "..\n" * MAXN
    if kind == "bad_char":
        return base.replace("#", "o", 1)
    if kind == "no_goal":
        return base.replace("G", ".")
    if kind == "two_starts":
        return base.replace(".", "S", 1)
    if kind == "short_row":
        return "\n".join([rows[0], rows[1][:-1]] + rows[2:])
    if kind == "extra_row":
        return base + rows[1] + "\n"
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample":
    if opts.get("kind") == "hand":
        out = render(varied(SAMPLE))
    else:
        out = render(rocks(rng.randint(4, 6), rng.randint(4, 7), 0.2))
elif mode == "random":
    lo, hi = int(opts["lo"]), min(MAXN, int(opts["hi"]))
    out = render(rocks(rng.randint(lo, hi), rng.randint(lo, hi), rng.choice([0.0, 0.1, 0.2, 0.35])))
elif mode == "serpentine":
    out = render(serpentine(dim("n"), dim("m")))
elif mode == "rocks":
    out = render(rocks(dim("n"), dim("m"), float(opts["density"])))
elif mode == "open":
    out = render(rocks(dim("n"), dim("m"), 0.0))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
