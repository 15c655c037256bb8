"""Input validator for the directed reach-vertex-1 task: python validator.py maxn= maxm= < input; exit 0 iff valid
(directed edges, no self-loop, no repeated ordered pair, strict format)."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
NUMS = re.compile(r"(?:0|[1-9][0-9]*) (?:0|[1-9][0-9]*)")
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert all(NUMS.fullmatch(line) for line in lines), "two non-negative integers per line expected"
n, m = map(int, lines[0].split())
assert 1 <= n <= MAXN and 0 <= m <= MAXM, "N or M out of range"
assert len(lines) == m + 1, "expected M edge lines"
seen = set()
for line in lines[1:]:
    u, v = map(int, line.split())
    assert 1 <= u <= n and 1 <= v <= n and u != v, "bad edge"
    assert (u, v) not in seen, "repeated edge"
    seen.add((u, v))
