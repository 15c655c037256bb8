"""Input validator for the dice task: python validator.py maxn=N maxk=K < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXK = int(opts["maxn"]), int(opts["maxk"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*( [1-9][0-9]*){4}", lines[0]), "first line: N M r c K"
n, m, r, c, k = map(int, lines[0].split())
assert 1 <= n <= MAXN and 1 <= m <= MAXN, "N or M out of range"
assert 1 <= r <= n and 1 <= c <= m, "start outside the board"
assert 1 <= k <= MAXK, "K out of range"
assert len(lines) == n + 2, "expected N rows and one line of commands"
grid = []
for line in lines[1:n + 1]:
    assert re.fullmatch(r"[0-9]( [0-9])*", line), "a row: digits 0-9 separated by single spaces"
    row = line.split(" ")
    assert len(row) == m, "expected M numbers in a row"
    grid.append(row)
assert grid[r - 1][c - 1] == "0", "the start cell holds 0"
assert re.fullmatch(r"[1-4]( [1-4])*", lines[-1]), "commands 1-4 separated by single spaces"
commands = lines[-1].split(" ")
assert len(commands) == k, "expected K commands"
step = {"1": (0, 1), "2": (0, -1), "3": (-1, 0), "4": (1, 0)}
rolled = False
for cmd in commands:
    nr, nc = r + step[cmd][0], c + step[cmd][1]
    if 1 <= nr <= n and 1 <= nc <= m:
        r, c, rolled = nr, nc, True
assert rolled, "at least one command rolls the die"
