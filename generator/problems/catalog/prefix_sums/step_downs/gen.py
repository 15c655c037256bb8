"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input: N, the N values, Q,
then Q lines "x y". Params: max_n, max_q, max_a. Modes: sample1, sample2, random n= q= [top=], fixed case=,
max kind=, invalid kind=. top is the largest value (small tops give many equal neighbours)."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXQ, MAXA = int(opts["max_n"]), int(opts["max_q"]), int(opts["max_a"])
rng = random.Random(seed)


def render(values, queries):
    return (f"{len(values)}\n" + " ".join(map(str, values)) + f"\n{len(queries)}\n"
            + "".join(f"{x} {y}\n" for x, y in queries))


def queries(n, q, long=False):
    out = []
    for _ in range(q):
        if long:
            x, y = rng.randint(1, max(1, n // 10)), rng.randint(n - n // 10, n)
        else:
            x, y = sorted((rng.randint(1, n), rng.randint(1, n)))
        out.append((x, y))
    return out


if mode == "sample1":
    # Values 1..9 with equal neighbours, queries that stop right before a step down and one single item.
    while True:
        n = rng.randint(7, 9)
        values = [rng.randint(1, 9) for _ in range(n)]
        k = rng.randrange(n - 1)
        values[k + 1] = values[k]  # two equal neighbours
        stops = [i + 1 for i in range(1, n - 1) if values[i] > values[i + 1]]  # items 2..n-1 right before a drop
        if stops:
            break
    y = rng.choice(stops)
    single = rng.randint(1, n)
    qs = [(rng.randint(1, y - 1), y), (1, n), (single, single)]
    rng.shuffle(qs)
    out = render(values, qs)
elif mode == "sample2":
    n = rng.randint(5, 7)
    values = [rng.randint(1, 5) for _ in range(n)]
    out = render(values, queries(n, 4))
elif mode == "random":
    n = min(MAXN, int(opts["n"]))
    n = rng.randint(max(1, n // 2), n)
    top = min(MAXA, int(opts.get("top") or rng.choice([3, 10, MAXA])))
    values = [rng.randint(1, top) for _ in range(n)]
    out = render(values, queries(n, rng.randint(1, min(MAXQ, int(opts["q"])))))
elif mode == "fixed":
    case = opts["case"]
    out = {
        "one": lambda: "1\n5\n1\n1 1\n",
        "two_down": lambda: "2\n7 3\n3\n1 2\n1 1\n2 2\n",
        "two_equal": lambda: "2\n4 4\n1\n1 2\n",
        "stop_before_drop": lambda: "4\n1 5 2 2\n4\n1 2\n2 2\n1 3\n2 4\n",
        "start_after_drop": lambda: "4\n9 1 2 3\n3\n2 4\n2 2\n1 4\n",
        "all_down": lambda: render(list(range(20, 0, -1)), [(1, 20), (3, 7), (20, 20), (19, 20)]),
    }[case]()
elif mode == "max":
    kind = opts["kind"]
    if kind == "random":
        values = [rng.randint(1, MAXA) for _ in range(MAXN)]
    elif kind == "small_values":
        values = [rng.randint(1, 3) for _ in range(MAXN)]
    elif kind == "down":  # every step is a step down
        values = sorted(rng.sample(range(1, MAXA + 1), MAXN), reverse=True)
    else:  # zigzag: every other step is a step down
        values = [MAXA - rng.randint(0, 9) if i % 2 == 0 else rng.randint(1, 10) for i in range(MAXN)]
    out = render(values, queries(MAXN, MAXQ, long=True))
elif mode == "invalid":
    kind = opts["kind"]
    out = {
        "n_too_big": lambda: render([1] * (MAXN + 1), [(1, 1)]),
        "q_zero": lambda: "2\n1 2\n0\n",
        "value_zero": lambda: "2\n0 2\n1\n1 2\n",
        "value_too_big": lambda: f"2\n{MAXA + 1} 2\n1\n1 2\n",
        "x_after_y": lambda: "3\n1 2 3\n1\n3 2\n",
        "y_too_big": lambda: "3\n1 2 3\n1\n1 4\n",
        "short_values": lambda: "3\n1 2\n1\n1 2\n",
        "double_space": lambda: "2\n1  2\n1\n1 2\n",
    }[kind]()
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
