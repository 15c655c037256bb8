"""Test generator for lis.envelopes (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Format: N, then N lines W_i H_i. Params: max_n, max_side.
Modes: sample, small lo= hi=, edge kind=, anti kind=, random, max kind=, invalid kind=.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAX_N, MAX_S = int(opts["max_n"]), int(opts["max_side"])
rng = random.Random(seed)
r01 = rng.random


def render(rects):
    rects = [(min(MAX_S, max(1, w)), min(MAX_S, max(1, h))) for w, h in rects[:MAX_N]]
    return f"{len(rects)}\n" + "".join(f"{w} {h}\n" for w, h in rects)


def longest_chain(rects, fits=lambda a, b: a[0] < b[0] and a[1] < b[1]):
    """The answer, by a quadratic DP over the rectangles sorted by width (fits: when a goes inside b)."""
    rects = sorted(rects)
    best = [1] * len(rects)
    for j in range(len(rects)):
        best[j] += max((best[i] for i in range(j) if fits(rects[i], rects[j])), default=0)
    return max(best)


def ascending_ties(rects):
    """A longest strictly rising run of heights with equal widths sorted by height upwards (a wrong tie order)."""
    best, heights = [], [h for _, h in sorted(rects)]
    for j, h in enumerate(heights):
        best.append(1 + max((best[i] for i in range(j) if heights[i] < h), default=0))
    return max(best)


def greedy_chain(rects):
    """By size, each rectangle that the last taken one fits inside is taken (a wrong greedy)."""
    rects = sorted(rects)
    last, count = rects[0], 1
    for w, h in rects[1:]:
        if last[0] < w and last[1] < h:
            last, count = (w, h), count + 1
    return count


def rand_rects(n, hi):
    hi = min(hi, MAX_S)
    return [(1 + int(r01() * hi), 1 + int(r01() * hi)) for _ in range(n)]


def correlated(n, hi, noise):
    # Width and height grow together with noise: long chains and many near-misses.
    out = []
    for _ in range(n):
        w = 1 + int(r01() * hi)
        h = w + int((r01() - 0.5) * noise * hi)
        out.append((w, h))
    return out


def shuffled(rects):
    rng.shuffle(rects)
    return rects


def edge(kind):
    m = rng.randint(3, 8)
    if kind == "one":
        return render([(rng.randint(1, MAX_S), rng.randint(1, MAX_S))])
    if kind == "all_equal":
        w, h = rng.randint(1, MAX_S), rng.randint(1, MAX_S)
        return render([(w, h)] * m)
    if kind == "same_width":  # one width: the answer is 1
        w = rng.randint(1, MAX_S)
        return render([(w, h) for h in rng.sample(range(1, 100), m)])
    if kind == "same_height":
        h = rng.randint(1, MAX_S)
        return render([(w, h) for w in rng.sample(range(1, 100), m)])
    if kind == "perfect_chain":  # every rectangle nests: the answer is N, given in shuffled order
        return render(shuffled([(i + 1, 2 * i + 3) for i in range(m)]))
    if kind == "crossing":  # wide-short against narrow-tall: nothing nests
        return render([(i + 1, m - i) for i in range(m)])
    raise SystemExit(f"unknown edge kind {kind}")


def anti(kind):
    if kind == "width_ties":  # heights rise within one width: ascending ties would count them all
        return render(shuffled([(5, 1), (5, 2), (5, 3), (5, 4), (6, 5), (1, 6)]))
    if kind == "height_ties":
        return render(shuffled([(1, 4), (2, 4), (3, 4), (4, 5), (2, 1)]))
    if kind == "greedy_trap":  # the first fitting rectangle blocks a longer chain
        return render(shuffled([(1, 1), (2, 9), (3, 2), (4, 3), (5, 4), (6, 10)]))
    if kind == "input_order":  # the chain runs against the input order
        return render([(6, 6), (5, 5), (4, 4), (3, 3), (2, 2), (1, 1), (7, 1)])
    if kind == "mixed_ties":
        return render(shuffled([(2, 2), (2, 3), (3, 3), (3, 4), (4, 4), (4, 5), (1, 1)]))
    if kind == "many_ties_mid":
        return render(rand_rects(min(MAX_N, 1500), 40))
    raise SystemExit(f"unknown anti kind {kind}")


def max_case(kind):
    if kind == "random":
        return render(rand_rects(MAX_N, MAX_S))
    if kind == "chain":  # long answers: the tails array grows large
        return render(correlated(MAX_N, MAX_S, 0.01))
    if kind == "few_sizes":  # heavy ties in both sizes
        return render(rand_rects(MAX_N, 300))
    if kind == "width_groups":  # each width appears many times with rising heights
        out = []
        for _ in range(MAX_N):
            w = 1 + int(r01() * 2000)
            out.append((w, w * 1000 + int(r01() * 5000)))
        return render(out)
    raise SystemExit(f"unknown max kind {kind}")


def invalid(kind):
    rects = rand_rects(rng.randint(5, 8), 20)
    n = len(rects)
    lines = [f"{w} {h}" for w, h in rects]
    if kind == "n_too_big":
        return f"{MAX_N + 1}\n" + "1 1\n" * (MAX_N + 1)
    if kind == "side_too_big":
        lines[-1] = f"{MAX_S + 1} 1"
    elif kind == "side_zero":
        lines[0] = "3 0"
    elif kind == "missing_line":
        lines = lines[:-1]
    elif kind == "extra_line":
        lines.append("1 1")
    elif kind == "three_numbers":
        lines[0] += " 1"
    elif kind == "one_line":
        return f"{n}\n" + " ".join(lines) + "\n"
    else:
        raise SystemExit(f"unknown invalid kind {kind}")
    return f"{n}\n" + "\n".join(lines) + "\n"


if mode == "sample":
    # Redrawn until taking every fitting rectangle in order of size misses the longest chain, and until letting
    # equal heights nest, or sorting equal widths by rising height before a longest rising run, answers otherwise.
    while True:
        n = rng.randint(6, 8)
        rects = correlated(n, rng.choice([9, 12, 15]), 0.5) if r01() < 0.5 else rand_rects(n, rng.choice([8, 12]))
        best = longest_chain(rects)
        if (greedy_chain(rects) < best and ascending_ties(rects) != best
                and longest_chain(rects, lambda a, b: a[0] < b[0] and a[1] <= b[1]) != best):
            break
    out = render(rects)
elif mode == "small":
    n = rng.randint(int(opts["lo"]), int(opts["hi"]))
    out = render(rand_rects(n, rng.choice([3, 5, 10, 100])) if r01() < 0.6 else correlated(n, 10, 0.6))
elif mode == "edge":
    out = edge(opts["kind"])
elif mode == "anti":
    out = anti(opts["kind"])
elif mode == "random":
    n = rng.randint(500, min(MAX_N, 2000))
    out = render(correlated(n, rng.choice([100, 10000]), 0.2) if r01() < 0.5 else rand_rects(n, rng.choice([50, MAX_S])))
elif mode == "max":
    out = max_case(opts["kind"])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
