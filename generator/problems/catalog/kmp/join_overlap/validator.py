"""Input validator: python validator.py maxn= < input; exit 0 iff valid. Two lines, A and B, each 1..maxn
lowercase letters."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN = int(opts["maxn"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 2, "two lines expected"
for line in lines:
    assert re.fullmatch(r"[a-z]+", line), "lowercase letters expected"
    assert len(line) <= MAXN, "string too long"
