"""Input validator: python validator.py maxlen=L < input; exit 0 iff valid. One line: a non-empty balanced string
of round brackets of length <= L."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXLEN = int(opts["maxlen"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
s = data[:-1]
assert re.fullmatch(r"[()]+", s), "one line of round brackets expected"
assert len(s) <= MAXLEN, "string too long"
depth = 0
for ch in s:
    depth += 1 if ch == "(" else -1
    assert depth >= 0, "a prefix closes more than it opens"
assert depth == 0, "unbalanced"
