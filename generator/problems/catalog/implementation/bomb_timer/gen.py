"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxr, maxt. Modes: sample, random hi= t=, fixed rows=a/b/.. t=, huge hi= mod=, max kind=, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXR, MAXT = int(opts["maxr"]), int(opts["maxt"])
rng = random.Random(seed)


def text(rows, t):
    return f"{len(rows)} {len(rows[0])} {t}\n" + "".join(row + "\n" for row in rows)


def detonate(rows):
    """The grid after the bombs of `rows` explode at once while every other cell holds a bomb."""
    out = [["O"] * len(rows[0]) for _ in rows]
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            if cell == "O":
                for a, b in ((i, j), (i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                    if 0 <= a < len(rows) and 0 <= b < len(row):
                        out[a][b] = "."
    return ["".join(row) for row in out]


def grid(r, c, density):
    return ["".join("O" if rng.random() < density else "." for _ in range(c)) for _ in range(r)]


def huge_time(mod):
    return rng.randrange((MAXT - 4) // 4 - 1000, (MAXT - 4) // 4) * 4 + mod


if mode == "sample":
    # Second 5 or 9, redrawn until it differs from the input (second 1): the state repeats with period 4 only
    # from second 3 on, and taking the period from second 1 prints the input.
    while True:
        rows = grid(rng.randint(4, 5), rng.randint(5, 7), 0.2)
        if detonate(detonate(rows)) != rows:
            break
    out = text(rows, rng.choice([5, 9]))
elif mode == "random":
    hi = int(opts["hi"])
    out = text(grid(rng.randint(1, hi), rng.randint(1, hi), rng.choice([0.05, 0.15, 0.3, 0.6])),
               rng.randint(1, int(opts["t"])))
elif mode == "fixed":
    out = text(opts["rows"].split("/"), int(opts["t"]))
elif mode == "huge":  # a large time with a chosen remainder modulo 4
    hi = int(opts["hi"])
    out = text(grid(rng.randint(2, hi), rng.randint(2, hi), 0.15), huge_time(int(opts["mod"])))
elif mode == "max":
    kind = opts["kind"]
    t = {"one": huge_time(1), "three": huge_time(3), "even": huge_time(2), "top": MAXT}[kind]
    out = text(grid(MAXR, MAXR, 0.1), t)
elif mode == "invalid":
    kind = opts["kind"]
    out = {
        "too_big": text(["." * (MAXR + 1)], 3),
        "t_zero": text(["O..", "..."], 0),
        "t_big": text(["O..", "..."], MAXT + 1),
        "bad_char": text(["O.X", "..."], 3),
        "short_row": "2 3 3\nO..\n..\n",
        "missing_row": "3 3 3\nO..\n...\n",
    }[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
