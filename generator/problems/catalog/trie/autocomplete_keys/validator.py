"""Input validator: python validator.py maxn=N maxtotal=T < input; exit 0 iff valid. "N", then N pairwise
different words one per line, each 1+ lowercase letters, total length at most T."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXTOTAL = int(opts["maxn"]), int(opts["maxtotal"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "N expected"
n = int(lines[0])
assert 1 <= n <= MAXN and len(lines) == 1 + n, "N words expected, one per line"
word = re.compile(r"[a-z]+")
assert all(word.fullmatch(w) for w in lines[1:]), "each word must be 1+ lowercase letters"
assert sum(map(len, lines[1:])) <= MAXTOTAL, "words too long in total"
assert len(set(lines[1:])) == n, "words must be pairwise different"
