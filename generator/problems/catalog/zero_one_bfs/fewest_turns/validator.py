"""Input validator: python validator.py maxh= maxw= < input; exit 0 iff valid. `H W`, then H rows of exactly W
characters from `.#ST` with exactly one `S` and exactly one `T`; final newline, nothing else."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXH, MAXW = int(opts["maxh"]), int(opts["maxw"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
first = re.fullmatch(r"([1-9][0-9]*) ([1-9][0-9]*)", lines[0])
assert first, "first line must be `H W`"
h, w = int(first.group(1)), int(first.group(2))
assert 1 <= h <= MAXH and 1 <= w <= MAXW, "H or W out of range"
assert len(lines) == h + 1, "exactly H rows expected"
for row in lines[1:]:
    assert len(row) == w and re.fullmatch(r"[.#ST]+", row), "bad row"
assert sum(row.count("S") for row in lines[1:]) == 1, "exactly one S"
assert sum(row.count("T") for row in lines[1:]) == 1, "exactly one T"
