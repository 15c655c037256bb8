"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxq, maxv. Modes: sample1, sample2, random lo= hi= [cap=] [ins=], fixed case=, front_then_min,
max_random, duplicates, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXQ, MAXV = int(opts["maxq"]), int(opts["maxv"])
rng = random.Random(seed)


def text(ops):
    return f"{len(ops)}\n" + "".join(f"{op}\n" for op in ops)


def ops(q, cap, ins):
    cap = min(cap, MAXV)
    return [f"I {rng.randint(-cap, cap)}" if rng.random() < ins else rng.choice(["D 1", "D -1"]) for _ in range(q)]


if mode == "sample1":
    # Both ends removed in turn, a repeated value removed one copy at a time, removals from an empty collection.
    a, b, c = sorted(rng.sample(range(-40, 40), 3))
    out = text(["D 1", f"I {b}", f"I {a}", f"I {c}", f"I {b}", "D 1", "D -1", "D 1", "D -1", "D -1", f"I {a}", "D 1"])
elif mode == "sample2":
    out = text(ops(rng.randint(6, 10), 9, 0.6))
elif mode == "random":
    q = rng.randint(int(opts["lo"]), min(MAXQ, int(opts["hi"])))
    out = text(ops(q, int(opts.get("cap") or rng.choice([2, 5, MAXV])), float(opts.get("ins") or rng.choice([0.4, 0.6, 0.8]))))
elif mode == "fixed":
    out = text({"one_delete": ["D -1"], "one_insert": [f"I {MAXV}"], "extremes": [f"I {MAXV}", f"I {-MAXV}", "D -1", "D -1", "D 1"],
                "copies": ["I 5", "I 5", "I 5", "D 1", "D -1", "D 1", "D 1"],
                "one_left": ["I 1", "I 2", "D -1", "D -1", "I 3", "D 1"]}[opts["case"]])
elif mode == "front_then_min":
    # Decreasing insertions (each one goes to the front of a sorted list), then removals of the minimum
    # (the front again): a sorted list with bisect.insort and pop(0) is quadratic here.
    inserts = MAXQ * 9 // 10  # most operations at the front of a long list: ~0.49 Q^2 element moves
    top = MAXV - rng.randint(0, 1000)  # seeded: each problem its own test
    out = text([f"I {top - i}" for i in range(inserts)] + ["D -1" if i % 4 else "D 1" for i in range(MAXQ - inserts)])
elif mode == "duplicates":  # few distinct values: removing one copy must leave the others
    out = text(ops(MAXQ, 3, 0.55))
elif mode == "max_random":
    out = text(ops(MAXQ, MAXV, 0.6))
elif mode == "invalid":
    kind = opts["kind"]
    out = {"too_many": text(["D 1"] * (MAXQ + 1)), "too_big": text([f"I {MAXV + 1}"]), "bad_delete": text(["D 0"]),
           "bad_letter": text(["X 1"]), "missing_value": text(["I"]), "missing_line": "3\nI 1\nD 1\n",
           "double_space": text(["I  1"]), "leading_zero": text(["I 01"])}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
