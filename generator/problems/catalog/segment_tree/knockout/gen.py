"""Test generator for segment_tree.knockout (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn (a power of two), maxq, maxs. Input: `N Q`, the N strengths, then Q lines `i x`.
Modes: sample kind=hand|hand2; random khi= qhi= [vcap=]; shape k= q= [kind=random|ties|champ_down|one_half|
swap_halves] [vcap=]; fixed name=...; invalid kind=... (n=maxn, q=maxq name the bounds)."""
import heapq
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXQ, MAXS = int(opts["maxn"]), int(opts["maxq"]), int(opts["maxs"])
MAXK = MAXN.bit_length() - 1
rng = random.Random(seed)


def num(key, default=None):
    value = opts.get(key, default)
    return {"maxn": MAXN, "maxq": MAXQ, "maxs": MAXS, "maxk": MAXK}.get(value) or int(value)


def render(s, events):
    return (f"{len(s)} {len(events)}\n" + " ".join(map(str, s)) + "\n"
            + "".join(f"{i} {x}\n" for i, x in events))


def shape(k, q, kind, vcap):
    n = 1 << k
    s = [rng.randint(1, vcap) for _ in range(n)]
    events = []
    if kind in ("random", "ties"):
        for _ in range(q):
            events.append((rng.randint(1, n), rng.randint(1, vcap)))
    elif kind == "champ_down":  # every event lowers the current champion: a kept-best answer goes stale
        heap = [(-v, i + 1) for i, v in enumerate(s)]
        heapq.heapify(heap)
        cur = [0] + s
        for _ in range(q):
            while -heap[0][0] != cur[heap[0][1]]:
                heapq.heappop(heap)
            i = heap[0][1]
            x = rng.randint(1, max(1, cur[i] - 1)) if rng.random() < 0.8 else rng.randint(1, vcap)
            cur[i] = x
            heapq.heappush(heap, (-x, i))
            events.append((i, x))
    elif kind == "one_half":  # the two best start in the left half; events stay there, the final's loser moves
        s = [rng.randint(1, max(1, vcap // 2)) for _ in range(n)]
        s[0], s[min(1, n - 1)] = vcap, max(1, vcap - 1)
        half = max(1, n // 2)
        for _ in range(q):
            events.append((rng.randint(1, half), rng.randint(1, vcap)))
    elif kind == "swap_halves":  # strong values alternate between the halves
        for t in range(q):
            side = t % 2
            i = rng.randint(1, max(1, n // 2)) + side * (n // 2)
            events.append((i, rng.randint(max(1, vcap - 3), vcap) if rng.random() < 0.7 else rng.randint(1, vcap)))
    else:
        raise SystemExit(f"unknown shape {kind}")
    return render(s, events)


HAND = {
    # players 1 and 2 (the two strongest) meet in round 1, so the runner-up is not the second strongest;
    # then 2 becomes the strongest, 7 ties with it (the smaller number wins the tie), and 2 drops
    "hand": ([9, 8, 3, 5, 1, 4, 6, 2], [(2, 10), (7, 10), (2, 1), (5, 10)]),
    # all equal: the smaller number wins every match; then the champion weakens
    "hand2": ([5, 5, 5, 5], [(1, 4), (4, 6), (4, 5)]),
}


def fixed(name):
    if name == "two":
        return render([3, 3], [(2, 4), (1, 4), (1, 1), (2, 1)])
    if name == "max_values":
        return render([MAXS] * 8, [(8, MAXS - 1), (1, 1), (5, MAXS), (2, MAXS)])
    if name == "final_rematch":  # the final's two sides swap winners back and forth
        return render([1, 2, 3, 4, 5, 6, 7, 8], [(1, 9), (8, 10), (1, 11), (8, 11), (4, 12), (5, 12), (4, 1)])
    raise SystemExit(f"unknown fixed case {name}")


def invalid(kind):
    base_s = [3, 1, 4, 1]
    ev = [(2, 5), (4, 2)]

    def text(n, s, events, q=None):
        return (f"{n} {len(events) if q is None else q}\n" + " ".join(map(str, s)) + "\n"
                + "".join(f"{i} {x}\n" for i, x in events))

    if kind == "n_not_pow2":
        return text(6, [1, 2, 3, 4, 5, 6], ev)
    if kind == "n_one":
        return text(1, [1], [(1, 2)])
    if kind == "n_too_big":
        return text(2 * MAXN, [1] * (2 * MAXN), ev)
    if kind == "q_zero":
        return text(4, base_s, [])
    if kind == "q_too_big":
        return text(4, base_s, [(1, 2)] * (MAXQ + 1))
    if kind == "s_zero":
        return text(4, [3, 0, 4, 1], ev)
    if kind == "s_too_big":
        return text(4, [3, MAXS + 1, 4, 1], ev)
    if kind == "x_too_big":
        return text(4, base_s, [(2, MAXS + 1), (4, 2)])
    if kind == "index_out_of_range":
        return text(4, base_s, [(5, 5), (4, 2)])
    if kind == "index_zero":
        return text(4, base_s, [(0, 5), (4, 2)])
    if kind == "too_few_strengths":
        return text(4, base_s[:3], ev)
    if kind == "too_few_events":
        return text(4, base_s, ev, q=3)
    if kind == "double_space":
        return "4 2\n3 1  4 1\n2 5\n4 2\n"
    if kind == "leading_zero":
        return "4 2\n3 1 4 1\n02 5\n4 2\n"
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample":  # strengths scaled and shifted per seed: the same order and the same ties
    s, events = HAND[opts.get("kind", "hand")]
    c, d = rng.randint(1, 9), rng.randint(0, 40)
    out = render([c * v + d for v in s], [(i, c * x + d) for i, x in events])
elif mode == "random":
    k = rng.randint(1, min(MAXK, num("khi")))
    q = rng.randint(1, min(MAXQ, num("qhi")))
    vcap = min(MAXS, num("vcap", "maxs")) if rng.random() < 0.5 else rng.randint(1, 6)
    out = shape(k, q, rng.choice(["random", "random", "champ_down", "one_half", "swap_halves"]), vcap)
elif mode == "shape":
    k = min(MAXK, num("k"))
    out = shape(k, min(MAXQ, num("q")), opts.get("kind", "random"), min(MAXS, num("vcap", "maxs")))
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
