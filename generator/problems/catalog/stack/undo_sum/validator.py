"""Input validator: python validator.py maxk=K maxv=V < input; exit 0 iff valid. K, then K lines with one integer
in [0, V]; every 0 finds a written number to erase."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXK, MAXV = int(opts["maxk"]), int(opts["maxv"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "K expected"
k = int(lines[0])
assert 1 <= k <= MAXK, "K out of range"
assert len(lines) == k + 1, "K lines expected"
alive = 0
for line in lines[1:]:
    assert re.fullmatch(r"0|[1-9][0-9]*", line), "one non-negative integer per line"
    x = int(line)
    assert x <= MAXV, "value out of range"
    if x == 0:
        assert alive > 0, "a 0 with nothing left to erase"
        alive -= 1
    else:
        alive += 1
