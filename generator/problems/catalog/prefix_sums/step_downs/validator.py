"""Input validator: python validator.py max_n= max_q= max_a= < input; exit 0 iff valid.
N (1..max_n), N values 1..max_a on one line, Q (1..max_q), then Q lines "x y" with 1 <= x <= y <= N."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXQ, MAXA = int(opts["max_n"]), int(opts["max_q"]), int(opts["max_a"])
NUM = r"[1-9][0-9]*"
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(NUM, lines[0]), "N first"
n = int(lines[0])
assert n <= MAXN, "N out of range"
assert len(lines) >= 3, "values and Q"
assert re.fullmatch(f"{NUM}(?: {NUM})*", lines[1]), "positive values separated by single spaces"
values = lines[1].split(" ")
assert len(values) == n, "N values"
assert all(int(v) <= MAXA for v in values), "value out of range"
assert re.fullmatch(NUM, lines[2]), "Q"
q = int(lines[2])
assert q <= MAXQ, "Q out of range"
assert len(lines) == 3 + q, "Q query lines"
for line in lines[3:]:
    m = re.fullmatch(f"({NUM}) ({NUM})", line)
    assert m, "x y"
    x, y = int(m.group(1)), int(m.group(2))
    assert x <= y <= n, "1 <= x <= y <= N"
