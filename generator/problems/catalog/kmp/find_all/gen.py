"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input: T, then P.
Params: maxn. Modes: sample1, sample2, random lo= hi=, fixed t= p=, periodic len=, max_all_same, max_one_off,
fallback (two letters, T of 8-16, P of 3-6, drawn until a prefix function without its fall-back loop, and one
comparing p[i] with t[k] instead of p[k], both answer differently: such slips of the reference's line 9 passed
every published test at seed 7 of the mutation sweep, 'usssususus / sssu' answers 1 / 2, the first slip 3 / 2 4 6),
invalid kind=."""
import random
import string
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)


def word(length, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(length))


if mode == "sample1":  # overlapping occurrences
    a, b = rng.sample(string.ascii_lowercase, 2)
    p = a + b + a
    t = word(rng.randint(1, 2), [a, b]) + a + b + a + b + a + word(rng.randint(1, 3), [a, b]) + p
    out = f"{t}\n{p}\n"
elif mode == "sample2":  # a pattern that is almost there but never occurs
    alphabet = rng.sample(string.ascii_lowercase, 3)
    p = word(3, alphabet)
    t = word(rng.randint(8, 11), alphabet)
    while p in t:
        t = word(len(t), alphabet)
    out = f"{t}\n{p}\n"
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    alphabet = rng.sample(string.ascii_lowercase, rng.choice([1, 2, 2, 3, 26]))
    t = word(n, alphabet)
    if rng.random() < 0.7 and n >= 1:
        i = rng.randrange(n)
        p = t[i:i + rng.randint(1, max(1, min(n - i, 5)))]
    else:
        p = word(rng.randint(1, max(1, min(n + 1, 6))), alphabet)
    out = f"{t}\n{p}\n"
elif mode == "fallback":
    def occurrences(t, p, slip):
        m = len(p)
        pi, k = [0] * m, 0
        for i in range(1, m):
            while slip != "no_fallback" and k and p[i] != (t if slip == "t_for_p" else p)[k]:
                k = pi[k - 1]
            if p[i] == p[k]:
                k += 1
            pi[i] = k
        found, k = [], 0
        for i, c in enumerate(t):
            while k and c != p[k]:
                k = pi[k - 1]
            if c == p[k]:
                k += 1
            if k == m:
                found.append(i)
                k = pi[k - 1]
        return found

    alphabet = rng.sample(string.ascii_lowercase, 2)
    while True:
        t = word(rng.randint(8, 16), alphabet)
        p = word(rng.randint(3, 6), alphabet)
        truth = occurrences(t, p, None)
        if all(occurrences(t, p, slip) != truth for slip in ("no_fallback", "t_for_p")):
            break
    out = f"{t}\n{p}\n"
elif mode == "fixed":
    out = f"{opts['t']}\n{opts['p']}\n"
elif mode == "periodic":  # a short unit repeated: many overlapping occurrences of a periodic pattern
    n = min(MAXN, int(opts["len"]))
    unit = word(rng.randint(2, 4), rng.sample(string.ascii_lowercase, 2))
    t = (unit * (n // len(unit) + 1))[:n]
    p = (unit * 50)[:rng.randint(len(unit) + 1, 3 * len(unit) + 1)]
    out = f"{t}\n{p}\n"
elif mode == "max_all_same":
    c = rng.choice(string.ascii_lowercase)  # seeded letter and length (each problem its own test)
    out = f"{c * (MAXN - rng.randint(0, 999))}\n{c * rng.randint(1, 3)}\n"
elif mode == "max_one_off":  # a...a against a...ab: naive matching compares the whole pattern everywhere
    a, b = rng.sample(string.ascii_lowercase, 2)  # seeded letters: each problem its own test
    out = f"{a * (MAXN - rng.randint(0, 999))}\n{a * (MAXN // 2 - rng.randint(0, 999)) + b}\n"
elif mode == "invalid":
    kind = opts["kind"]
    out = {"empty_pattern": "abc\n\n", "upper": "abC\nb\n", "too_long": "a" * (MAXN + 1) + "\na\n",
           "space_inside": "a c\na\n", "one_line": "abc\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
