"""Input validator for the knight-moves task: python validator.py maxn=N < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN = int(opts["maxn"])
data = sys.stdin.read()
assert re.fullmatch(r"[1-9][0-9]*\n[1-9][0-9]* [1-9][0-9]* [1-9][0-9]* [1-9][0-9]*\n", data), "format"
n, r1, c1, r2, c2 = map(int, data.split())
assert 1 <= n <= MAXN, "N out of range"
assert max(r1, c1, r2, c2) <= n, "cell outside the board"
