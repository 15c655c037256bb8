"""Input validator for the lost-parentheses task: python validator.py maxlen=L < input; exit 0 iff valid. One line:
numbers of 1 to 5 digits (leading zeros allowed) joined by single '+' or '-'."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXLEN = int(opts["maxlen"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 1, "exactly one line"
expr = lines[0]
assert 1 <= len(expr) <= MAXLEN, "length out of range"
assert re.fullmatch(r"[0-9]{1,5}([+-][0-9]{1,5})*", expr), "numbers of 1 to 5 digits joined by + or -"
