"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Format: one line, a string over A, B, C and '?'. Params: maxl (length), maxq (number of '?').
Modes: sample1, sample2, random len= q= [clash=1], fixed case=, max, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXL, MAXQ = int(opts["maxl"]), int(opts["maxq"])
rng = random.Random(seed)


def proper(n):
    """A random string without two equal neighbours."""
    s = [rng.choice("ABC")]
    while len(s) < n:
        s.append(rng.choice([c for c in "ABC" if c != s[-1]]))
    return s


def pattern(n, q, clash=False):
    s = proper(n)
    for i in rng.sample(range(n), min(q, n)):
        s[i] = "?"
    if clash:  # two fixed equal neighbours, or a fixed letter repeated around a hole: maybe no completion
        fixed = [i for i in range(n - 1) if s[i] != "?" and s[i + 1] != "?"]
        if fixed:
            i = rng.choice(fixed)
            s[i + 1] = s[i]
    return "".join(s) + "\n"


if mode == "sample1":
    out = pattern(rng.randint(5, 7), rng.randint(2, 3))
elif mode == "sample2":  # two fixed equal neighbours, so one sample answers -1 (not an empty output)
    while True:
        out = pattern(rng.randint(3, 5), rng.randint(1, 2), clash=True)
        if any(a == b != "?" for a, b in zip(out, out[1:])):
            break
elif mode == "random":
    n = rng.randint(1, min(MAXL, int(opts["len"])))
    out = pattern(n, rng.randint(0, min(MAXQ, int(opts["q"]))), clash=opts.get("clash") == "1")
elif mode == "fixed":
    a, b, c = rng.sample("ABC", 3)
    out = {
        "single_hole": "?",
        "single_letter": a,
        "no_holes": "".join(proper(rng.randint(4, 8))),
        "no_holes_clash": a + b + b + c,
        "squeezed": f"{a}?{b}?{a}?{c}",  # each hole has both neighbours fixed
        "clash_after_hole": f"?{a}{b}{b}?",  # the fixed clash lies between holes
        "all_holes": "?" * min(MAXL, MAXQ),
        "edge_holes": f"?{a}{b}{a}?",
    }[opts["case"]] + "\n"
elif mode == "max":
    out = pattern(MAXL, MAXQ)
elif mode == "invalid":
    out = {
        "too_long": "".join(proper(MAXL + 1)) + "\n",
        "too_many_holes": "?" * (MAXQ + 1) + "\n",
        "bad_letter": "AB?D\n",
        "lowercase": "ab?\n",
        "space": "AB ?\n",
        "two_lines": "AB?\nA?\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
