"""Input validator: python validator.py maxn= < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN = int(opts["maxn"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
NUM = r"(0|[1-9][0-9]*)"
assert re.fullmatch(rf"{NUM} {NUM}", lines[0]), "N M"
n, m = map(int, lines[0].split())
assert 1 <= n <= MAXN and 0 <= m <= n * (n - 1) // 2, "N or M out of range"
assert len(lines) == m + 1, "M edge lines"
seen = set()
for line in lines[1:]:
    assert re.fullmatch(rf"{NUM} {NUM}", line), "u v"
    u, v = map(int, line.split())
    assert 1 <= u <= n and 1 <= v <= n and u != v, "vertex out of range or loop"
    key = (min(u, v), max(u, v))
    assert key not in seen, "repeated edge"
    seen.add(key)
