"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxm, maxlen. Modes: sample kind=mixed|missing, random lo= hi= [len=], fixed case=,
max kind=names|numbers|mixed, invalid kind=."""
import random
import string
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM, MAXLEN = int(opts["maxn"]), int(opts["maxm"]), int(opts["maxlen"])
rng = random.Random(seed)


def text(names, questions):
    return f"{len(names)} {len(questions)}\n" + "".join(x + "\n" for x in names) + "".join(
        str(q) + "\n" for q in questions)


def word(low, high):
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(low, high)))


def distinct_words(count, low, high, avoid=()):
    found, taken = [], set(avoid)
    while len(found) < count:
        w = word(low, high)
        if w not in taken:
            taken.add(w)
            found.append(w)
    return found


def absent_name(names, taken):
    """A name not in the register; often a prefix or a one-letter extension of a present name."""
    while True:
        base = rng.choice(names)
        pick = rng.random()
        if pick < 0.3 and len(base) > 1:
            w = base[:rng.randint(1, len(base) - 1)]
        elif pick < 0.6 and len(base) < MAXLEN:
            w = base + rng.choice(string.ascii_lowercase)
        else:
            w = word(1, min(MAXLEN, max(2, len(base))))
        if w not in taken:
            return w


def questions_for(names, m, p_number, p_present):
    taken = set(names)
    out = []
    for _ in range(m):
        r = rng.random()
        if r < p_number:
            out.append(rng.randint(1, len(names)))
        elif r < p_number + p_present:
            out.append(rng.choice(names))
        else:
            out.append(absent_name(names, taken))
    return out


if mode == "sample":
    if opts["kind"] == "mixed":  # numbers and names, every name present
        names = distinct_words(5, 3, 6)
        qs = [rng.randint(1, 5), names[rng.randint(0, 4)], rng.randint(1, 5), names[rng.randint(0, 4)]]
    else:  # an absent name that is a prefix of a present one, and the same question twice
        names = distinct_words(4, 3, 5)
        k = rng.randint(0, 3)
        qs = [names[k][:-1], names[k], len(names), names[k][:-1]]
        if qs[0] in names:
            qs[0] = qs[3] = names[k] + names[k]
    out = text(names, qs)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    length = min(MAXLEN, int(opts.get("len") or 3))
    names = distinct_words(n, 1, length)
    m = rng.randint(1, min(MAXM, 2 * n + 2))
    out = text(names, questions_for(names, m, rng.random() * 0.6, 0.3))
elif mode == "fixed":
    z = "z" * MAXLEN
    out = {"one": text(["ab"], [1, "ab", "b", "a", "abc"]),
           "one_missing": text(["z"], ["y", 1, "zz"]),
           "prefixes": text(["abc", "ab", "b"], ["a", "ab", "abc", "abcd", 3, 1, "b", "bb", 2]),
           "ends": text(["e", "d", "c", "b", "a"], [5, 1, "a", "e", 4, "f"]),
           "long": text([z, z[:-1], "a" + z[1:]], [z, 1, 3, z[:-1] + "y", "a" + z[1:], z[:-1], 2])}[opts["case"]]
elif mode == "max":
    kind = opts["kind"]
    names = distinct_words(MAXN, max(1, MAXLEN - 5), MAXLEN)
    p_number, p_present = {"names": (0.0, 0.5), "numbers": (1.0, 0.0), "mixed": (0.34, 0.33)}[kind]
    out = text(names, questions_for(names, MAXM, p_number, p_present))
elif mode == "invalid":
    out = {"too_many": text(distinct_words(MAXN + 1, MAXLEN - 4, MAXLEN), [1]),
           "duplicate": text(["ab", "cd", "ab"], [1]),
           "number_big": text(["ab", "cd"], [3]),
           "number_zero": text(["ab", "cd"], [0]),
           "leading_zero": text(["ab", "cd"], ["01"]),
           "upper": text(["ab", "Cd"], [1]),
           "too_long": text(["a" * (MAXLEN + 1)], [1]),
           "mixed_token": text(["ab", "cd"], ["a1"]),
           "count": "2 3\nab\ncd\n1\nab\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
