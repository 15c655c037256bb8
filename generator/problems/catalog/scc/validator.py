"""Input validator: python validator.py maxn= maxm= < input; exit 0 iff valid. `N M`, then exactly M lines `u v`
with 1 <= u, v <= N, u != v and no ordered pair twice; single spaces, final newline, no leading zeros."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
PAIR = re.compile(r"(0|[1-9][0-9]*) (0|[1-9][0-9]*)")

data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
first = PAIR.fullmatch(lines[0])
assert first, "first line must be `N M`"
n, m = int(first.group(1)), int(first.group(2))
assert 1 <= n <= MAXN, "N out of range"
assert 0 <= m <= MAXM, "M out of range"
assert len(lines) == m + 1, "exactly M edge lines expected"
seen = set()
for line in lines[1:]:
    match = PAIR.fullmatch(line)
    assert match, "edge line must be `u v`"
    u, v = int(match.group(1)), int(match.group(2))
    assert 1 <= u <= n and 1 <= v <= n, "vertex out of range"
    assert u != v, "self-loop"
    assert (u, v) not in seen, "repeated edge"
    seen.add((u, v))
