"""Input validator: python validator.py maxn=N < input; exit 0 iff valid. "N M", then A (N letters), then B (M letters)."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN = int(opts["maxn"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 3, "three lines expected"
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "N M expected"
n, m = map(int, lines[0].split())
assert 1 <= n <= MAXN and 1 <= m <= MAXN, "N or M out of range"
assert re.fullmatch(r"[a-z]+", lines[1]) and len(lines[1]) == n, "A: N lowercase letters expected"
assert re.fullmatch(r"[a-z]+", lines[2]) and len(lines[2]) == m, "B: M lowercase letters expected"
