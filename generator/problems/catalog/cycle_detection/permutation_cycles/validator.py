"""Input validator: python validator.py maxn= < input; exit 0 iff valid. `N` (1 <= N <= maxn), then one line of N
integers forming a permutation of 1..N; single spaces, final newline, no leading zeros."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN = int(opts["maxn"])
NUMBER = re.compile(r"0|[1-9][0-9]*")

data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 2, "exactly two lines expected"
assert NUMBER.fullmatch(lines[0]), "first line must be N"
n = int(lines[0])
assert 1 <= n <= MAXN, "N out of range"
parts = lines[1].split(" ")
assert len(parts) == n, "exactly N numbers expected"
assert all(NUMBER.fullmatch(t) for t in parts), "numbers must be plain integers"
values = [int(t) for t in parts]
assert sorted(values) == list(range(1, n + 1)), "not a permutation of 1..N"
