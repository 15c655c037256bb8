"""Input validator for segment_tree.tree_array: python validator.py maxk= maxq= maxv= < input; exit 0 iff valid.
`N Q` with N = 2^K for some 0 <= K <= maxk and 1 <= Q <= maxq; N values in 0..maxv; then Q lines `i x` with
1 <= i <= N and 0 <= x <= maxv. Single spaces, final newline, no leading zeros."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXK, MAXQ, MAXV = int(opts["maxk"]), int(opts["maxq"]), int(opts["maxv"])
NUMS = re.compile(r"(?:0|[1-9][0-9]*)(?: (?:0|[1-9][0-9]*))*")

data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
for line in lines:
    assert NUMS.fullmatch(line), "non-negative integers separated by single spaces expected"
first = [int(t) for t in lines[0].split(" ")]
assert len(first) == 2, "first line must be `N Q`"
n, q = first
assert 1 <= n <= 1 << MAXK and n & (n - 1) == 0, "N must be a power of two up to 2^maxk"
assert 1 <= q <= MAXQ, "Q out of range"
assert len(lines) == 2 + q, "exactly Q event lines expected after the values"
values = [int(t) for t in lines[1].split(" ")]
assert len(values) == n and all(v <= MAXV for v in values), "N values in range expected"
for line in lines[2:]:
    parts = [int(t) for t in line.split(" ")]
    assert len(parts) == 2, "an event line holds `i x`"
    assert 1 <= parts[0] <= n, "position out of range"
    assert parts[1] <= MAXV, "value out of range"
