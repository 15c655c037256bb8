"""Input validator for the tie-pairs task: python validator.py maxn=N maxa=A < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXA = int(opts["maxn"]), int(opts["maxa"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 2, "two lines expected"
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "first line: N"
n = int(lines[0])
assert 1 <= n <= MAXN, "N out of range"
number = r"(0|-?[1-9][0-9]*)"
assert re.fullmatch(number + "( " + number + ")*", lines[1]), "integers separated by single spaces"
values = lines[1].split(" ")
assert len(values) == n, "expected N numbers"
assert all(-MAXA <= int(x) <= MAXA for x in values), "a number out of range"
