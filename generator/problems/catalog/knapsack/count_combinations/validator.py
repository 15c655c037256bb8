"""Input validator: python validator.py max_n= max_s= max_a= < input; exit 0 iff valid.
"N S" (1 <= N <= max_n, 1 <= S <= max_s), then N pairwise different values 1 <= a_i <= max_a on one line."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXS, MAXA = int(opts["max_n"]), int(opts["max_s"]), int(opts["max_a"])
NUM = r"[1-9][0-9]*"
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 2, "two lines"
head = re.fullmatch(f"({NUM}) ({NUM})", lines[0])
assert head, "N S first"
n, s = int(head.group(1)), int(head.group(2))
assert n <= MAXN and s <= MAXS, "N or S out of range"
assert re.fullmatch(f"{NUM}(?: {NUM})*", lines[1]), "positive integers separated by single spaces"
values = [int(x) for x in lines[1].split(" ")]
assert len(values) == n, "N values"
assert all(a <= MAXA for a in values), "value out of range"
assert len(set(values)) == n, "values must be pairwise different"
