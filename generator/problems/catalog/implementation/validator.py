"""Input validator for the implementation tasks: python validator.py variant=V key=value... < input; exit 0 iff
valid. Params: board_moves (maxn, maxlen), robot_cleaner (maxn, maxk), ring_rotation (minn, maxn, maxr, maxa),
arrow_cycle (maxn, maxk)."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
VARIANT = opts["variant"]
P = {k: int(v) for k, v in opts.items() if k != "variant"}
INT = re.compile(r"0|-?[1-9][0-9]*")

data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")


def ints(line, count):
    toks = line.split(" ")
    assert all(INT.fullmatch(t) for t in toks), "malformed integer"
    assert len(toks) == count, "wrong count of integers on a line"
    return [int(t) for t in toks]


if VARIANT == "board_moves":
    assert len(lines) == 3, "expected exactly three lines"
    n, m = ints(lines[0], 2)
    assert 1 <= n <= P["maxn"] and 1 <= m <= P["maxn"], "N or M out of range"
    r, c = ints(lines[1], 2)
    assert 1 <= r <= n and 1 <= c <= m, "start outside the board"
    assert 1 <= len(lines[2]) <= P["maxlen"], "bad number of moves"
    assert set(lines[2]) <= set("UDLR"), "moves must be U, D, L or R"
elif VARIANT == "robot_cleaner":
    n, m = ints(lines[0], 2)
    assert 1 <= n <= P["maxn"] and 1 <= m <= P["maxn"], "N or M out of range"
    assert len(lines) == n + 3, "expected N grid rows and a command line"
    head = lines[1].split(" ")
    assert len(head) == 3 and head[2] in ("N", "E", "S", "W"), "second line: r c d"
    r, c = ints(head[0] + " " + head[1], 2)
    assert 1 <= r <= n and 1 <= c <= m, "start outside the grid"
    grid = lines[2:2 + n]
    assert all(len(row) == m and set(row) <= set(".#") for row in grid), "bad grid row"
    assert grid[r - 1][c - 1] == ".", "the robot must start on a free cell"
    cmds = lines[2 + n]
    assert 1 <= len(cmds) <= P["maxk"], "bad number of commands"
    assert set(cmds) <= set("LRF"), "commands must be L, R or F"
elif VARIANT == "ring_rotation":
    n, m, r = ints(lines[0], 3)
    assert P["minn"] <= n <= P["maxn"] and P["minn"] <= m <= P["maxn"], "N or M out of range"
    assert min(n, m) % 2 == 0, "min(N, M) must be even"
    assert 1 <= r <= P["maxr"], "R out of range"
    assert len(lines) == n + 1, "expected N rows"
    for line in lines[1:]:
        assert all(1 <= v <= P["maxa"] for v in ints(line, m)), "value out of range"
else:
    n, m, k = ints(lines[0], 3)
    assert 1 <= n <= P["maxn"] and 1 <= m <= P["maxn"], "N or M out of range"
    assert 1 <= k <= P["maxk"], "K out of range"
    assert len(lines) == n + 2, "expected the start and N grid rows"
    r, c = ints(lines[1], 2)
    assert 1 <= r <= n and 1 <= c <= m, "start outside the board"
    assert all(len(row) == m and set(row) <= set("UDLR") for row in lines[2:]), "bad grid row"
