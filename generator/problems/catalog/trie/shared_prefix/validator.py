"""Input validator: python validator.py maxn=N maxlen=L < input; exit 0 iff valid. "N", then N words one per line,
each 1..L lowercase letters."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXLEN = int(opts["maxn"]), int(opts["maxlen"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "N expected"
n = int(lines[0])
assert 1 <= n <= MAXN and len(lines) == 1 + n, "N words expected, one per line"
assert all(re.fullmatch(r"[a-z]+", w) and len(w) <= MAXLEN for w in lines[1:]), "words of 1..L lowercase letters"
