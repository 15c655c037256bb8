"""Input validator: python validator.py maxn= maxl= maxt= < input; exit 0 iff valid.
"N L T", then N lines "p d" with distinct 0 <= p <= L and d in {L, R}."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXL, MAXT = int(opts["maxn"]), int(opts["maxl"]), int(opts["maxt"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]* [1-9][0-9]*", lines[0]), "N L T expected"
n, length, t = map(int, lines[0].split())
assert 1 <= n <= MAXN and 1 <= length <= MAXL and 1 <= t <= MAXT, "N, L or T out of range"
assert len(lines) == n + 1, "N ants expected"
seen = set()
for line in lines[1:]:
    assert re.fullmatch(r"(0|[1-9][0-9]*) [LR]", line), "an ant 'p d' expected"
    p = int(line.split()[0])
    assert p <= length, "ant outside the rod"
    assert p not in seen, "two ants at one point"
    seen.add(p)
