"""Input validator for the brute-force tasks: python validator.py variant=V key=value... < input; exit 0 iff valid.

Params: three_cards (minn, maxn, minm, maxm, maxv), subset_count / subset_count_mitm (maxn, maxs, maxv),
operators (minn, maxn, maxv).
"""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
VARIANT = opts["variant"]
P = {k: int(v) for k, v in opts.items() if k != "variant"}
INT = re.compile(r"0|-?[1-9][0-9]*")

data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")


def ints(line, count):
    toks = line.split(" ")
    assert all(INT.fullmatch(t) for t in toks), "malformed integer"
    assert len(toks) == count, "wrong count of integers on a line"
    return [int(t) for t in toks]


if VARIANT == "three_cards":
    assert len(lines) == 2, "expected exactly two lines"
    n, m = ints(lines[0], 2)
    assert P["minn"] <= n <= P["maxn"], "N out of range"
    assert P["minm"] <= m <= P["maxm"], "M out of range"
    cards = ints(lines[1], n)
    assert all(1 <= c <= P["maxv"] for c in cards), "card value out of range"
    assert sum(sorted(cards)[:3]) <= m, "some three cards must fit under M"
elif VARIANT in ("subset_count", "subset_count_mitm"):
    assert len(lines) == 2, "expected exactly two lines"
    n, s = ints(lines[0], 2)
    assert 1 <= n <= P["maxn"], "N out of range"
    assert -P["maxs"] <= s <= P["maxs"], "S out of range"
    assert all(-P["maxv"] <= v <= P["maxv"] for v in ints(lines[1], n)), "value out of range"
else:
    assert len(lines) == 3, "expected exactly three lines"
    (n,) = ints(lines[0], 1)
    assert P["minn"] <= n <= P["maxn"], "N out of range"
    assert all(1 <= v <= P["maxv"] for v in ints(lines[1], n)), "A_i out of range"
    ops = ints(lines[2], 4)
    assert all(c >= 0 for c in ops), "operator counts must be non-negative"
    assert sum(ops) == n - 1, "there must be exactly N - 1 operators"
