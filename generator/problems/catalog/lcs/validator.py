"""Input validator for the two-string LCS / edit-distance tasks: python validator.py alphabet=upper|lower
maxlen= ... < input; exit 0 iff valid. Exactly two lines, each a string of 1..maxlen letters of the task's case
(no spaces), and a final newline."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXLEN = int(opts["maxlen"])
WORD = re.compile("[A-Z]+" if opts["alphabet"] == "upper" else "[a-z]+")

data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 2, "exactly two lines expected"
for line in lines:
    assert WORD.fullmatch(line), "a non-empty string of letters of the stated case expected"
    assert len(line) <= MAXLEN, "string too long"
