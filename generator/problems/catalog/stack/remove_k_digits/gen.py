"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn. Modes: sample1, sample2, random lo= hi= [digits=], fixed case=, rising k=, max_random, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)


def text(k, s):
    return f"{len(s)} {k}\n{s}\n"


def digits(n, pool="0123456789"):
    return "".join(rng.choice(pool) for _ in range(n))


def greedy(k, s):
    """(the smallest result, the removals left over after the scan, which come off the end)."""
    stack = []
    for ch in s:
        while k and stack and stack[-1] > ch:
            stack.pop()
            k -= 1
        stack.append(ch)
    return "".join(stack[:len(stack) - k]), k


def largest_removed(k, s):
    drop = set(sorted(range(len(s)), key=lambda i: (s[i], i))[len(s) - k:])
    return "".join(ch for i, ch in enumerate(s) if i not in drop)


if mode == "sample1":  # a larger digit before a smaller one goes first; the leftover removals come off the end
    # (redrawn until some are left over, and removing the 3 largest digits wherever they are is not the same)
    while True:
        a, b = sorted(rng.sample("123456789", 2))
        s = f"{b}{a}{b}{a}{a}{b}{rng.randint(0, 9)}{rng.randint(0, 9)}"
        best, left_over = greedy(3, s)
        if left_over and largest_removed(3, s) != best:
            break
    out = text(3, s)
elif mode == "sample2":  # leading zeros stay in the answer
    out = text(2, "1" + "0" * rng.randint(1, 3) + str(rng.randint(2, 9)) + "0")
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    s = digits(n, opts.get("digits") or rng.choice(["01", "123", "0123456789"]))
    out = text(rng.randint(0, n - 1), s)
elif mode == "fixed":
    k, s = {"one": (0, "7"), "all_but_one": (4, "93817"), "keep_all": (0, "5050"), "equal": (2, "44444"),
            "decreasing": (3, "987654"), "zeros": (1, "100")}[opts["case"]]
    out = text(k, s)
elif mode == "rising":  # digits never decrease until the very end: scanning for the first descent from the
    # start is O(N) per removal
    k = int(opts["k"])
    body = "".join(sorted(digits(MAXN - 1, "123456789")))
    out = text(k, body + "0")
elif mode == "max_random":
    out = text(MAXN // 2, digits(MAXN))
elif mode == "invalid":
    kind = opts["kind"]
    out = {"too_long": text(1, "1" * (MAXN + 1)), "k_equal_n": text(3, "123"), "k_negative": "3 -1\n123\n",
           "length_mismatch": "4 1\n123\n", "letter": text(1, "12a"), "space": "3 1\n1 23\n",
           "two_lines": "3 1\n123\n4\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
