"""Input validator shared by game_theory.nim and game_theory.misere_nim (one input format, two games):
python validator_piles.py maxt= maxsum= maxa= < input; exit 0 iff valid.
"T", then per game a line "N" and a line of N integers in [1, maxa]; the sum of N is at most maxsum."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXT, MAXSUM, MAXA = int(opts["maxt"]), int(opts["maxsum"]), int(opts["maxa"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "T must be a positive integer"
t = int(lines[0])
assert t <= MAXT, "T out of range"
assert len(lines) == 2 * t + 1, "expected two lines per game"
total = 0
for g in range(t):
    assert re.fullmatch(r"[1-9][0-9]*", lines[1 + 2 * g]), "N must be a positive integer"
    n = int(lines[1 + 2 * g])
    total += n
    assert total <= MAXSUM, "the sum of N is too large"
    assert re.fullmatch(r"[1-9][0-9]*( [1-9][0-9]*)*", lines[2 + 2 * g]), "pile sizes: positive integers, single spaces"
    piles = lines[2 + 2 * g].split()
    assert len(piles) == n, "expected N pile sizes"
    assert all(len(a) <= 10 and int(a) <= MAXA for a in piles), "a pile size out of range"
