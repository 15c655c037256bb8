"""Input validator: python validator.py maxlen= < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXLEN = int(opts["maxlen"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 2, "two lines"
for line in lines:
    assert re.fullmatch(r"[A-Z]+", line), "a non-empty string of capital letters"
    assert len(line) <= MAXLEN, "string too long"
