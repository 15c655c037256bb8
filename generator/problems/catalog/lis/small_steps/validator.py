"""Input validator for lis.small_steps: python validator.py max_n=N max_k=K max_a=A < input; exit 0 iff valid."""
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAX_N, MAX_K, MAX_A = int(opts["max_n"]), int(opts["max_k"]), int(opts["max_a"])

data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 2, "expected exactly two lines"
head = lines[0].split(" ")
assert len(head) == 2, "first line: N K"
n, k = map(int, head)
assert [str(n), str(k)] == head, "malformed integer"
assert 1 <= n <= MAX_N, "N out of range"
assert 1 <= k <= MAX_K, "K out of range"
parts = lines[1].split(" ")
assert len(parts) == n, "second line: expected N integers"
values = list(map(int, parts))
assert list(map(str, values)) == parts, "malformed integer"
assert 1 <= min(values) and max(values) <= MAX_A, "A_i out of range"
