"""Test generator for prefix_sums.letter_counts (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Format: "N Q", then S (N lowercase letters), then Q lines "l r c". Params: max_n, max_q.
Modes: sample, small size=, edge kind=, anti kind=, random, max kind=, invalid kind=.
"""
import random
import string
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAX_N, MAX_Q = int(opts["max_n"]), int(opts["max_q"])
rng = random.Random(seed)
r01 = rng.random
LETTERS = string.ascii_lowercase


def render(s, queries):
    return f"{len(s)} {len(queries)}\n{s}\n" + "".join(f"{l} {r} {c}\n" for l, r, c in queries)


def word(n, alphabet):
    return "".join(alphabet[int(r01() * len(alphabet))] for _ in range(n))


def query(s, alphabet, long=False):
    n = len(s)
    if long:
        w = max(1, min(50, n // 4))
        l, r = 1 + int(r01() * w), n - int(r01() * w)
    else:
        l, r = sorted((1 + int(r01() * n), 1 + int(r01() * n)))
    # mostly a letter of the string, now and then one it may not contain
    c = alphabet[int(r01() * len(alphabet))] if r01() < 0.85 else LETTERS[int(r01() * 26)]
    return l, r, c


def case(n_hi, q_hi):
    n, q = rng.randint(1, min(n_hi, MAX_N)), rng.randint(1, min(q_hi, MAX_Q))
    alphabet = "".join(rng.sample(LETTERS, rng.choice([1, 2, 3, 5, 26])))
    s = word(n, alphabet)
    return render(s, [query(s, alphabet) for _ in range(q)])


def sample():
    alphabet = "".join(rng.sample(LETTERS, 3))
    s = word(rng.randint(8, 12), alphabet)
    return render(s, [query(s, alphabet) for _ in range(rng.randint(3, 4))])


def edge(kind):
    n = rng.randint(5, 10)
    if kind == "one":
        c, other = rng.sample(LETTERS, 2)
        return render(c, [(1, 1, c), (1, 1, other)])
    if kind == "ends":  # the queried letter sits exactly at the range ends
        s = word(n, "xy")
        return render(s, [(1, n, s[0]), (1, n, s[-1]), (1, 1, s[0]), (n, n, s[-1]), (2, n - 1, s[1])])
    if kind == "absent":
        s = word(n, "ab")
        return render(s, [(1, n, "z"), (2, n, "c")])
    if kind == "all_same":
        c = rng.choice(LETTERS)
        return render(c * n, [(1, n, c), (2, n - 1, c), (3, 3, c)])
    raise SystemExit(f"unknown edge kind {kind}")


def anti(kind):
    if kind == "boundary":  # every query's ends hold the queried letter: both off-by-ones show up
        s = word(rng.randint(8, 10), "pq")
        n = len(s)
        queries = []
        for _ in range(6):
            l, r = sorted(rng.sample(range(1, n + 1), 2))
            c = s[l - 1] if r01() < 0.5 else s[r - 1]
            queries.append((l, r, c))
        return render(s, queries)
    if kind == "many":
        s = word(3000, "abc")
        return render(s, [query(s, "abc") for _ in range(3000)])
    raise SystemExit(f"unknown anti kind {kind}")


def max_case(kind):
    if kind == "long":
        s = word(MAX_N, LETTERS)
        return render(s, [query(s, LETTERS, long=True) for _ in range(MAX_Q)])
    if kind == "one_letter":
        s = "z" * MAX_N
        return render(s, [query(s, "zzzy", long=True) for _ in range(MAX_Q)])
    s = word(MAX_N, "abcde")
    return render(s, [query(s, "abcde") for _ in range(MAX_Q)])


def invalid(kind):
    s = word(rng.randint(5, 8), "abc")
    n = len(s)
    good = [(1, n, "a"), (2, n, "b")]
    body = "".join(f"{l} {r} {c}\n" for l, r, c in good)
    return {
        "n_too_big": render("a" * (MAX_N + 1), [(1, 1, "a")]),
        "q_too_big": render("a", [(1, 1, "a")] * (MAX_Q + 1)),
        "uppercase": render(s[:-1] + "B", good),
        "short_string": f"{n + 1} 2\n{s}\n" + body,
        "r_too_big": render(s, good + [(1, n + 1, "a")]),
        "l_after_r": render(s, good + [(3, 2, "a")]),
        "l_zero": render(s, good + [(0, 2, "a")]),
        "bad_letter": render(s, good + [(1, 2, "A")]),
        "two_letters": render(s, good + [(1, 2, "ab")]),
        "missing_query": f"{n} 3\n{s}\n" + body,
        "double_space": render(s, good).replace(" ", "  ", 1),
    }[kind]


if mode == "sample":
    out = sample()
elif mode == "small":
    size = int(opts["size"])
    out = case(size, size)
elif mode == "edge":
    out = edge(opts["kind"])
elif mode == "anti":
    out = anti(opts["kind"])
elif mode == "random":
    out = case(3000, 3000)
elif mode == "max":
    out = max_case(opts["kind"])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
