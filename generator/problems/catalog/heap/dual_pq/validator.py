"""Input validator: python validator.py maxq=Q maxv=V < input; exit 0 iff valid. Q, then Q lines "I x" or
"D 1" or "D -1"."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXQ, MAXV = int(opts["maxq"]), int(opts["maxv"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "Q expected"
q = int(lines[0])
assert 1 <= q <= MAXQ and len(lines) == q + 1, "Q out of range or wrong number of lines"
for line in lines[1:]:
    if line.startswith("I "):
        assert re.fullmatch(r"I (0|-?[1-9][0-9]*)", line), "I x expected"
        assert -MAXV <= int(line[2:]) <= MAXV, "x out of range"
    else:
        assert line in ("D 1", "D -1"), "D 1 or D -1 expected"
