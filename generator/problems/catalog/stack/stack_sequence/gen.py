"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn. Modes: sample1, sample2, random lo= hi= [kind=valid|swapped|any], fixed case=, max kind=,
invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)


def text(values):
    return f"{len(values)}\n" + " ".join(map(str, values)) + "\n"


def valid(n, push_bias=0.5):
    """A pop order some push/pop sequence produces."""
    out, stack, nxt = [], [], 1
    while len(out) < n:
        if nxt <= n and (not stack or rng.random() < push_bias):
            stack.append(nxt)
            nxt += 1
        else:
            out.append(stack.pop())
    return out


def swapped(n):
    order = valid(n)
    if n >= 2:
        i = rng.randrange(n - 1)
        order[i], order[i + 1] = order[i + 1], order[i]
    return order


def make(n, kind):
    if kind == "valid":
        return valid(n, rng.choice([0.3, 0.5, 0.8]))
    if kind == "swapped":
        return swapped(n)
    return rng.sample(range(1, n + 1), n)


if mode == "sample1":  # a valid order (the answer has pushes and pops interleaved)
    out = text(valid(rng.randint(6, 8)))
elif mode == "sample2":  # impossible: a number is needed while a larger one lies on top of it
    n = rng.randint(4, 6)
    out = text(list(range(3, n + 1)) + [1, 2])
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    out = text(make(n, opts.get("kind") or rng.choice(["valid", "swapped", "any"])))
elif mode == "fixed":
    out = text({"one": [1], "two_up": [1, 2], "two_down": [2, 1], "three_bad": [3, 1, 2],
                "increasing": list(range(1, 9)), "decreasing": list(range(8, 0, -1))}[opts["case"]])
elif mode == "max":
    kind = opts["kind"]
    if kind == "decreasing":  # push everything, then pop everything
        out = text(list(range(MAXN - rng.randint(0, 10), 0, -1)))  # seeded length (each problem its own test)
    elif kind == "late_fail":  # valid until the very end
        order = list(range(MAXN - rng.randint(0, 10), 2, -1)) + [1, 2]
        out = text(order)
    else:
        out = text(make(MAXN, kind))
elif mode == "invalid":
    kind = opts["kind"]
    out = {"too_many": text(list(range(1, MAXN + 2))), "repeated": "3\n1 1 2\n", "out_of_range": "3\n1 2 4\n",
           "zero": "3\n0 1 2\n", "missing": "3\n1 2\n", "double_space": "2\n1  2\n", "zero_n": "0\n\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
