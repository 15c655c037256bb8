"""Input validator: python validator.py maxn=N < input; exit 0 iff valid. 'N M', then M distinct integers in 1..N."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN = int(opts["maxn"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 2, "two lines expected"
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "N and M expected"
n, m = map(int, lines[0].split())
assert 1 <= n <= MAXN, "N out of range"
assert 1 <= m <= n, "M out of range"
assert re.fullmatch(r"[1-9][0-9]*( [1-9][0-9]*)*", lines[1]), "positive integers separated by single spaces"
wanted = [int(x) for x in lines[1].split(" ")]
assert len(wanted) == m, "M numbers expected"
assert all(w <= n for w in wanted), "numbers must be at most N"
assert len(set(wanted)) == m, "numbers must be distinct"
