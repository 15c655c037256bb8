"""Input validator for recursion.star_window: python validator.py maxk= maxh= maxp= < input; exit 0 iff valid.
One line "K R C H W": 0 <= K <= maxk, 1 <= H, W <= maxh, R, C >= 0, R + H <= 3^K, C + W <= 3^K (and R + H,
C + W <= maxp = 3^maxk, the stated bound)."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXK, MAXH, MAXP = int(opts["maxk"]), int(opts["maxh"]), int(opts["maxp"])
data = sys.stdin.read()
NUM = r"(0|[1-9][0-9]*)"
assert re.fullmatch(rf"{NUM}( {NUM}){{4}}\n", data), "one line of five non-negative integers 'K R C H W'"
k, r, c, h, w = map(int, data.split())
assert k <= MAXK, "K out of range"
assert 1 <= h <= MAXH and 1 <= w <= MAXH, "H or W out of range"
side = 3 ** k
assert r + h <= side and c + w <= side, "the window leaves the pattern"
assert r + h <= MAXP and c + w <= MAXP, "R + H or C + W out of range"
