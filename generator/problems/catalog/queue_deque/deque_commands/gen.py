"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxv. Modes: sample kind=all|random, random lo= hi= [push=], fixed case=, deep, max_random,
invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
rng = random.Random(seed)
QUERIES = ["pop_front", "pop_back", "size", "empty", "front", "back"]


def text(cmds):
    return f"{len(cmds)}\n" + "".join(c + "\n" for c in cmds)


def cmds(n, push, cap):
    made = [f"{rng.choice(['push_front', 'push_back'])} {rng.randint(1, min(cap, MAXV))}" if rng.random() < push
            else rng.choice(QUERIES) for _ in range(n)]
    if all(c.startswith("push_") for c in made):  # the statement promises a command that prints
        made[-1] = rng.choice(QUERIES)
    return made


if mode == "sample":
    if opts["kind"] == "all":  # every command, both ends, queries on an empty line
        a, b, c = rng.sample(range(1, 100), 3)
        out = text(["front", f"push_back {a}", f"push_front {b}", f"push_back {c}", "front", "back", "size",
                    "pop_front", "pop_back", "empty", "pop_back", "pop_front", "empty", "back"])
    else:
        out = text(cmds(rng.randint(8, 11), 0.55, 9))
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    out = text(cmds(n, float(opts.get("push") or rng.choice([0.3, 0.5, 0.7])), rng.choice([3, 100, MAXV])))
elif mode == "fixed":
    out = text({"one_pop_front": ["pop_front"], "one_pop_back": ["pop_back"], "one_back": ["back"],
                "one_push": [f"push_front {MAXV}", "back"], "one_empty": ["empty"],
                "front_is_back": ["push_back 3", "front", "back", "pop_front", "back", "size"],
                "same_values": ["push_front 7", "push_back 7", "pop_back", "front", "size", "pop_front", "empty"],
                "order": ["push_front 1", "push_front 2", "push_back 3", "pop_front", "pop_front", "pop_front"]}[opts["case"]])
elif mode == "deep":  # the line grows to N/2 at the front, then shrinks: list.insert(0) would be quadratic
    half = MAXN // 2
    out = text([f"push_front {rng.randint(1, MAXV)}" for _ in range(half)]
               + [rng.choice(["pop_front", "front", "back"]) for _ in range(MAXN - half)])
elif mode == "max_random":
    out = text(cmds(MAXN, 0.5, MAXV))
elif mode == "invalid":
    kind = opts["kind"]
    out = {"too_many": text(["size"] * (MAXN + 1)), "too_big": text([f"push_back {MAXV + 1}"]),
           "zero": text(["push_front 0"]), "unknown": text(["pop"]), "missing_value": text(["push_back"]),
           "missing_line": "3\nsize\nfront\n", "only_pushes": text(["push_back 1", "push_front 2"]),
           "double_space": text(["push_back  1"]),
           "capital": text(["FRONT"])}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
