"""Input validator: python validator.py maxn=N maxh=H < input; exit 0 iff valid. N, then N heights, one per line."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXH = int(opts["maxn"]), int(opts["maxh"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert all(re.fullmatch(r"[1-9][0-9]*", line) for line in lines), "one positive integer per line"
n = int(lines[0])
assert 1 <= n <= MAXN and len(lines) == n + 1, "N out of range or wrong number of lines"
assert all(int(x) <= MAXH for x in lines[1:]), "height out of range"
