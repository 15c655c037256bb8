"""Input validator: python validator.py maxn=N maxq=Q maxtotal=T < input; exit 0 iff valid.
"N Q", then N words and Q queries, one per line, each 1+ lowercase letters; total lengths bounded."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXQ, MAXTOTAL = int(opts["maxn"]), int(opts["maxq"]), int(opts["maxtotal"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "N Q expected"
n, q = map(int, lines[0].split())
assert 1 <= n <= MAXN and 1 <= q <= MAXQ, "N or Q out of range"
assert len(lines) == 1 + n + q, "N words and Q queries expected, one per line"
word = re.compile(r"[a-z]+")
assert all(word.fullmatch(s) for s in lines[1:]), "each line must be 1+ lowercase letters"
assert sum(map(len, lines[1:1 + n])) <= MAXTOTAL, "words too long in total"
assert sum(map(len, lines[1 + n:])) <= MAXTOTAL, "queries too long in total"
