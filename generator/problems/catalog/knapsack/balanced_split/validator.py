"""Input validator for knapsack.balanced_split: python validator.py maxn= maxa= < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXA = int(opts["maxn"]), int(opts["maxa"])
NUMS = re.compile(r"(?:0|[1-9][0-9]*)(?: (?:0|[1-9][0-9]*))*")
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 2, "expected exactly two lines"
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "N must be a positive integer"
n = int(lines[0])
assert 1 <= n <= MAXN, "N out of range"
assert NUMS.fullmatch(lines[1]), "non-negative integers separated by single spaces expected"
values = [int(t) for t in lines[1].split(" ")]
assert len(values) == n, "expected N values"
assert all(1 <= a <= MAXA for a in values), "value out of range"
