"""Input validator: python validator.py maxn= < input; exit 0 iff the input is one line with 1 <= N <= maxn."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN = int(opts["maxn"])
data = sys.stdin.read()
assert re.fullmatch(r"[1-9][0-9]*\n", data), "one positive integer without leading zeros, then a newline"
assert 1 <= int(data) <= MAXN, "N out of range"
