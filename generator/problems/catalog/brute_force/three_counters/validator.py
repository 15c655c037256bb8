"""Input validator: python validator.py maxc= < input; exit 0 iff valid: "P Q R" in [1, maxc], then "E S M" with
1 <= E <= P, 1 <= S <= Q, 1 <= M <= R."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXC = int(opts["maxc"])
data = sys.stdin.read()
m = re.fullmatch(r"([1-9][0-9]*) ([1-9][0-9]*) ([1-9][0-9]*)\n([1-9][0-9]*) ([1-9][0-9]*) ([1-9][0-9]*)\n", data)
assert m, "two lines of three positive integers"
p, q, r, e, s, mm = map(int, m.groups())
assert all(1 <= x <= MAXC for x in (p, q, r)), "length out of range"
assert 1 <= e <= p and 1 <= s <= q and 1 <= mm <= r, "name out of range"
