"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxlen. Modes: sample1, sample2, random lo= hi= [up=], fixed case=, deep, flat, combs, max_random,
invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXLEN = int(opts["maxlen"])
rng = random.Random(seed)


def balanced(pairs, up):
    """A random balanced string with the given number of pairs; `up` biases toward opening (deeper nesting)."""
    out, opened, closed = [], 0, 0
    while closed < pairs:
        depth = opened - closed
        if opened < pairs and (depth == 0 or rng.random() < up):
            out.append("(")
            opened += 1
        else:
            out.append(")")
            closed += 1
    return "".join(out)


if mode == "sample1":  # nesting and siblings: wrapping doubles, siblings add
    inner = balanced(rng.randint(2, 4), rng.choice([0.4, 0.5, 0.6]))
    out = rng.choice(["", "()"]) + "(" + inner + ")" + rng.choice(["", "()", "(())", "()()"]) + "\n"
elif mode == "sample2":
    out = balanced(rng.randint(3, 6), 0.5) + "\n"
elif mode == "random":
    pairs = rng.randint(max(1, int(opts["lo"]) // 2), min(MAXLEN, int(opts["hi"])) // 2)
    out = balanced(pairs, float(opts.get("up", rng.choice([0.35, 0.5, 0.65])))) + "\n"
elif mode == "fixed":
    out = {"pair": "()", "wrapped": "(())", "siblings": "()()", "example": "(()(()))",
           "depth30": "(" * 30 + ")" * 30, "depth31": "(" * 31 + ")" * 31, "depth40_twice": ("(" * 40 + ")" * 40) * 2,
           "wrap_siblings": "(()())"}[opts["case"]] + "\n"
elif mode == "deep":  # one pair nested |S|/2 deep: 2^(|S|/2 - 1) modulo the prime
    half = MAXLEN // 2 - rng.randint(0, 20)  # seeded depth (each problem its own test)
    out = "(" * half + ")" * half + "\n"
elif mode == "flat":  # |S|/2 empty boxes side by side
    out = "()" * (MAXLEN // 2 - rng.randint(0, 20)) + "\n"  # seeded count (each problem its own test)
elif mode == "combs":  # a deep spine with an empty box hanging at every level: many pairs at large depths
    k = MAXLEN // 4 - rng.randint(0, 20)  # seeded (each problem its own test)
    out = "(()" * k + ")" * k + "\n"
elif mode == "max_random":
    out = balanced(MAXLEN // 2, float(opts.get("up", 0.55))) + "\n"
elif mode == "invalid":
    kind = opts["kind"]
    out = {"too_long": "()" * (MAXLEN // 2 + 1) + "\n", "unbalanced": "(()\n", "closes_early": "())(\n",
           "odd": "(()))\n", "bad_char": "(x)\n", "square": "[]\n", "no_newline": "()", "space": "() ()\n",
           "two_lines": "()\n()\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
