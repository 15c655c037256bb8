"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxq. Modes: sample1, sample2, random lo= hi= [leave=], fixed case=, max_fill, max_churn,
max_free_descending, invalid kind=."""
import heapq
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXQ = int(opts["maxq"])
rng = random.Random(seed)


class Place:
    """Simulates the rule, so every `- x` names an occupied number."""

    def __init__(self) -> None:
        self.freed: list[int] = []
        self.next_new = 1
        self.occupied: list[int] = []  # for random picks; where[x] is x's index (O(1) removal)
        self.where: dict[int, int] = {}
        self.events: list[str] = []

    def arrive(self) -> None:
        if self.freed:
            x = heapq.heappop(self.freed)
        else:
            x, self.next_new = self.next_new, self.next_new + 1
        self.where[x] = len(self.occupied)
        self.occupied.append(x)
        self.events.append("+")

    def leave(self, x: int | None = None) -> None:
        if x is None:
            x = self.occupied[rng.randrange(len(self.occupied))]
        i, last = self.where.pop(x), self.occupied.pop()
        if last != x:
            self.occupied[i], self.where[last] = last, i
        heapq.heappush(self.freed, x)
        self.events.append(f"- {x}")

    def text(self) -> str:
        assert "+" in self.events and len(self.events) <= MAXQ
        return f"{len(self.events)}\n" + "\n".join(self.events) + "\n"


p = Place()
if mode == "sample1":  # two numbers freed in decreasing order: the smaller one is reused first
    k = rng.randint(4, 6)
    for _ in range(k):
        p.arrive()
    a, b = sorted(rng.sample(range(1, k + 1), 2))
    p.leave(b), p.leave(a), p.arrive(), p.arrive(), p.arrive()
elif mode == "sample2":
    # Number 1 freed, then the highest: the smaller is reused first although it was freed first (a stack of freed
    # numbers would give the highest back first); a later newcomer gets a new number.
    k = rng.randint(2, 4)
    for _ in range(k):
        p.arrive()
    p.leave(1), p.leave(k), p.arrive(), p.arrive(), p.arrive()
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXQ, int(opts["hi"])))
    leave = float(opts.get("leave", rng.choice([0.2, 0.4, 0.5])))
    while len(p.events) < n:
        if p.occupied and rng.random() < leave:
            p.leave()
        else:
            p.arrive()
    if "+" not in p.events:
        p.events[-1:] = ["+"]
elif mode == "fixed":
    case = opts["case"]
    if case == "one":
        p.arrive()
    elif case == "leave_and_return":
        p.arrive(), p.leave(1), p.arrive()
    elif case == "free_ascending":
        for _ in range(5):
            p.arrive()
        p.leave(2), p.leave(4), p.arrive(), p.arrive(), p.arrive()
    elif case == "free_all":
        for _ in range(4):
            p.arrive()
        for x in (3, 1, 4, 2):
            p.leave(x)
        for _ in range(6):
            p.arrive()
    elif case == "free_top_only":
        for _ in range(3):
            p.arrive()
        p.leave(3), p.arrive(), p.arrive()
elif mode == "max_fill":  # almost nobody leaves: counting up from 1 each time is quadratic
    while len(p.events) < MAXQ:  # a few seeded departures make each problem's test its own
        p.leave() if len(p.occupied) > 1 and rng.random() < 0.005 else p.arrive()
elif mode == "max_churn":  # fill half, then leave/arrive at random
    for _ in range(MAXQ // 2):
        p.arrive()
    while len(p.events) < MAXQ:
        p.leave() if rng.random() < 0.5 else p.arrive()
elif mode == "max_free_descending":  # many freed numbers, highest first, then all taken again
    third = MAXQ // 3
    for _ in range(third):
        p.arrive()
    for x in sorted(rng.sample(range(1, third + 1), third * 9 // 10), reverse=True):  # seeded subset
        p.leave(x)
    while len(p.events) < MAXQ:
        p.arrive()
elif mode == "invalid":
    kind = opts["kind"]
    out = {
        "too_many": f"{MAXQ + 1}\n" + "+\n" * (MAXQ + 1),
        "free_seat": "2\n+\n- 2\n",
        "twice": "3\n+\n- 1\n- 1\n",
        "no_arrival": "1\n- 1\n",
        "zero": "2\n+\n- 0\n",
        "missing": "3\n+\n+\n",
        "double_space": "2\n+\n-  1\n",
        "leading_zero": "2\n+\n- 01\n",
    }[kind]
    sys.stdout.write(out)
    raise SystemExit(0)
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(p.text())
