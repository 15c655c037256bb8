"""Input validator for game_theory.subtraction_game: python validator.py maxk= maxs= maxq= maxn= < input.
"K", then K different integers in [1, maxs], then "Q" and Q lines with one integer in [1, maxn]."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXK, MAXS, MAXQ, MAXN = (int(opts[key]) for key in ("maxk", "maxs", "maxq", "maxn"))
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) >= 3, "expected K, the moves and Q"
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "K must be a positive integer"
k = int(lines[0])
assert k <= MAXK, "K out of range"
assert re.fullmatch(r"[1-9][0-9]*( [1-9][0-9]*)*", lines[1]), "the moves: positive integers separated by single spaces"
moves = list(map(int, lines[1].split()))
assert len(moves) == k, "expected K moves"
assert all(s <= MAXS for s in moves), "a move out of range"
assert len(set(moves)) == k, "the moves must be different"
assert re.fullmatch(r"[1-9][0-9]*", lines[2]), "Q must be a positive integer"
q = int(lines[2])
assert q <= MAXQ, "Q out of range"
assert len(lines) == q + 3, "expected Q lines of games"
for line in lines[3:]:
    assert re.fullmatch(r"[1-9][0-9]*", line), "N must be one positive integer"
    assert int(line) <= MAXN, "N out of range"
