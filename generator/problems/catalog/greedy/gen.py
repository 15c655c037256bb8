"""Test generator for the greedy tasks (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Params from task.toml: variant (coin_change | activity_selection | min_rooms | job_deadlines) and its bounds
(coin_change: maxn, maxk, maxa; activity_selection, min_rooms: maxn, maxt; job_deadlines: maxn, maxd, maxp).
Modes: sample1, sample2, random lo= hi= ..., fixed case=, and the anti/max modes at the bottom;
invalid inputs: invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
VARIANT = opts["variant"]
P = {k: int(v) for k, v in opts.items() if v.lstrip("-").isdigit()}
MAXN = P["maxn"]
rng = random.Random(seed)
WON = [1, 5, 10, 50, 100, 500, 1000, 5000, 10000, 50000]


# ----------------------------------------------------------------------------------------- coin_change
def chain(k, cap=None):
    coins = [1]
    while len(coins) < k:
        nxt = coins[-1] * rng.choice([2, 2, 3, 4, 5, 5, 10])
        if nxt > (cap or P["maxa"]):
            break
        coins.append(nxt)
    return coins


def coins_text(n, coins):
    return f"{n} {len(coins)}\n" + " ".join(map(str, coins)) + "\n"


# ------------------------------------------------------------------------------ intervals and jobs
def pairs_text(pairs):
    return f"{len(pairs)}\n" + "".join(f"{a} {b}\n" for a, b in pairs)


def interval(span, longest):
    if VARIANT == "min_rooms":  # lectures are never empty: S < E
        s = rng.randint(0, span - 1)
        return s, min(span, s + rng.randint(1, longest))
    s = rng.randint(0, span)
    return s, min(span, s + rng.randint(0, longest))


def intervals(n, span, longest):
    return [interval(min(span, P["maxt"]), longest) for _ in range(n)]


def jobs(n, dmax, pmax):
    return [(rng.randint(1, min(dmax, P["maxd"])), rng.randint(1, min(pmax, P["maxp"]))) for _ in range(n)]


def ties(blocks, gap):
    # (x, x) listed before (x - 1, x): both fit, but only if the earlier start wins the tie.
    out = []
    for b in range(blocks):
        x = b * gap + gap - 1
        out += [(x, x), (x - 1, x)]
    return out


def chained(n, step):
    # Lectures that touch end to end: one room is enough.
    return [(i * step, (i + 1) * step) for i in range(n)]


def sample(which):
    if VARIANT == "coin_change":
        if which == 1:
            return coins_text(rng.randint(100, 999), [1, 5, 10, 50, 100, 500])
        return coins_text(rng.randint(20, 200), chain(4))
    if VARIANT == "job_deadlines":
        if which == 1:
            return pairs_text(jobs(rng.randint(4, 6), 3, 20))
        # Redrawn until doing each job only on its own deadline day (the best job of each day) earns less: some
        # day is free before a deadline shared by two good jobs; and until taking the richest jobs first while only
        # comparing the count taken so far with each job's own deadline earns something else.
        for _ in range(10000):
            pairs = jobs(rng.randint(5, 7), 4, 50)
            best = best_jobs(pairs)
            if sum({d: max(p for e, p in pairs if e == d) for d, _ in pairs}.values()) < best != count_check(pairs):
                return pairs_text(pairs)
        raise SystemExit("no sample 2 refuting one job per deadline")
    if VARIANT == "activity_selection" and which == 2:
        # Redrawn until the tempting wrong greedies (earliest start first, shortest first, in input order or by
        # start among equal lengths) all open fewer lectures than the best, so sample 2 refutes them; and so does
        # sorting by the end alone, keeping the input order among equal ends: a meeting (x, x) listed before
        # (x - 1, x) shuts that one out.
        for _ in range(100000):
            pairs = intervals(rng.randint(5, 7), 20, 8)
            if rng.random() < 0.5:  # make such a tie likely: a point meeting at the end of another, listed first
                s, e = rng.choice(pairs)
                if s < e:
                    pairs.insert(rng.randrange(pairs.index((s, e)) + 1), (e, e))
            best = fitting_greedy(sorted(pairs, key=lambda m: (m[1], m[0])))
            if all(fitting_greedy(order) < best for order in (
                    sorted(pairs), sorted(pairs, key=lambda m: m[1] - m[0]),
                    sorted(pairs, key=lambda m: (m[1] - m[0], m[0])))) and sweep(sorted(pairs, key=lambda m: m[1])) < best:
                return pairs_text(pairs)
        raise SystemExit("no sample 2 refuting the wrong greedies")
    if VARIANT == "min_rooms":
        # Sample 1 is redrawn until a lecture starts exactly when another ends and counting both as running at
        # that moment needs more rooms; sample 2 until filling one room after another, each with as many lectures
        # as fit (by end time), needs more rooms than the best.
        for _ in range(100000):
            pairs = intervals(rng.randint(4, 6), 12, 5) if which == 1 else intervals(rng.randint(5, 7), 20, 8)
            best = rooms_needed(pairs, touching=False)
            if best < (rooms_needed(pairs, touching=True) if which == 1 else rooms_one_by_one(pairs)):
                return pairs_text(pairs)
        raise SystemExit(f"no sample {which} for min_rooms")
    return pairs_text(intervals(rng.randint(4, 6), 12, 5) if which == 1 else intervals(rng.randint(5, 7), 20, 8))


def sweep(order):
    """Meetings taken by the end-time sweep: each one that starts no earlier than the last taken one ends."""
    count, free_at = 0, -1
    for s, e in order:
        if s >= free_at:
            count, free_at = count + 1, e
    return count


def count_check(pairs):
    """The wrong greedy: richest first, taking a job while fewer jobs than its deadline are taken."""
    taken = total = 0
    for d, p in sorted(pairs, key=lambda j: -j[1]):
        if taken < d:
            taken, total = taken + 1, total + p
    return total


def best_jobs(pairs):
    """The largest total reward: each job on the latest free day up to its deadline, best reward first."""
    days, total = set(), 0
    for d, p in sorted(pairs, key=lambda j: -j[1]):
        free = next((t for t in range(d, 0, -1) if t not in days), None)
        if free:
            days.add(free)
            total += p
    return total


def rooms_needed(pairs, touching):
    """The most lectures running at one start time; touching=True counts a lecture ending then as running."""
    return max(sum(s <= t < e or (touching and e == t) for s, e in pairs) for t, _ in pairs)


def rooms_one_by_one(pairs):
    """Rooms used when each room in turn takes as many of the remaining lectures as fit, by end time."""
    left, rooms = sorted(pairs, key=lambda m: (m[1], m[0])), 0
    while left:
        free_at, rest = -1, []
        for s, e in left:
            if s >= free_at:
                free_at = e
            else:
                rest.append((s, e))
        left, rooms = rest, rooms + 1
    return rooms


def fitting_greedy(order):
    """Lectures taken by trying them in this order and keeping each one that overlaps none already taken."""
    taken = []
    for s, e in order:
        if all(e <= a or b <= s for a, b in taken):
            taken.append((s, e))
    return len(taken)


def random_case(lo, hi):
    n = rng.randint(lo, min(hi, MAXN))
    if VARIANT == "coin_change":
        return coins_text(n, chain(rng.randint(int(opts["klo"]), int(opts["khi"]))))
    if VARIANT == "job_deadlines":
        return pairs_text(jobs(n, int(opts.get("dmax") or rng.choice([1, 3, 6, 10])),
                               int(opts.get("pmax") or rng.choice([5, 100, P["maxp"]]))))
    span = int(opts.get("span") or rng.choice([5, 15, 40]))
    longest = int(opts.get("longest") or rng.choice([2, 6, 15]))
    return pairs_text(intervals(n, span, longest))


def fixed(case):
    if VARIANT == "coin_change":
        return {"one": coins_text(1, [1]), "one_won": coins_text(1, WON), "max_ones": coins_text(MAXN, [1]),
                "max_won": coins_text(MAXN, WON), "top_won": coins_text(WON[-1], WON),
                "below_top_won": coins_text(WON[-1] - 1, WON), "long_chain": coins_text(999_999, chain(P["maxk"])),
                "powers_of_ten": coins_text(rng.randint(2000, 2999), [1, 10, 100, 1000]),
                "powers_of_two": coins_text(rng.randint(50, 99), [1, 2, 4, 8, 16, 32, 64])}[case]
    if VARIANT == "job_deadlines":
        D, Q = P["maxd"], P["maxp"]
        return pairs_text({"one": [(1, 1)], "top": [(D, Q)], "all_day_one": [(1, Q)] * 6, "all_top": [(D, Q)] * 6,
                           "pairs_share": [(1, 5), (1, 5), (2, 5), (2, 5)],
                           "rich_late": [(2, 10), (1, 5)],
                           "edf_trap": [(1, 1), (2, 2), (2, 50), (3, 3), (3, 60), (3, 70)],
                           "shared_deadline": [(3, 5)] * 3 + [(1, 1)]}[case])
    T = P["maxt"]
    return pairs_text({
        "point": [(0, 0)], "point_top": [(T, T)], "whole": [(0, T)], "unit": [(0, 1)], "last_unit": [(T - 1, T)],
        "whole7": [(0, T)] * 7, "whole5": [(0, T)] * 5, "chain7": chained(7, 3),
        "points_and_touch": [(3, 3)] * 4 + [(1, 3), (3, 5)], "steps": [(i, i + 1) for i in range(9)],
        "long_early": [(0, 100)] + [(i * 10 + 1, i * 10 + 9) for i in range(9)],
        "short_blocks": [(0, 10), (11, 20), (9, 12)] * 3, "ties5": ties(5, 10),
        "offset_chains": [(k, k + 2) for k in range(0, 30, 3)] + [(k + 2, k + 4) for k in range(0, 30, 3)],
        "fill_trap": [(1, 5), (5, 14), (9, 12), (2, 8)],
        "fill_trap_more": [(1, 5), (5, 14), (9, 12), (2, 8)] * 3 + chained(5, 2),
    }[case])


def invalid(kind):
    if VARIANT == "coin_change":
        return {"n_big": coins_text(MAXN + 1, [1, 5]), "n_zero": coins_text(0, [1, 5]),
                "no_one": coins_text(10, [2, 4]), "not_multiple": coins_text(10, [1, 3, 5]),
                "repeated": coins_text(10, [1, 5, 5]), "coin_big": coins_text(10, [1, 2 * P["maxa"]]),
                "k_big": coins_text(100, [2 ** i for i in range(P["maxk"] + 1)]),
                "missing": "10 3\n1 5\n"}[kind]
    if VARIANT == "job_deadlines":
        return {"too_many": pairs_text([(1, 1)] * (MAXN + 1)), "d_zero": pairs_text([(0, 5)]),
                "d_big": pairs_text([(P["maxd"] + 1, 5)]), "p_big": pairs_text([(3, P["maxp"] + 1)]),
                "p_zero": pairs_text([(3, 0)]), "missing": "3\n1 2\n3 4\n", "three": "1\n1 2 3\n"}[kind]
    empty = (4, 4) if VARIANT == "min_rooms" else (5, 4)  # an empty lecture, or a meeting that ends before it starts
    return {"too_many": pairs_text([(1, 2)] * (MAXN + 1)), "t_big": pairs_text([(1, P["maxt"] + 1)]),
            "negative": pairs_text([(-1, 3)]), "backwards": pairs_text([empty]), "missing": "3\n1 2\n3 4\n",
            "three": "1\n1 2 3\n"}[kind]


if mode == "sample1":
    out = sample(1)
elif mode == "sample2":
    out = sample(2)
elif mode == "random":
    out = random_case(int(opts["lo"]), int(opts["hi"]))
elif mode == "fixed":
    out = fixed(opts["case"])
elif mode == "ties":
    out = pairs_text(ties(rng.randint(200, 400), 1000))
elif mode == "near_max_coins":
    out = coins_text(MAXN - rng.randint(0, 1000), chain(P["maxk"]))
elif mode == "top_coin":  # the largest coin within a tenth of maxa: a chain up to maxa / 10, then the largest
    # multiple of its last coin that is at most maxa
    coins = chain(P["maxk"] - 1, P["maxa"] // 10)
    out = coins_text(MAXN - rng.randint(0, 1000), coins + [coins[-1] * (P["maxa"] // coins[-1])])
elif mode == "max_two_coins":
    out = coins_text(MAXN - 1, [1, 2])
elif mode == "spread":  # activity_selection: one meeting per slot of width maxt / maxn, shuffled
    width = P["maxt"] // MAXN
    out = pairs_text(rng.sample([(i * width, i * width + rng.randint(0, width)) for i in range(MAXN)], MAXN))
elif mode == "shuffled_chain":
    out = pairs_text(rng.sample(chained(40, 5), 40))
elif mode == "long_chain":
    pairs = chained(1000, P["maxt"] // MAXN) + [(k, k + 1) for k in range(0, 50)]
    rng.shuffle(pairs)  # the order of the list does not matter to the answer: each problem its own test
    out = pairs_text(pairs)
elif mode == "half_chain":
    out = pairs_text(intervals(MAXN // 2, P["maxt"], P["maxt"] // 2) + chained(MAXN // 2, P["maxt"] // MAXN))
elif mode == "all_fit":  # job_deadlines: every job fits, so looking for a free day one by one is O(N^2)
    out = pairs_text([(MAXN, rng.randint(1, P["maxp"])) for _ in range(MAXN)])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
