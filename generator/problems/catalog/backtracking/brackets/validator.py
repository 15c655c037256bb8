"""Input validator: python validator.py maxn= < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN = int(opts["maxn"])
data = sys.stdin.read()
match = re.fullmatch(r"([1-9][0-9]*)\n([()]+)\n", data)
assert match, "N, then a prefix of '(' and ')'"
n = int(match.group(1))
assert 1 <= n <= MAXN and len(match.group(2)) <= 2 * n, "N out of range or prefix longer than 2N"
