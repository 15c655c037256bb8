"""Input validator: python validator.py maxn=N < input; exit 0 iff valid. N (3..maxn), then N rows of N characters
'.' or '#'; the first two cells of the first row are '.'."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN = int(opts["maxn"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "N expected"
n = int(lines[0])
assert 3 <= n <= MAXN, "N out of range"
assert len(lines) == 1 + n, "N rows expected"
row = re.compile(r"[.#]{%d}" % n)
assert all(row.fullmatch(r) for r in lines[1:]), "rows: N characters '.' or '#'"
assert lines[1][:2] == "..", "the pipe's starting cells must be free"
