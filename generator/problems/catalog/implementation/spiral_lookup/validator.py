"""Input validator: python validator.py maxc= maxq= maxv= < input; exit 0 iff valid.
"Q", then Q lines "1 r c" (|r|, |c| <= maxc) or "2 v" (1 <= v <= maxv)."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXC, MAXQ, MAXV = int(opts["maxc"]), int(opts["maxq"]), int(opts["maxv"])
INT = r"(0|-?[1-9][0-9]*)"
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "Q expected"
q = int(lines[0])
assert 1 <= q <= MAXQ and len(lines) == q + 1, "Q out of range or not Q queries"
for line in lines[1:]:
    if re.fullmatch(rf"1 {INT} {INT}", line):
        _, r, c = map(int, line.split())
        assert abs(r) <= MAXC and abs(c) <= MAXC, "coordinate out of range"
    else:
        assert re.fullmatch(r"2 [1-9][0-9]*", line), "a query '1 r c' or '2 v' expected"
        assert int(line.split()[1]) <= MAXV, "v out of range"
