"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxp, maxv. Modes: sample kind=ok|empty|error, random lo= hi= [plen=] [drops=], fixed case=, max kind=,
invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXP, MAXV = int(opts["maxn"]), int(opts["maxp"]), int(opts["maxv"])
rng = random.Random(seed)


def text(values, commands):
    return f"{len(values)}\n" + " ".join(map(str, values)) + f"\n{commands}\n"


def commands(length, drops):
    """`drops` D's among R's, in random order."""
    chars = ["D"] * drops + ["R"] * (length - drops)
    rng.shuffle(chars)
    return "".join(chars)


if mode == "sample":
    values = rng.sample(range(1, 30), rng.randint(5, 6))
    if opts["kind"] == "ok":  # drops at both ends, an odd number of reversals: printed back to front
        out = text(values, rng.choice(["RDDRDR", "DRDRRDRR", "RDRDDR"]))
    elif opts["kind"] == "empty":  # every thing dropped, and no D after that: empty, not error
        out = text(values[:3], rng.choice(["DRDDR", "RDRDD", "DDRDR"]))
    else:  # one drop too many
        out = text(values[:3], rng.choice(["DRDRDD", "RDDRDRD"]))
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    length = rng.randint(1, int(opts.get("plen") or 12))
    drops = min(length, int(opts.get("drops") or rng.randint(0, min(length, n + 1))))
    out = text([rng.randint(1, rng.choice([9, MAXV])) for _ in range(n)], commands(length, drops))
elif mode == "fixed":
    out = {"one_r": text([7], "R"), "one_d": text([7], "D"), "one_dd": text([7], "DD"),
           "drop_all": text([1, 2, 3], "DRD" + "D"), "drop_all_error": text([1, 2, 3], "DDDD"),
           "even_r": text([1, 2, 3, 4], "RRDRR"), "odd_r": text([1, 2, 3, 4], "RDR" + "R"),
           "error_then_more": text([5, 6], "DDDRR")}[opts["case"]]
elif mode == "max":
    kind = opts["kind"]
    values = [rng.randint(1, MAXV) for _ in range(MAXN)]
    if kind == "reversals":  # mostly reversals: reversing the list each time is quadratic
        out = text(values, commands(MAXP, MAXN // 2))
    elif kind == "drop_all":
        out = text(values, commands(MAXP, MAXN) if MAXP >= MAXN else "D" * MAXP)
    else:  # the error shows up only at the very end
        out = text(values[:MAXP // 2], commands(MAXP - 1, MAXP // 2) + "D")
elif mode == "invalid":
    out = {"too_many": text([1] * (MAXN + 1), "D"), "too_long": text([1], "R" * (MAXP + 1)),
           "bad_char": text([1, 2], "RX"), "lower": text([1, 2], "rd"), "too_big": text([MAXV + 1], "D"),
           "count": "3\n1 2\nD\n", "no_commands": "2\n1 2\n\n", "zero_value": text([0], "D"),
           "double_space": "2\n1  2\nD\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
