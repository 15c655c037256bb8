"""Test generator for the prefix-sum tasks (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Params from task.toml: variant (single_range | queries | grid_2d | abs_total), max_n, max_m, max_q, a_lo, a_hi.
Formats: single_range "N / A / l r"; queries "N Q / A / Q lines l r"; grid_2d "N M Q / N rows / Q lines x1 y1 x2 y2";
abs_total "N / A".
Modes: sample, case size= [narrow=1], edge kind=, anti kind=, random, max kind=, invalid kind=.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
VARIANT = opts["variant"]
MAX_N, MAX_M, MAX_Q = int(opts["max_n"]), int(opts.get("max_m", "1")), int(opts.get("max_q", "1"))
A_LO, A_HI = int(opts["a_lo"]), int(opts["a_hi"])
rng = random.Random(seed)
r01 = rng.random


def values(n, lo=A_LO, hi=A_HI):
    lo, hi = max(lo, A_LO), min(hi, A_HI)
    span = hi - lo + 1
    return [lo + int(r01() * span) for _ in range(n)]


def rand_range(n, long=False):
    if long:  # nearly the whole sequence: the worst case for adding up each query again
        w = max(1, min(100, n // 4))
        return 1 + int(r01() * w), n - int(r01() * w)
    lo, hi = 1 + int(r01() * n), 1 + int(r01() * n)
    return (lo, hi) if lo <= hi else (hi, lo)


def single(a, lo, hi):
    return f"{len(a)}\n" + " ".join(map(str, a)) + f"\n{lo} {hi}\n"


def queries(a, qs):
    return f"{len(a)} {len(qs)}\n" + " ".join(map(str, a)) + "\n" + "".join(f"{lo} {hi}\n" for lo, hi in qs)


def grid(g, qs):
    return (f"{len(g)} {len(g[0])} {len(qs)}\n" + "".join(" ".join(map(str, row)) + "\n" for row in g)
            + "".join(f"{a} {b} {c} {d}\n" for a, b, c, d in qs))


def seq(a):
    return f"{len(a)}\n" + " ".join(map(str, a)) + "\n"


def rect(n, m, big=False):
    if big:
        return (1 + int(r01() * min(3, n)), 1 + int(r01() * min(3, m)), n - int(r01() * min(3, n)),
                m - int(r01() * min(3, m)))
    x1, x2 = sorted((1 + int(r01() * n), 1 + int(r01() * n)))
    y1, y2 = sorted((1 + int(r01() * m), 1 + int(r01() * m)))
    return x1, y1, x2, y2


def case(size, hi=A_HI, lo=A_LO):
    """A random input with about `size` numbers (and queries)."""
    if VARIANT == "single_range":
        n = rng.randint(1, min(MAX_N, size))
        return single(values(n, lo, hi), *rand_range(n))
    if VARIANT == "queries":
        n, q = rng.randint(1, min(MAX_N, size)), rng.randint(1, min(MAX_Q, size))
        return queries(values(n, lo, hi), [rand_range(n) for _ in range(q)])
    if VARIANT == "grid_2d":
        side = max(1, min(size, int(size ** 0.5) + 2))
        n, m = rng.randint(1, min(MAX_N, side)), rng.randint(1, min(MAX_M, side))
        q = rng.randint(1, min(MAX_Q, size))
        return grid([values(m, lo, hi) for _ in range(n)], [rect(n, m) for _ in range(q)])
    return seq(values(rng.randint(1, min(MAX_N, size)), lo, hi))


def edge(kind):
    if VARIANT == "single_range":
        n = MAX_N
        return {"one": lambda: single([A_HI], 1, 1), "whole": lambda: single(values(n), 1, n),
                "last": lambda: single(values(n), n, n), "first": lambda: single(values(n), 1, 1),
                "all_low": lambda: single([A_LO] * n, 1, n), "all_high": lambda: single([A_HI] * n, 1, n)}[kind]()
    if VARIANT == "queries":
        n = rng.randint(5, 9)
        a = values(n, -9, 9)
        return {"one": lambda: queries([A_LO], [(1, 1)]),
                "all_high": lambda: queries([A_HI] * 9, [(1, 9), (9, 9), (1, 1)]),
                "points": lambda: queries(a, [(i, i) for i in range(1, n + 1)]),
                "prefixes": lambda: queries(a, [(1, i) for i in range(1, n + 1)]),
                "suffixes": lambda: queries(a, [(i, n) for i in range(1, n + 1)])}[kind]()
    if VARIANT == "grid_2d":
        return {"one": lambda: grid([[A_HI]], [(1, 1, 1, 1)]),
                "row": lambda: grid([values(5)], [(1, 1, 1, 5), (1, 3, 1, 3), (1, 2, 1, 5)]),
                "column": lambda: grid([[v] for v in values(5)], [(1, 1, 5, 1), (2, 1, 4, 1), (5, 1, 5, 1)]),
                "full": lambda: grid([[A_HI] * 6 for _ in range(6)], [(1, 1, 6, 6), (6, 6, 6, 6)]),
                "corners": lambda: grid([values(4) for _ in range(4)],
                                        [(1, 1, 1, 1), (4, 4, 4, 4), (1, 4, 1, 4), (4, 1, 4, 1), (2, 2, 4, 4),
                                         (1, 2, 4, 4), (2, 1, 4, 4)])}[kind]()
    return {"one_high": lambda: seq([A_HI]), "one_low": lambda: seq([A_LO]), "one_zero": lambda: seq([0]),
            "zeros": lambda: seq([0] * 8), "all_low": lambda: seq([A_LO] * 6), "all_high": lambda: seq([A_HI] * 8),
            "positive": lambda: seq(values(8, 1, 5)), "many_zeros": lambda: seq([0] * 1000)}[kind]()


def anti(kind):
    if VARIANT == "single_range":
        a = values(8)
        lo, hi = {"middle_point": (3, 3), "whole": (1, 8), "last": (8, 8), "inner": (2, 5)}[kind]
        return single(a, lo, hi)
    if VARIANT == "queries":
        n = rng.randint(5, 9)
        a = values(n, -9, 9)
        if kind == "ends":
            return queries(a, [(1, n), (1, 1), (n, n), (2, n - 1)])
        return queries(values(2000), [rand_range(2000) for _ in range(2000)])
    if VARIANT == "grid_2d":
        if kind == "mixed":
            g = [values(4, 0, 9) for _ in range(3)]
            return grid(g, [(1, 1, 3, 4), (1, 1, 1, 1), (2, 2, 3, 4), (1, 2, 3, 3), (3, 4, 3, 4)])
        return grid([values(60) for _ in range(60)], [rect(60, 60) for _ in range(2000)])
    # Negative values make some stretch totals negative: prefix sums out of order, absolute values that matter.
    return {"alternating": lambda: seq([1, -1, 1, -1, 1, -1]),
            "mixed": lambda: seq([3, 4, -7, 3, 1, 3, 1, -4, -2, -2]),
            "from_start": lambda: seq([7, -1, -1]),  # the largest totals start at the first element
            "cancel": lambda: seq([5, -5, 5, -5, 5]),
            "falling": lambda: seq([-3, 1, -2, 4, -3, -1]),
            "wide": lambda: seq(values(1500, -5, 5))}[kind]()


def max_case(kind):
    if VARIANT == "single_range":
        return single(values(MAX_N), *rand_range(MAX_N, long=kind == "long")) if kind != "whole" else \
            single(values(MAX_N), 1, MAX_N)
    if VARIANT == "queries":
        if kind == "long":
            return queries(values(MAX_N), [rand_range(MAX_N, long=True) for _ in range(MAX_Q)])
        return queries([A_LO if i % 2 else A_HI for i in range(MAX_N)], [rand_range(MAX_N) for _ in range(MAX_Q)])
    if VARIANT == "grid_2d":
        g = [values(MAX_M) for _ in range(MAX_N)]
        return grid(g, [rect(MAX_N, MAX_M, big=kind == "long") for _ in range(MAX_Q)])
    if kind == "extreme":
        # The largest answer, N(N+1)(N+2)/6 times the largest |A_i| (about 1.3·10^18 at the bounds): every value at
        # one extreme but one seeded value (each problem its own test). Far beyond 32 bits, within signed 64 bits.
        sign = rng.choice([A_HI, A_LO])
        a = [sign] * MAX_N
        a[rng.randrange(MAX_N)] = rng.randint(A_LO, A_HI)
        return seq(a)
    if kind == "small_values":
        return seq(values(MAX_N, -3, 3))
    return seq(values(MAX_N))


def invalid(kind):
    base = case(6, hi=min(A_HI, 9), lo=max(A_LO, -9)) if VARIANT != "single_range" else \
        single(values(5, A_LO, min(A_HI, 9)), 2, 4)
    if VARIANT == "abs_total":  # at least two values, so that double_space has a space to double
        base = seq(values(rng.randint(2, 6), max(A_LO, -9), min(A_HI, 9)))
    lines = base.rstrip("\n").split("\n")
    if kind == "double_space":
        return base.replace(" ", "  ", 1)
    if VARIANT == "single_range":
        n, vals = int(lines[0]), lines[1].split()
        return {"n_too_big": f"{MAX_N + 1}\n" + " ".join(["1"] * (MAX_N + 1)) + "\n1 1\n",
                "a_too_big": f"{n}\n" + " ".join(vals[:-1] + [str(A_HI + 1)]) + f"\n{lines[2]}\n",
                "a_too_small": f"{n}\n" + " ".join([str(A_LO - 1)] + vals[1:]) + f"\n{lines[2]}\n",
                "r_too_big": f"{n}\n{lines[1]}\n1 {n + 1}\n",
                "l_after_r": f"{n}\n{lines[1]}\n{n} 1\n",
                "missing_value": f"{n}\n" + " ".join(vals[:-1]) + f"\n{lines[2]}\n"}[kind]
    if VARIANT == "queries":
        n, q = map(int, lines[0].split())
        vals = lines[1].split()
        rest = "".join(x + "\n" for x in lines[2:])
        return {"n_too_big": f"{MAX_N + 1} 1\n" + " ".join(["1"] * (MAX_N + 1)) + "\n1 1\n",
                "q_too_big": f"1 {MAX_Q + 1}\n1\n" + "1 1\n" * (MAX_Q + 1),
                "a_too_big": f"{n} {q}\n" + " ".join(vals[:-1] + [str(A_HI + 1)]) + "\n" + rest,
                "a_too_small": f"{n} {q}\n" + " ".join([str(A_LO - 1)] + vals[1:]) + "\n" + rest,
                "r_too_big": f"{n} {q}\n{lines[1]}\n" + "".join(x + "\n" for x in lines[2:-1]) + f"1 {n + 1}\n",
                "l_after_r": f"{n} {q}\n{lines[1]}\n" + "".join(x + "\n" for x in lines[2:-1]) + "2 1\n"
                if n > 1 else f"{n} {q}\n{lines[1]}\n" + "".join(x + "\n" for x in lines[2:-1]) + "0 1\n",
                "missing_query": f"{n} {q}\n{lines[1]}\n" + "".join(x + "\n" for x in lines[2:-1])}[kind]
    if VARIANT == "grid_2d":
        n, m, q = map(int, lines[0].split())
        rows, qs = lines[1:1 + n], lines[1 + n:]
        first = rows[0].split()
        body = "".join(x + "\n" for x in rows + qs[:-1])
        return {"n_too_big": f"{MAX_N + 1} 1 1\n" + "1\n" * (MAX_N + 1) + "1 1 1 1\n",
                "m_too_big": f"1 {MAX_M + 1} 1\n" + " ".join(["1"] * (MAX_M + 1)) + "\n1 1 1 1\n",
                "a_too_big": f"{n} {m} {q}\n" + " ".join(first[:-1] + [str(A_HI + 1)]) + "\n"
                             + "".join(x + "\n" for x in rows[1:] + qs),
                "a_too_small": f"{n} {m} {q}\n" + " ".join([str(A_LO - 1)] + first[1:]) + "\n"
                               + "".join(x + "\n" for x in rows[1:] + qs),
                "x_too_big": f"{n} {m} {q}\n" + body + f"1 1 {n + 1} 1\n",
                "y_too_big": f"{n} {m} {q}\n" + body + f"1 1 1 {m + 1}\n",
                "missing_query": f"{n} {m} {q}\n" + body}[kind]
    n = int(lines[0])
    vals = lines[1].split()
    return {"n_too_big": f"{MAX_N + 1}\n" + " ".join(["0"] * (MAX_N + 1)) + "\n",
            "n_zero": "0\n\n",
            "a_too_big": f"{n}\n" + " ".join(vals[:-1] + [str(A_HI + 1)]) + "\n",
            "a_too_small": f"{n}\n" + " ".join([str(A_LO - 1)] + vals[1:]) + "\n",
            "extra_value": f"{n}\n" + " ".join(vals + ["0"]) + "\n",
            "missing_value": f"{n + 1}\n{lines[1]}\n"}[kind]


if mode == "sample" and VARIANT == "abs_total":  # long enough that signs cancel inside some stretches
    out = seq(values(rng.randint(3, 6), -9, 9))
elif mode == "sample":
    out = case(6, hi=min(A_HI, 9), lo=max(A_LO, -9))
elif mode == "case":
    narrow = opts.get("narrow") == "1"
    size = int(opts["size"])
    out = case(size, hi=min(A_HI, 3) if narrow else A_HI, lo=max(A_LO, -3) if narrow else A_LO)
elif mode == "edge":
    out = edge(opts["kind"])
elif mode == "anti":
    out = anti(opts["kind"])
elif mode == "random":
    out = case({"single_range": MAX_N, "queries": 3000, "grid_2d": 2500, "abs_total": 1500}[VARIANT],
               hi=rng.choice([A_HI, 10]) if VARIANT == "abs_total" else A_HI,
               lo=rng.choice([A_LO, -10]) if VARIANT == "abs_total" else A_LO)
elif mode == "max":
    out = max_case(opts["kind"])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
