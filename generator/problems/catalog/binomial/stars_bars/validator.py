"""Input validator for binomial.stars_bars: python validator.py maxv=V < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXV = int(opts["maxv"])
data = sys.stdin.read()
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]* (0|[1-9][0-9]*)\n", data), "one line: N K L"
n, k, low = map(int, data.split())
assert n <= MAXV and k <= MAXV and low <= MAXV, "a value is out of range"
