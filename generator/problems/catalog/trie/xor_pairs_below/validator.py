"""Input validator: python validator.py maxn=N maxv=V maxk=K < input; exit 0 iff valid. "N K", then a line of
N integers 0..V separated by single spaces, no leading zeros."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXV, MAXK = int(opts["maxn"]), int(opts["maxv"]), int(opts["maxk"])
data = sys.stdin.read()
NUM = r"(0|[1-9][0-9]*)"
assert re.fullmatch(rf"[1-9][0-9]* {NUM}\n{NUM}( {NUM})*\n", data), "layout: 'N K' then one line of values"
lines = data.split("\n")
n, k = map(int, lines[0].split())
values = list(map(int, lines[1].split()))
assert 1 <= n <= MAXN, "N out of range"
assert 0 <= k <= MAXK, "K out of range"
assert len(values) == n, "exactly N values expected"
assert all(0 <= v <= MAXV for v in values), "value out of range"
