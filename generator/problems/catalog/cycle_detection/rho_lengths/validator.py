"""Input validator for cycle_detection.rho_lengths: python validator.py maxn= < input; exit 0 iff valid.
N, then one line of N integers f(i) with 1 <= f(i) <= N; strict format."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN = int(opts["maxn"])
NUMS = re.compile(r"(?:0|[1-9][0-9]*)(?: (?:0|[1-9][0-9]*))*")

data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 2, "expected exactly two lines"
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "N expected"
n = int(lines[0])
assert 1 <= n <= MAXN, "N out of range"
assert NUMS.fullmatch(lines[1]), "integers separated by single spaces expected"
f = [int(t) for t in lines[1].split(" ")]
assert len(f) == n, "expected N values"
assert all(1 <= x <= n for x in f), "f(i) out of range"
