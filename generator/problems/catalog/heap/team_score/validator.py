"""Input validator: python validator.py maxn= maxs= maxe= < input; exit 0 iff valid. "N K" (1 <= K <= N), then
N lines "s e" with 1 <= s <= maxs, 1 <= e <= maxe."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXS, MAXE = (int(opts[k]) for k in ("maxn", "maxs", "maxe"))
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
pair = re.compile(r"[1-9][0-9]* [1-9][0-9]*")
assert pair.fullmatch(lines[0]), "N K expected"
n, k = map(int, lines[0].split())
assert 1 <= n <= MAXN and 1 <= k <= n and len(lines) == n + 1, "N or K out of range, or not N members"
for line in lines[1:]:
    assert pair.fullmatch(line), "s e expected"
    s, e = map(int, line.split())
    assert s <= MAXS and e <= MAXE, "s or e out of range"
