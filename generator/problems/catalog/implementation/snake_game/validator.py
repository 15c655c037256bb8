"""Input validator: python validator.py maxn= maxk= maxl= maxx= < input; exit 0 iff valid.
N; K and K distinct apple cells (not (1, 1)); L and L turns "X C" with strictly increasing X in [1, maxx]."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXK, MAXL, MAXX = (int(opts[k]) for k in ("maxn", "maxk", "maxl", "maxx"))
NUM = r"(0|[1-9][0-9]*)"
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(NUM, lines[0]), "N expected"
n = int(lines[0])
assert 1 <= n <= MAXN, "N out of range"
assert len(lines) >= 3 and re.fullmatch(NUM, lines[1]), "K expected"
k = int(lines[1])
assert 0 <= k <= min(MAXK, n * n - 1), "K out of range"
apples = set()
for line in lines[2:2 + k]:
    assert re.fullmatch(rf"{NUM} {NUM}", line), "an apple 'r c' expected"
    r, c = map(int, line.split())
    assert 1 <= r <= n and 1 <= c <= n and (r, c) != (1, 1), "apple outside the board or on the start"
    assert (r, c) not in apples, "two apples on one cell"
    apples.add((r, c))
assert len(lines) >= k + 3 and re.fullmatch(NUM, lines[2 + k]), "L expected"
l = int(lines[2 + k])
assert 0 <= l <= MAXL and len(lines) == k + 3 + l, "L out of range or not L turns"
last = 0
for line in lines[k + 3:]:
    assert re.fullmatch(rf"{NUM} [LR]", line), "a turn 'X C' expected"
    x = int(line.split()[0])
    assert last < x <= MAXX, "turn times must increase and lie in [1, maxx]"
    last = x
