"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxv. Modes: sample1, sample2, random lo= hi= [push=], fixed case=, deep, max_random,
invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
rng = random.Random(seed)
QUERIES = ["pop", "size", "empty", "top"]


def text(cmds):
    return f"{len(cmds)}\n" + "".join(c + "\n" for c in cmds)


def cmds(n, push, cap):
    return [f"push {rng.randint(1, min(cap, MAXV))}" if rng.random() < push else rng.choice(QUERIES) for _ in range(n)]


if mode == "sample1":  # every command, pops and tops on an empty pile, values pushed in a random order
    a, b, c = rng.sample(range(1, 100), 3)
    out = text(["top", f"push {a}", f"push {b}", "top", "size", "pop", "empty", "pop", "pop", "empty",
                f"push {c}", "top", "size"])
elif mode == "sample2":
    out = text(cmds(rng.randint(7, 10), 0.5, 9))
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    out = text(cmds(n, float(opts.get("push") or rng.choice([0.3, 0.5, 0.7])), rng.choice([3, 100, MAXV])))
elif mode == "fixed":
    out = text({"one_pop": ["pop"], "one_empty": ["empty"], "one_push": [f"push {MAXV}"],
                "same_values": ["push 7", "push 7", "pop", "top", "size", "pop", "top"],
                "size_zero": ["size", "push 1", "pop", "size", "empty"]}[opts["case"]])
elif mode == "deep":  # the pile grows to N/2 and then shrinks: front insertions would be quadratic
    half = MAXN // 2
    out = text([f"push {rng.randint(1, MAXV)}" for _ in range(half)] + [rng.choice(["pop", "top"]) for _ in range(MAXN - half)])
elif mode == "max_random":
    out = text(cmds(MAXN, 0.5, MAXV))
elif mode == "invalid":
    kind = opts["kind"]
    out = {"too_many": text(["size"] * (MAXN + 1)), "too_big": text([f"push {MAXV + 1}"]), "zero": text(["push 0"]),
           "unknown": text(["peek"]), "missing_value": text(["push"]), "missing_line": "3\nsize\npop\n",
           "double_space": text(["push  1"]), "capital": text(["POP"])}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
