"""Input validator for game_theory.grundy_piles: python validator.py maxk= maxs= maxt= maxsum= maxa= < input.
"K", K different integers in [1, maxs], "T", then per game a line "N" and a line of N integers in [1, maxa];
the sum of N is at most maxsum."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXK, MAXS, MAXT, MAXSUM, MAXA = (int(opts[key]) for key in ("maxk", "maxs", "maxt", "maxsum", "maxa"))
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) >= 3, "expected K, the moves and T"
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "K must be a positive integer"
k = int(lines[0])
assert k <= MAXK, "K out of range"
assert re.fullmatch(r"[1-9][0-9]*( [1-9][0-9]*)*", lines[1]), "the moves: positive integers separated by single spaces"
moves = list(map(int, lines[1].split()))
assert len(moves) == k, "expected K moves"
assert all(s <= MAXS for s in moves), "a move out of range"
assert len(set(moves)) == k, "the moves must be different"
assert re.fullmatch(r"[1-9][0-9]*", lines[2]), "T must be a positive integer"
t = int(lines[2])
assert t <= MAXT, "T out of range"
assert len(lines) == 2 * t + 3, "expected two lines per game"
total = 0
for g in range(t):
    assert re.fullmatch(r"[1-9][0-9]*", lines[3 + 2 * g]), "N must be a positive integer"
    n = int(lines[3 + 2 * g])
    total += n
    assert total <= MAXSUM, "the sum of N is too large"
    assert re.fullmatch(r"[1-9][0-9]*( [1-9][0-9]*)*", lines[4 + 2 * g]), "pile sizes: positive integers, single spaces"
    piles = lines[4 + 2 * g].split()
    assert len(piles) == n, "expected N pile sizes"
    assert all(len(a) <= 7 and int(a) <= MAXA for a in piles), "a pile size out of range"
