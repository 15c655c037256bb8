"""Test generator for the two-string LCS / edit-distance tasks (testlib style): python gen.py SEED MODE
[key=value ...] prints one input: string A on the first line, string B on the second.

Params from task.toml: variant (length | edit_distance | print_lcs), maxlen, alphabet (upper | lower).
Modes: sample kind=hand|hand2; random lo= hi= [sigma=]; mutate n= edits= [sigma=] (B is A after random edits);
fixed name=...; max kind=random|same|disjoint|mutate|one_vs_long|periodic [sigma=]; invalid kind=...
n may name the bound (n=maxlen). sigma is how many distinct letters are drawn from (few letters: long LCS).
"""
import random
import string
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
VARIANT = opts["variant"]
MAXLEN = int(opts["maxlen"])
LETTERS = string.ascii_uppercase if opts["alphabet"] == "upper" else string.ascii_lowercase
rng = random.Random(seed)


def size(key):
    value = opts[key]
    return MAXLEN if value == "maxlen" else int(value)


def sigma():
    return int(opts.get("sigma") or rng.choice([2, 3, 4, 8, 26]))


def word(n, k):
    pool = LETTERS[:k]
    return "".join(rng.choice(pool) for _ in range(n))


def mutate(a, edits, k):
    """a after `edits` random inserts, deletes and replacements (never empty)."""
    b = list(a)
    pool = LETTERS[:k]
    for _ in range(edits):
        op = rng.randrange(3)
        if op == 0 and len(b) < MAXLEN:
            b.insert(rng.randint(0, len(b)), rng.choice(pool))
        elif op == 1 and len(b) > 1:
            del b[rng.randrange(len(b))]
        else:
            b[rng.randrange(len(b))] = rng.choice(pool)
    return "".join(b)


def text(a, b):
    return f"{a}\n{b}\n"


# Hand-made samples, written in capitals; each problem renames the letters by a seeded permutation (LCS and edit
# distance depend only on which positions hold equal letters, so what a sample shows stays true).
HAND = {
    "length": {"hand": ("ACAYKP", "CAPCAK"), "hand2": ("ABCBDAB", "BDCABA")},
    "edit_distance": {"hand": ("SUNDAY", "SATURDAY"), "hand2": ("KITTEN", "SITTING")},
    "print_lcs": {"hand": ("ABCBDAB", "BDCABA"), "hand2": ("XYZ", "ZYX")},
}


def hand(kind):
    a, b = HAND[VARIANT][kind]
    used = sorted(set(a + b))
    target = rng.sample(LETTERS, len(used))
    rename = dict(zip(used, target))
    return text("".join(rename[c] for c in a), "".join(rename[c] for c in b))


def fixed(name):
    x, y = LETTERS[0], LETTERS[1]
    cases = {
        "one_same": (x, x),
        "one_diff": (x, y),
        "equal": (x + y + x + x + y, x + y + x + x + y),
        "disjoint": (x * 4 + y, LETTERS[2] * 3),
        "prefix": (x + y + x, x + y + x + y + y + x),
        "reversed": (LETTERS[:6], LETTERS[:6][::-1]),
        "short_in_long": (y, x * 7 + y + x * 3),
        "long_vs_short": (x * 5 + y * 5, y),
        "interleaved": ((x + y) * 4, (y + x) * 4),
        "max_one": (x, y * MAXLEN),
        "max_long_one": (x * (MAXLEN - 1) + y, y),
    }
    return text(*cases[name])


def invalid(kind):
    ok = LETTERS[:3]
    bad_case = ok.swapcase()
    cases = {
        "too_long_a": text(LETTERS[0] * (MAXLEN + 1), ok),
        "too_long_b": text(ok, LETTERS[1] * (MAXLEN + 1)),
        "empty_b": f"{ok}\n\n",
        "wrong_case": text(ok, bad_case),
        "digit": text(ok, ok[:2] + "7"),
        "space_inside": text(ok[:2] + " " + ok[2], ok),
        "missing_line": f"{ok}\n",
        "extra_line": f"{ok}\n{ok}\n{ok}\n",
        "no_final_newline": f"{ok}\n{ok}",
        "trailing_space": f"{ok} \n{ok}\n",
    }
    return cases[kind]


if mode == "sample":
    out = hand(opts.get("kind", "hand"))
elif mode == "random":
    lo, hi = int(opts["lo"]), min(MAXLEN, int(opts["hi"]))
    k = sigma()
    out = text(word(rng.randint(lo, hi), k), word(rng.randint(lo, hi), k))
elif mode == "mutate":
    n, k = size("n"), sigma()
    a = word(rng.randint(max(1, n // 2), n), k)
    out = text(a, mutate(a, int(opts["edits"]), k))
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "max":
    kind, n = opts["kind"], MAXLEN
    if kind == "random":
        k = sigma()
        out = text(word(n, k), word(n, k))
    elif kind == "same":
        a = word(n, sigma())
        out = text(a, a)
    elif kind == "disjoint":
        out = text(word(n, 13), "".join(rng.choice(LETTERS[13:]) for _ in range(n)))
    elif kind == "mutate":
        k = sigma()
        a = word(n, k)
        b = mutate(a, n // 10, k)
        out = text(a, (b + word(n, k))[:n])
    elif kind == "one_vs_long":
        out = text(word(1, 2), word(n, 2))
    elif kind == "periodic":
        a, b = rng.sample(LETTERS, 2)  # seeded letters: each problem its own test
        out = text((a + b) * (n // 2) + a * (n % 2), b + a * (n - 1))
    else:
        raise SystemExit(f"unknown max kind {kind}")
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
