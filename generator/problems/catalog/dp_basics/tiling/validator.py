"""Input validator for dp_basics.tiling: python validator.py maxn= maxk= < input; exit 0 iff valid.
One line "N K", 1 <= N <= maxn, 1 <= K <= maxk."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXK = int(opts["maxn"]), int(opts["maxk"])
data = sys.stdin.read()
assert re.fullmatch(r"[1-9][0-9]{0,9} [1-9][0-9]{0,9}\n", data), "expected one line 'N K' of positive integers"
n, k = map(int, data.split())
assert n <= MAXN, "N out of range"
assert k <= MAXK, "K out of range"
