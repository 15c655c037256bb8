"""Input validator for the grid-path DP tasks: python validator.py content=dots|bits|ints maxn= maxm= [minv= maxv=]
< input; exit 0 iff valid. "N M" (1 <= N <= maxn, 1 <= M <= maxm), then exactly N rows: M characters of the
task's alphabet without spaces, or M integers in [minv, maxv] separated by single spaces; a final newline."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
CELLS = opts["content"]
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])

data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "N M expected"
n, m = map(int, lines[0].split())
assert 1 <= n <= MAXN and 1 <= m <= MAXM, "N or M out of range"
assert len(lines) == n + 1, "exactly N rows expected"
if CELLS == "ints":
    MINV, MAXV = int(opts["minv"]), int(opts["maxv"])
    number = re.compile(r"-?(?:0|[1-9][0-9]*)")
    for row in lines[1:]:
        tokens = row.split(" ")
        assert len(tokens) == m, "M integers per row expected"
        for t in tokens:
            assert number.fullmatch(t) and t != "-0", "integer expected"
            assert MINV <= int(t) <= MAXV, "value out of range"
else:
    row_pattern = re.compile("[.#]+" if CELLS == "dots" else "[01]+")
    for row in lines[1:]:
        assert row_pattern.fullmatch(row) and len(row) == m, "a row of M cells expected"
