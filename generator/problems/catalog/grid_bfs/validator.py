"""Input validator for the grid tasks: python validator.py variant=V maxn=N max_k=K < input; exit 0 iff valid."""
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
VARIANT, MAXN, MAX_K = opts["variant"], int(opts["maxn"]), int(opts.get("max_k", "0"))

data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data.split("\n")[:-1]
head = lines[0].split(" ")
if VARIANT == "break_walls":
    assert len(head) == 3, "first line: N M K"
    n, m, k = map(int, head)
    assert 0 <= k <= MAX_K, "K out of range"
else:
    assert len(head) == 2, "first line: N M"
    n, m = map(int, head)
assert all(str(int(t)) == t for t in head), "numbers without leading zeros or signs"
assert 1 <= n <= MAXN and 1 <= m <= MAXN, "N or M out of range"
assert n * m >= 2, "grid needs at least two cells"
grid = lines[1:]
assert len(grid) == n, "expected N grid rows"
for row in grid:
    assert len(row) == m and set(row) <= set(".#SE"), "bad grid row"
flat = "".join(grid)
assert flat.count("S") == 1, "exactly one S"
exits = flat.count("E")
if VARIANT == "nearest_exit":
    assert exits >= 1, "at least one E"
else:
    assert exits == 1, "exactly one E"
if VARIANT == "corners":
    assert grid[0][0] == "S" and grid[n - 1][m - 1] == "E", "S top-left, E bottom-right"
