"""Input validator: python validator.py maxn= maxm= < input; exit 0 iff valid. `N M K`, M lines `u v`
(1 <= u, v <= N, u != v, no unordered pair twice), then K lines `v s` (1 <= v <= N distinct, s in {1, 2});
0 <= K <= N; single spaces, final newline, no leading zeros."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
NUM = r"(0|[1-9][0-9]*)"
TRIPLE = re.compile(f"{NUM} {NUM} {NUM}")
PAIR = re.compile(f"{NUM} {NUM}")

data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
first = TRIPLE.fullmatch(lines[0])
assert first, "first line must be `N M K`"
n, m, k = (int(first.group(i)) for i in (1, 2, 3))
assert 1 <= n <= MAXN, "N out of range"
assert 0 <= m <= MAXM, "M out of range"
assert 0 <= k <= n, "K out of range"
assert len(lines) == 1 + m + k, "exactly M edge lines and K announcement lines expected"
seen = set()
for line in lines[1:m + 1]:
    match = PAIR.fullmatch(line)
    assert match, "edge line must be `u v`"
    u, v = int(match.group(1)), int(match.group(2))
    assert 1 <= u <= n and 1 <= v <= n, "vertex out of range"
    assert u != v, "self-loop"
    key = (min(u, v), max(u, v))
    assert key not in seen, "repeated edge"
    seen.add(key)
announced = set()
for line in lines[m + 1:]:
    match = PAIR.fullmatch(line)
    assert match, "announcement line must be `v s`"
    v, s = int(match.group(1)), int(match.group(2))
    assert 1 <= v <= n, "announced vertex out of range"
    assert s in (1, 2), "side must be 1 or 2"
    assert v not in announced, "vertex announced twice"
    announced.add(v)
