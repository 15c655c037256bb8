"""Input validator: python validator.py maxn=N maxb=B maxm=M < input; exit 0 iff valid. S (1..N lowercase
letters), then "K B M" with 1 <= K <= |S|, 2 <= B <= maxb, 2 <= M <= maxm."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXB, MAXM = int(opts["maxn"]), int(opts["maxb"]), int(opts["maxm"])
data = sys.stdin.read()
assert re.fullmatch(r"[a-z]+\n[1-9][0-9]* [1-9][0-9]* [1-9][0-9]*\n", data), "layout: S, then 'K B M'"
s, params = data.split("\n")[:2]
k, b, m = map(int, params.split())
assert len(s) <= MAXN, "S too long"
assert 1 <= k <= len(s), "K out of range"
assert 2 <= b <= MAXB, "B out of range"
assert 2 <= m <= MAXM, "M out of range"
