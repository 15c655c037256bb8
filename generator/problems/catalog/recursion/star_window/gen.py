"""Test generator for recursion.star_window: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxk, maxh, maxp. Modes: sample which=1|2, random lo= hi= (K drawn), case k= r= c= h= w=, boundary (windows
whose edges sit on the middle thirds' bounds), max kind=far|holes, invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXK, MAXH = int(opts["maxk"]), int(opts["maxh"])
rng = random.Random(seed)


def line(k, r, c, h, w):
    return f"{k} {r} {c} {h} {w}\n"


def window(k, hmax):
    side = 3 ** k
    h, w = rng.randint(1, min(side, hmax)), rng.randint(1, min(side, hmax))
    return k, rng.randint(0, side - h), rng.randint(0, side - w), h, w


def star(r, c, rule):
    """rule: right, cross (row or column in the middle), bounds (middle one past on both ends), top (top level)."""
    side = 3 ** 40
    while side > 1:
        third = side // 3
        if rule == "bounds":
            mr, mc = third < r <= 2 * third, third < c <= 2 * third
        else:
            mr, mc = third <= r < 2 * third, third <= c < 2 * third
        if (mr or mc) if rule == "cross" else (mr and mc):
            return "."
        r, c, side = r % third, c % third, third
    return "*"


def picture(k, r, c, h, w, rule):
    if rule == "top":
        side = 3 ** k
        return [["." if side > 1 and side // 3 <= i < 2 * side // 3 and side // 3 <= j < 2 * side // 3 else "*"
                 for j in range(c, c + w)] for i in range(r, r + h)]
    return [[star(i, j, rule) for j in range(c, c + w)] for i in range(r, r + h)]


if mode == "sample":  # redrawn until a cross, the middle one past its bounds and the top level alone all draw otherwise
    while True:
        k, r, c, h, w = window(2, 9) if opts["which"] == "1" else window(3, 12)
        if h * w < 20:
            continue
        right = picture(k, r, c, h, w, "right")
        if all(picture(k, r, c, h, w, rule) != right for rule in ("cross", "bounds", "top")):
            break
    out = line(k, r, c, h, w)
elif mode == "random":
    out = line(*window(rng.randint(int(opts["lo"]), int(opts["hi"])), rng.choice([5, 30, MAXH])))
elif mode == "case":
    out = line(*(int(opts[x]) for x in "krchw"))
elif mode == "boundary":  # the window starts or ends on the bounds of some level's middle third
    k = rng.randint(8, MAXK)
    level = rng.randint(1, k)
    third = 3 ** (level - 1)
    side = 3 ** k
    h, w = rng.randint(20, MAXH), rng.randint(20, MAXH)
    r = min(rng.randrange(0, side, 3 * third) + third - rng.randint(0, 1) * h, side - h)
    c = min(rng.randrange(0, side, 3 * third) + 2 * third - rng.randint(0, w - 1), side - w)
    out = line(k, max(r, 0), max(c, 0), h, w)
elif mode == "max":
    side = 3 ** MAXK
    if opts["kind"] == "far":  # the bottom-right corner of the largest pattern
        out = line(MAXK, side - MAXH, side - MAXH, MAXH, MAXH)
    else:  # across the top-left corner of the central hole, where the holes of every level meet
        out = line(MAXK, side // 3 - MAXH // 2, side // 3 - MAXH // 2 + rng.randint(-50, 50), MAXH, MAXH)
elif mode == "invalid":
    out = {
        "k_too_big": line(MAXK + 1, 0, 0, 1, 1), "h_zero": line(3, 0, 0, 0, 5), "w_too_big": line(10, 0, 0, 5, MAXH + 1),
        "outside_rows": line(2, 5, 0, 5, 3), "outside_columns": line(3, 0, 20, 3, 8), "negative_r": "3 -1 0 2 2\n",
        "four_numbers": "3 0 0 2\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
