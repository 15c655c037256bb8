"""Input validator for topological_sort.flipped_ranking: python validator.py maxn= maxm= < input; exit 0 iff valid.
N; a permutation of 1..N; M; M lines `a b` with a != b, no unordered pair twice; strict format."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
NUM = re.compile(r"0|[1-9][0-9]*")

data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) >= 3 and NUM.fullmatch(lines[0]), "N expected"
n = int(lines[0])
assert 1 <= n <= MAXN, "N out of range"
ranking = lines[1].split(" ")
assert len(ranking) == n and all(NUM.fullmatch(p) for p in ranking), "N numbers expected"
assert sorted(int(p) for p in ranking) == list(range(1, n + 1)), "the ranking must be a permutation of 1..N"
assert NUM.fullmatch(lines[2]), "M expected"
m = int(lines[2])
assert 0 <= m <= MAXM, "M out of range"
assert len(lines) == m + 3, "expected exactly M pair lines"
seen = set()
for line in lines[3:]:
    parts = line.split(" ")
    assert len(parts) == 2 and all(NUM.fullmatch(p) for p in parts), "two integers expected"
    a, b = map(int, parts)
    assert 1 <= a <= n and 1 <= b <= n and a != b, "bad pair"
    key = (min(a, b), max(a, b))
    assert key not in seen, "a pair appears twice"
    seen.add(key)
