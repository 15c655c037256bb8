"""Input validator: python validator.py maxp= < input; exit 0 iff valid. One line `N K` with
0 <= N, K <= maxp; single space, no leading zeros, final newline."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXP = int(opts["maxp"])
data = sys.stdin.read()
assert re.fullmatch(r"(?:0|[1-9][0-9]*) (?:0|[1-9][0-9]*)\n", data), "one line `N K` expected"
n, k = map(int, data.split())
assert 0 <= n <= MAXP and 0 <= k <= MAXP, "N or K out of range"
