"""Input validator for topological_sort.direct_pairs: python validator.py maxn= maxm= < input; exit 0 iff valid.
`N M`, then M lines `t u v` with t in {0, 1}, 1 <= u, v <= N, u != v, no unordered pair twice; strict format."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
NUM = re.compile(r"0|[1-9][0-9]*")

data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
head = lines[0].split(" ")
assert len(head) == 2 and all(NUM.fullmatch(p) for p in head), "N M expected"
n, m = int(head[0]), int(head[1])
assert 1 <= n <= MAXN and 0 <= m <= MAXM, "N or M out of range"
assert len(lines) == m + 1, "expected exactly M pair lines"
seen = set()
for line in lines[1:]:
    parts = line.split(" ")
    assert len(parts) == 3 and all(NUM.fullmatch(p) for p in parts), "three integers expected"
    t, u, v = map(int, parts)
    assert t in (0, 1), "t must be 0 or 1"
    assert 1 <= u <= n and 1 <= v <= n and u != v, "bad item"
    key = (min(u, v), max(u, v))
    assert key not in seen, "a pair of items appears twice"
    seen.add(key)
