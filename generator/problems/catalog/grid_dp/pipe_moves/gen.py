"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn. Modes: sample kind=open|walls, random lo= hi= [wall=percent], fixed case=,
max kind=open|sparse|stairs|blocked_end, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)


def text(rows):
    return f"{len(rows)}\n" + "".join(r + "\n" for r in rows)


def grid(n, wall_percent):
    rows = [["#" if rng.randrange(100) < wall_percent else "." for _ in range(n)] for _ in range(n)]
    rows[0][0] = rows[0][1] = "."
    return ["".join(r) for r in rows]


def routes(rows):
    """Number of move sequences on a small grid (for choosing a sample with a few routes)."""
    n = len(rows)

    def free(r, c):
        return r < n and c < n and rows[r][c] == "."

    def walk(r, c, d):
        if (r, c) == (n - 1, n - 1):
            return 1
        total = 0
        if d != "v" and free(r, c + 1):
            total += walk(r, c + 1, "h")
        if d != "h" and free(r + 1, c):
            total += walk(r + 1, c, "v")
        if free(r, c + 1) and free(r + 1, c) and free(r + 1, c + 1):
            total += walk(r + 1, c + 1, "d")
        return total

    return walk(0, 1, "h")


if mode == "sample":
    if opts["kind"] == "open":
        out = text(["." * 4] * 4) if rng.random() < 0.5 else text(["." * 3] * 3)
    else:
        n = 5
        while True:
            rows = grid(n, 15)
            if sum(r.count("#") for r in rows) >= 2 and 2 <= routes(rows) <= 8:
                break
        out = text(rows)
elif mode == "random":
    n = rng.randint(max(3, int(opts["lo"])), min(MAXN, int(opts["hi"])))
    out = text(grid(n, int(opts.get("wall") or rng.choice([0, 10, 20, 35]))))
elif mode == "fixed":
    out = {"smallest": text(["...", "...", "..."]),
           "end_blocked": text(["...", "...", "..#"]),
           "diagonal_squeeze": text(["..#.", "....", ".#..", "...."]),
           "needs_turning": text(["...#", "....", "#...", "...."]),
           "only_straight": text(["....", "####", "####", "...."]),
           "corner_walls": text(["....", "...#", "..#.", "...."])}[opts["case"]]
elif mode == "max":
    kind = opts["kind"]
    n = MAXN
    if kind == "open":  # open but for one seeded wall deep in the lower-left corner
        rows = [["."] * n for _ in range(n)]
        r = rng.randint(n // 2 + 2, n - 1)
        rows[r][rng.randint(0, r - n // 2 - 2)] = "#"
        out = text(["".join(x) for x in rows])
    elif kind == "sparse":
        out = text(grid(n, 3))
    elif kind == "stairs":  # walls on some anti-diagonals leave narrow stairs
        rows = [["." for _ in range(n)] for _ in range(n)]
        shift, period = rng.randrange(3), rng.randint(5, 9)
        phase = rng.randrange(period)
        for r in range(n):
            for c in range(n):
                if (r + c) % period == phase and (r * 31 + c * 17 + shift) % 3 == 0 and (r, c) not in ((0, 0), (0, 1)):
                    rows[r][c] = "#"
        rows[-1][-1] = "."
        out = text(["".join(r) for r in rows])
    else:  # the target cell is a wall; one more seeded wall elsewhere
        rows = [["."] * n for _ in range(n)]
        rows[-1][-1] = "#"
        rows[rng.randint(1, n - 1)][rng.randint(0, n - 2)] = "#"
        out = text(["".join(x) for x in rows])
elif mode == "invalid":
    out = {"too_big": text(["." * (MAXN + 1)] * (MAXN + 1)), "too_small": text(["..", ".."]),
           "start_wall": text([".#.", "...", "..."]), "bad_char": text(["...", ".x.", "..."]),
           "ragged": text(["...", "..", "..."]), "count": "3\n...\n...\n", "space": "3\n. ..\n...\n...\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
