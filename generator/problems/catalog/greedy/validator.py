"""Input validator for the greedy tasks: python validator.py variant=V <bounds> < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
VARIANT = opts["variant"]
P = {k: int(v) for k, v in opts.items() if v.lstrip("-").isdigit()}
INT = re.compile(r"0|-?[1-9][0-9]*")

data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")


def ints(line, count):
    toks = line.split(" ")
    assert all(INT.fullmatch(t) for t in toks), "malformed integer"
    assert len(toks) == count, "wrong count of integers on a line"
    return [int(t) for t in toks]


if VARIANT == "coin_change":
    assert len(lines) == 2, "expected exactly two lines"
    n, k = ints(lines[0], 2)
    assert 1 <= n <= P["maxn"] and 1 <= k <= P["maxk"], "N or K out of range"
    coins = ints(lines[1], k)
    assert coins[0] == 1, "the smallest coin must be 1"
    assert all(1 <= c <= P["maxa"] for c in coins), "coin value out of range"
    assert all(b > a and b % a == 0 for a, b in zip(coins, coins[1:])), "each coin: a larger multiple of the previous"
else:
    (n,) = ints(lines[0], 1)
    assert 1 <= n <= P["maxn"], "N out of range"
    assert len(lines) == n + 1, "expected N lines of pairs"
    for line in lines[1:]:
        a, b = ints(line, 2)
        if VARIANT == "job_deadlines":
            assert 1 <= a <= P["maxd"] and 1 <= b <= P["maxp"], "deadline or reward out of range"
        else:
            assert 0 <= a <= P["maxt"] and 0 <= b <= P["maxt"], "time out of range"
            assert a < b if VARIANT == "min_rooms" else a <= b, "an interval must not end before it starts"
