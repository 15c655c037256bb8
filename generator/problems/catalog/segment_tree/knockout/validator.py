"""Input validator for segment_tree.knockout: python validator.py maxn= maxq= maxs= < input; exit 0 iff valid.
`N Q` with N a power of two, 2 <= N <= maxn, 1 <= Q <= maxq; a line of N strengths in 1..maxs; then Q lines `i x`
with 1 <= i <= N and 1 <= x <= maxs. Single spaces, final newline, no leading zeros."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXQ, MAXS = int(opts["maxn"]), int(opts["maxq"]), int(opts["maxs"])
NUMS = re.compile(r"[1-9][0-9]*(?: [1-9][0-9]*)*")

data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
for line in lines:
    assert NUMS.fullmatch(line), "positive integers separated by single spaces expected"
first = [int(t) for t in lines[0].split(" ")]
assert len(first) == 2, "first line must be `N Q`"
n, q = first
assert 2 <= n <= MAXN, "N out of range"
assert n & (n - 1) == 0, "N must be a power of two"
assert 1 <= q <= MAXQ, "Q out of range"
assert len(lines) == 2 + q, "exactly Q event lines expected after the strengths"
strengths = [int(t) for t in lines[1].split(" ")]
assert len(strengths) == n, "exactly N strengths expected"
assert all(1 <= v <= MAXS for v in strengths), "strength out of range"
for line in lines[2:]:
    values = [int(t) for t in line.split(" ")]
    assert len(values) == 2, "an event line holds `i x`"
    i, x = values
    assert 1 <= i <= n, "player out of range"
    assert 1 <= x <= MAXS, "strength out of range"
