"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Format: N, then a_1..a_N. Params: maxn, maxa. Modes: sample1, sample2, random lo= hi= [cap=], fixed case=,
anti, max kind=, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXA = int(opts["maxn"]), int(opts["maxa"])
rng = random.Random(seed)


def render(a):
    return f"{len(a)}\n" + " ".join(map(str, a)) + "\n"


def row(n, cap):
    return [rng.randint(1, min(cap, MAXA)) for _ in range(n)]


if mode == "sample1":
    # The two smallest are not neighbours (so a Huffman heap is wrong), scaled and mirrored per seed.
    k = rng.randint(1, 5)
    a = [k * v for v in (rng.randint(2, 9), 1, rng.randint(2, 9), 1, rng.randint(2, 9))]
    out = render(a)
elif mode == "sample2":
    out = render(row(rng.randint(4, 6), 20))
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    out = render(row(n, int(opts.get("cap") or rng.choice([9, 100, MAXA]))))
elif mode == "fixed":
    case = opts["case"]
    out = {
        "single": lambda: render([MAXA]),
        "two": lambda: render([3, MAXA]),
        "all_equal": lambda: render([7] * 8),
        "greedy_trap": lambda: render([5, 6, 3, 7]),  # cheapest neighbours first: 44, best 42
        "greedy_trap_long": lambda: render([7, 2, 7, 6, 9]),  # 75 against 71
        "huffman_trap": lambda: render([1, 9, 9, 1]),
    }[case]()
elif mode == "anti":
    # Alternating small and large values: neither greedy is optimal on such rows.
    out = render([rng.randint(1, 5) if i % 2 else rng.randint(MAXA // 2, MAXA) for i in range(MAXN)])
elif mode == "max":
    out = render(row(MAXN, MAXA if opts["kind"] == "big_values" else 100) if opts["kind"] != "big_values"
                 else [MAXA - rng.randint(0, 3) for _ in range(MAXN)])
elif mode == "invalid":
    kind = opts["kind"]
    out = {
        "n_too_big": lambda: render([1] * (MAXN + 1)),
        "value_zero": lambda: render([3, 0, 2]),
        "value_too_big": lambda: render([3, MAXA + 1, 2]),
        "count_mismatch": lambda: "4\n3 1 2\n",
        "leading_zero": lambda: "3\n3 01 2\n",
    }[kind]()
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
