"""Input validator: python validator.py maxn=N maxtotal=T < input; exit 0 iff valid.
"N", then N strings one per line, each 1+ lowercase letters, total length bounded."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXTOTAL = int(opts["maxn"]), int(opts["maxtotal"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "N expected"
n = int(lines[0])
assert 1 <= n <= MAXN, "N out of range"
assert len(lines) == 1 + n, "N strings expected, one per line"
word = re.compile(r"[a-z]+")
assert all(word.fullmatch(s) for s in lines[1:]), "each line must be 1+ lowercase letters"
assert sum(map(len, lines[1:])) <= MAXTOTAL, "strings too long in total"
