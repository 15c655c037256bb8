"""Test generator for cycle_detection.rho_lengths (testlib style): python gen.py SEED MODE [key=value ...] prints
`N` then the line f(1) ... f(N). Params: maxn.

Modes: sample kind=hand|hand2 (hand-made, relabelled per seed); random lo= hi= (every f(i) uniform); fixed
name=...; shaped n= cycles= [tail=P] (the given number of cycles, the other vertices hang in trees, P = chance a
new vertex extends the longest chain); rho n= cyc= (one tail of n-cyc vertices into a cycle of cyc vertices);
invalid kind=... Sizes may name a bound (n=maxn)."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)


def size(name, default):
    value = opts.get(name, default)
    return MAXN if value == "maxn" else int(value)


def render(f):
    return f"{len(f)}\n" + " ".join(map(str, f)) + "\n"


def relabel(f):
    """The same functional graph with vertices renamed by a seeded permutation."""
    n = len(f)
    names = list(range(1, n + 1))
    rng.shuffle(names)
    g = [0] * n
    for i, target in enumerate(f):
        g[names[i] - 1] = names[target - 1]
    return g


def shaped(n, cycles, tail):
    """Cycles over a random part of the vertices, then every other vertex points at an earlier placed one."""
    cycles = max(1, min(cycles, n))
    on_cycle = rng.randint(cycles, max(cycles, n // 2))
    f = [0] * (n + 1)
    lengths = [1] * cycles
    for _ in range(on_cycle - cycles):
        lengths[rng.randrange(cycles)] += 1
    v = 1
    for length in lengths:
        members = list(range(v, v + length))
        for a, b in zip(members, members[1:] + members[:1]):
            f[a] = b
        v += length
    placed_last = v - 1
    for w in range(v, n + 1):
        f[w] = placed_last if rng.random() < tail else rng.randint(1, w - 1)
        placed_last = w
    return relabel(f[1:])


HAND = [2, 3, 4, 2, 4, 5, 8, 7]  # 2->3->4->2 cycle, 1 and 5->4, 6->5 tails; 7<->8 cycle
HAND2 = [3, 1, 2, 3, 4, 6, 6, 1, 8]  # 1->3->2->1, a long tail 9->8->1, 5->4->3; 6 points to itself, 7->6

FIXED = {
    "single": [1],
    "two_swap": [2, 1],
    "two_self": [1, 2],
    "all_to_one": [1, 1, 1, 1, 1],
    "chain_to_self": [1, 1, 2, 3, 4, 5],
    "big_cycle": [2, 3, 4, 5, 6, 7, 1],
    "merge_late": [2, 3, 1, 5, 6, 2, 4],
    "reverse_chain": [2, 3, 4, 5, 6, 6],
}


def invalid(kind):
    cases = {
        "n_too_big": render([1] * (MAXN + 1)),
        "n_zero": "0\n\n",
        "f_out_of_range": "3\n2 4 1\n",
        "f_zero": "3\n2 0 1\n",
        "too_few_values": "3\n2 3\n",
        "extra_values": "3\n2 3 1 1\n",
        "double_space": "3\n2  3 1\n",
        "leading_zero": "3\n02 3 1\n",
        "no_final_newline": "3\n2 3 1",
    }
    return cases[kind]


if mode == "sample":
    out = render(relabel(HAND if opts.get("kind") == "hand" else HAND2))
elif mode == "random":
    n = rng.randint(size("lo", "1"), min(MAXN, size("hi", "8")))
    out = render([rng.randint(1, n) for _ in range(n)])
elif mode == "fixed":
    out = render(FIXED[opts["name"]])
elif mode == "shaped":
    out = render(shaped(size("n", "maxn"), int(opts["cycles"]), float(opts.get("tail", "0.3"))))
elif mode == "rho":
    n, cyc = size("n", "maxn"), size("cyc", "1")
    f = [0] * (n + 1)
    for v in range(1, cyc + 1):
        f[v] = v % cyc + 1
    for v in range(cyc + 1, n + 1):
        f[v] = v - 1
    out = render(relabel(f[1:]))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
