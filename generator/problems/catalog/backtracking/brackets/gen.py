"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Format: N, then the prefix (1 to 2N characters '(' and ')'). Params: maxn.
Modes: sample1, sample2, sample3 (an impossible prefix), random n= [bad=1], fixed case=, overfull n= (N + 1 brackets
'(', never more than N open at once), max, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)


def valid_prefix(n, length):
    """A random prefix of a balanced string of length 2n."""
    s, opened, bal = "", 0, 0
    while len(s) < length:
        options = (["("] if opened < n else []) + ([")"] if bal > 0 else [])
        ch = rng.choice(options)
        s += ch
        opened += ch == "("
        bal += 1 if ch == "(" else -1
    return s


def render(n, prefix):
    return f"{n}\n{prefix}\n"


def completions(n, prefix):
    """How many balanced strings of length 2n start with the (valid) prefix."""
    ways = {(prefix.count("("), prefix.count("(") - prefix.count(")")): 1}
    for _ in range(2 * n - len(prefix)):
        nxt = {}
        for (opened, bal), w in ways.items():
            if opened < n:
                nxt[(opened + 1, bal + 1)] = nxt.get((opened + 1, bal + 1), 0) + w
            if bal > 0:
                nxt[(opened, bal - 1)] = nxt.get((opened, bal - 1), 0) + w
        ways = nxt
    return ways.get((n, 0), 0)


if mode in ("sample1", "sample2"):
    # samples with several completions, so that the order and the search show (one line would teach neither)
    lo_n, hi_n, lo_len, hi_len, lo_ways, hi_ways = (3, 4, 2, 4, 3, 9) if mode == "sample1" else (2, 3, 1, 2, 2, 5)
    while True:
        n = rng.randint(lo_n, hi_n)
        prefix = valid_prefix(n, rng.randint(lo_len, hi_len))
        if lo_ways <= completions(n, prefix) <= hi_ways:
            break
    out = render(n, prefix)
elif mode == "sample3":
    # a prefix that dips below zero although it has at most N of each bracket: the answer is -1, which a search
    # that only counts the brackets of the prefix misses (no other sample shows -1)
    n = rng.randint(2, 4)
    k = rng.randint(1, n - 1)
    out = render(n, valid_prefix(k, 2 * k) + ")")
elif mode == "random":
    n = rng.randint(1, min(MAXN, int(opts["n"])))
    length = rng.randint(1, 2 * n)
    prefix = valid_prefix(n, length)
    if opts.get("bad") == "1":  # flip one character: often unbalanced so far, or too many of a kind
        i = rng.randrange(length)
        prefix = prefix[:i] + (")" if prefix[i] == "(" else "(") + prefix[i + 1:]
    out = render(n, prefix)
elif mode == "fixed":
    out = {
        "one_pair": lambda: render(1, "("),
        "complete": lambda: render(3, valid_prefix(3, 6)),
        "starts_closed": lambda: render(2, ")"),
        "dips_below": lambda: render(3, "())"),
        "too_many_open": lambda: render(2, "((("),
        "too_many_closed_late": lambda: render(2, "()()"),
        "first_char_only": lambda: render(min(MAXN, 6), "("),
    }[opts["case"]]()
elif mode == "overfull":
    # N + 1 brackets '(' although never more than N are open at once: N '(' and 1 to N - 1 ')' in a random order
    # that never dips below zero, then one more '('. The answer is -1; a prefix check that bounds the balance by N
    # instead of the count of '(' misses it.
    n = rng.randint(2, min(MAXN, int(opts["n"])))
    closes = rng.randint(1, n - 1)
    while True:
        chars = ["("] * n + [")"] * closes
        rng.shuffle(chars)
        depth = 0
        for ch in chars:
            depth += 1 if ch == "(" else -1
            if depth < 0:
                break
        if depth >= 0:
            break
    out = render(n, "".join(chars) + "(")
elif mode == "max":
    out = render(MAXN, "(" if rng.random() < 0.5 else valid_prefix(MAXN, 1))
elif mode == "invalid":
    out = {
        "n_too_big": render(MAXN + 1, "("),
        "n_zero": "0\n(\n",
        "prefix_too_long": render(2, "(())("),
        "bad_char": "2\n(]\n",
        "missing_prefix": "2\n",
        "space": "2\n( (\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
