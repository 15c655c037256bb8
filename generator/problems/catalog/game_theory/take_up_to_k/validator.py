"""Input validator for game_theory.take_up_to_k: python validator.py maxt= maxn= < input; exit 0 iff valid.
"T", then T lines "N K" with 1 <= N, K <= maxn."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXT, MAXN = int(opts["maxt"]), int(opts["maxn"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "T must be a positive integer"
t = int(lines[0])
assert t <= MAXT, "T out of range"
assert len(lines) == t + 1, "expected T lines of games"
for line in lines[1:]:
    assert re.fullmatch(r"[1-9][0-9]{0,18} [1-9][0-9]{0,18}", line), "two positive integers 'N K' separated by a space"
    n, k = map(int, line.split())
    assert n <= MAXN and k <= MAXN, "N or K out of range"
