"""Input validator for sieve.goldbach: python validator.py maxt=T maxn=N < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXT, MAXN = int(opts["maxt"]), int(opts["maxn"])
INT = re.compile(r"0|[1-9][0-9]*")
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert all(INT.fullmatch(line) for line in lines), "one non-negative integer per line"
t = int(lines[0])
assert 1 <= t <= MAXT, "T out of range"
assert len(lines) == t + 1, "expected T numbers, one per line"
for line in lines[1:]:
    n = int(line)
    assert 4 <= n <= MAXN and n % 2 == 0, "N_i must be even, 4 <= N_i <= max"
