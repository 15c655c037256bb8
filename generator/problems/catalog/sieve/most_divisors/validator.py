"""Input validator for sieve.most_divisors: python validator.py maxq=Q maxn=N < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXQ, MAXN = int(opts["maxq"]), int(opts["maxn"])
data = sys.stdin.read()
match = re.fullmatch(r"([1-9][0-9]*)\n([1-9][0-9]*(?: [1-9][0-9]*)*)\n", data)
assert match, "two lines: Q, then Q positive integers separated by single spaces"
q = int(match.group(1))
values = list(map(int, match.group(2).split(" ")))
assert 1 <= q <= MAXQ, "Q out of range"
assert len(values) == q, "expected Q numbers"
assert all(1 <= v <= MAXN for v in values), "N_i out of range"
