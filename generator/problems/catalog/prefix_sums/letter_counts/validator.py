"""Input validator for prefix_sums.letter_counts: python validator.py max_n= max_q= < input; exit 0 iff valid."""
import string
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAX_N, MAX_Q = int(opts["max_n"]), int(opts["max_q"])
LOWER = set(string.ascii_lowercase)
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")


def ints(parts, what):
    values = list(map(int, parts))
    assert list(map(str, values)) == parts, what + ": malformed integer"
    return values


head = lines[0].split(" ")
assert len(head) == 2, "first line: expected N and Q"
n, q = ints(head, "first line")
assert 1 <= n <= MAX_N and 1 <= q <= MAX_Q, "N or Q out of range"
assert len(lines) == 2 + q, "expected S and Q query lines"
s = lines[1]
assert len(s) == n and set(s) <= LOWER, "S must be N lowercase letters"
for line in lines[2:]:
    parts = line.split(" ")
    assert len(parts) == 3, "query: expected l r c"
    l, r = ints(parts[:2], "query")
    assert 1 <= l <= r <= n, "need 1 <= l <= r <= N"
    assert len(parts[2]) == 1 and parts[2] in LOWER, "c must be one lowercase letter"
