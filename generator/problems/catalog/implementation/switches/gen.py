"""Test generator for the switches task: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn, maxs. Modes: sample kind=hand|random; random lo= hi= (N in [lo, hi], up to maxs students);
one (N = 1); ends n= (girls at switch 1 and switch N, a boy with k = 1); mirror n= s= (the row reads the same
both ways and an odd number of girls stand at its centre: stretches reach both ends); alternate n= s= (1 0 1 0
...: every pair matches, the centre never does); boys n= s= (boys only, all k); invalid kind=too_many|bad_state|
bad_gender|k_zero|k_too_big|missing_student|extra_state|too_many_students. Sizes may say maxn / maxs.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXS = int(opts["maxn"]), int(opts["maxs"])
rng = random.Random(seed)


def dim(key):
    value = opts[key]
    return MAXN if value == "maxn" else MAXS if value == "maxs" else int(value)


def render(state, students):
    return (f"{len(state)}\n" + " ".join(map(str, state)) + f"\n{len(students)}\n"
            + "".join(f"{g} {k}\n" for g, k in students))


def random_students(n, s, girl_share=0.5):
    return [(2 if rng.random() < girl_share else 1, rng.randint(1, n)) for _ in range(s)]


def final(state, students, reach_last=True):
    """The states after the students (reach_last=False: a girl's stretch never reaches the last switch, a wrong
    end test)."""
    n, state = len(state), [0] + state
    for g, k in students:
        if g == 1:
            for i in range(k, n + 1, k):
                state[i] ^= 1
            continue
        d = 0
        while k - d > 1 and k + d + 1 <= n - (not reach_last) and state[k - d - 1] == state[k + d + 1]:
            d += 1
        for i in range(k - d, k + d + 1):
            state[i] ^= 1
    return state


def hand_sample():
    # A boy first, who touches no switch of the girl's stretch; then a girl whose stretch has half-width 2 or more
    # and stops at a pair that differs (or at an end), and whose centre differs from its neighbours (comparing
    # with the centre gives a one-switch stretch); sometimes a third student.
    n = rng.randint(8, 11)
    centre = rng.randint(3, n - 2)
    room = min(centre - 1, n - centre)
    radius = rng.randint(2, room)
    state = [rng.randint(0, 1) for _ in range(n + 1)]  # state[0] unused
    for i in range(1, radius + 1):
        state[centre + i] = state[centre - i]
    if radius < room:
        state[centre + radius + 1] = 1 - state[centre - radius - 1]
    state[centre] = 1 - state[centre - 1]
    stretch = set(range(centre - radius, centre + radius + 1))
    boy = next((k for k in range(2, n + 1) if not stretch & set(range(k, n + 1, k))), n)
    students = [(1, boy), (2, centre)]
    if rng.random() < 0.5:
        students.append((rng.randint(1, 2), rng.randint(1, n)))
    return render(state[1:], students)


def invalid(kind):
    n = rng.randint(5, 9)
    state = [rng.randint(0, 1) for _ in range(n)]
    students = random_students(n, rng.randint(2, 4))
    if kind == "too_many":
        return render([0] * (MAXN + 1), [(1, 1)])
    if kind == "too_many_students":
        return render(state, [(1, 1)] * (MAXS + 1))
    if kind == "bad_state":
        state[rng.randrange(n)] = 2
    elif kind == "bad_gender":
        students[0] = (3, students[0][1])
    elif kind == "k_zero":
        students[-1] = (students[-1][0], 0)
    elif kind == "k_too_big":
        students[0] = (students[0][0], n + 1)
    elif kind == "missing_student":
        return render(state, students)[: -len("{} {}\n".format(*students[-1]))]
    elif kind == "extra_state":
        text = render(state, students).split("\n")
        text[1] += " 1"
        return "\n".join(text)
    else:
        raise SystemExit(f"unknown invalid kind {kind}")
    return render(state, students)


if mode == "sample":
    if opts.get("kind") == "hand":
        out = hand_sample()
    else:  # redrawn until some girl's stretch must reach switch N, so stopping it one short changes the states
        while True:
            n = rng.randint(5, 10)
            state, students = [rng.randint(0, 1) for _ in range(n)], random_students(n, rng.randint(2, 4))
            if final(state, students) != final(state, students, reach_last=False):
                break
        out = render(state, students)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    out = render([rng.randint(0, 1) for _ in range(n)], random_students(n, rng.randint(1, MAXS), rng.random()))
elif mode == "one":
    out = render([rng.randint(0, 1)], [(rng.randint(1, 2), 1) for _ in range(rng.randint(1, 4))])
elif mode == "ends":
    n = dim("n")
    state = [rng.randint(0, 1) for _ in range(n)]
    students = [(2, 1), (2, n), (1, 1), (2, n), (2, 1)]
    out = render(state, students)
elif mode == "mirror":
    n, s = dim("n"), dim("s")
    if n % 2 == 0:
        n -= 1
    half = [rng.randint(0, 1) for _ in range(n // 2)]
    state = half + [rng.randint(0, 1)] + half[::-1]
    centre = n // 2 + 1
    # Girls at the centre keep the row symmetric; an occasional boy breaks it and later girls see shorter stretches.
    # Only girls at the centre: the row stays symmetric, so every stretch covers the whole row, an odd number of
    # times (a stretch stopped one short of either end leaves both end switches as they were).
    out = render(state, [(2, centre)] * (s if s % 2 else s - 1))
elif mode == "alternate":
    n, s = dim("n"), dim("s")
    first = rng.randint(0, 1)
    state = [(first + i) % 2 for i in range(n)]
    out = render(state, [(2, rng.randint(1, n)) for _ in range(s)])
elif mode == "boys":
    n, s = dim("n"), dim("s")
    out = render([rng.randint(0, 1) for _ in range(n)], [(1, rng.randint(1, n)) for _ in range(s)])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
