"""Input validator: python validator.py maxn=N maxlen=L < input; exit 0 iff valid.
"N L", then N words of exactly L lowercase letters, one per line."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXLEN = int(opts["maxn"]), int(opts["maxlen"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "N L expected"
n, length = map(int, lines[0].split())
assert 1 <= n <= MAXN and 1 <= length <= MAXLEN, "N or L out of range"
assert len(lines) == 1 + n, "N words expected, one per line"
word = re.compile(r"[a-z]{%d}" % length)
assert all(word.fullmatch(w) for w in lines[1:]), "words of exactly L lowercase letters"
