"""Input validator for the grid tasks of 0-1 BFS: python grid_validator.py variant= maxh= maxw= < input.
`H W`, then H lines of exactly W characters: `.`/`#` with free top-left and bottom-right corners (walls), or
`.`, `#`, `a`-`z`, exactly one `S` and exactly one `T` (portals). Final newline, nothing else."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
VARIANT = opts["variant"]
MAXH, MAXW = int(opts["maxh"]), int(opts["maxw"])
ROW = re.compile(r"[.#]+" if VARIANT == "walls" else r"[.#a-zST]+")

data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
first = re.fullmatch(r"([1-9][0-9]*) ([1-9][0-9]*)", lines[0])
assert first, "first line must be `H W`"
h, w = int(first.group(1)), int(first.group(2))
assert 1 <= h <= MAXH and 1 <= w <= MAXW, "H or W out of range"
assert len(lines) == h + 1, "exactly H rows expected"
for row in lines[1:]:
    assert len(row) == w and ROW.fullmatch(row), "bad row"
grid = lines[1:]
if VARIANT == "walls":
    assert grid[0][0] == "." and grid[h - 1][w - 1] == ".", "corners must be free"
else:
    assert sum(row.count("S") for row in grid) == 1, "exactly one S"
    assert sum(row.count("T") for row in grid) == 1, "exactly one T"
