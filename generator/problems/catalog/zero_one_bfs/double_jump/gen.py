"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxp (largest start or goal; positions during the trip stay in 0..2*10^5). Modes: sample [kind=back],
random lo= hi=, fixed name=, near_power (goal just off a doubling of the start), max, invalid kind=.
Input: one line `N K`."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXP = int(opts["maxp"])
rng = random.Random(seed)



def seconds(n, k):
    """0-1 BFS on 0..2*10^5: the answer, for keeping the samples apart."""
    from collections import deque
    dist, queue = {n: 0}, deque([n])
    while queue:
        x = queue.popleft()
        if x == k:  # popped in order of time: final
            break
        for y, c in ((2 * x, 0), (x - 1, 1), (x + 1, 1)):
            if 0 <= y <= 200000 and dist[x] + c < dist.get(y, 1 << 30):
                dist[y] = dist[x] + c
                (queue.appendleft if c == 0 else queue.append)(y)
    return dist[k]


def seconds_fifo(n, k):
    """An ordinary queue, x - 1 and x + 1 tried before 2x, each position's time fixed when it is first pushed."""
    from collections import deque
    dist, queue = {n: 0}, deque([n])
    while queue and k not in dist:
        x = queue.popleft()
        for y, c in ((x - 1, 1), (x + 1, 1), (2 * x, 0)):
            if 0 <= y <= 200000 and y not in dist:
                dist[y] = dist[x] + c
                queue.append(y)
    return dist[k]


if mode == "sample" and opts.get("kind") == "back":  # the goal lies 4-9 below the start: only walking back helps
    n = rng.randint(12, 30)
    out = f"{n} {n - rng.randint(4, 9)}\n"
elif mode == "sample":  # a goal near a doubling, 2 or 3 seconds away (the other sample answers 4-9)
    # An ordinary queue that fixes a position's time when it is first pushed gets this goal wrong: some position
    # on the way is first reached by a step and only later, for less, by a free jump.
    while True:
        n = rng.choice([2, 3])
        k = rng.randint(n + 2, 120)
        if seconds(n, k) in (2, 3) and seconds_fifo(n, k) != seconds(n, k):
            break
    out = f"{n} {k}\n"
elif mode == "random":
    lo = int(opts["lo"])
    hi = MAXP if opts["hi"] == "maxp" else min(MAXP, int(opts["hi"]))
    n, k = rng.randint(lo, hi), rng.randint(lo, hi)
    out = f"{n} {k}\n"
elif mode == "fixed":
    out = {"same": "7 7\n", "zero_zero": "0 0\n", "from_zero": "0 5\n", "to_zero": "6 0\n",
           "one_two": "1 2\n", "backwards": "10 3\n", "one_up": "4 5\n", "odd": "5 17\n",
           "top": f"{MAXP} {MAXP}\n", "zero_to_top": f"0 {MAXP}\n", "top_to_zero": f"{MAXP} 0\n"}[opts["name"]]
elif mode == "near_power":
    n = rng.randint(1, 50)
    k = n
    while k * 2 <= MAXP:
        k *= 2
    k = max(0, min(MAXP, k + rng.randint(-3, 3)))
    out = f"{n} {k}\n"
elif mode == "max":
    out = f"{rng.randint(0, 20)} {rng.randint(MAXP - 1000, MAXP)}\n"
elif mode == "invalid":
    out = {"n_too_big": f"{MAXP + 1} 3\n", "k_too_big": f"3 {MAXP + 1}\n", "negative": "-1 3\n",
           "one_number": "3\n", "double_space": "3  4\n", "leading_zero": "03 4\n", "extra": "3 4 5\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
