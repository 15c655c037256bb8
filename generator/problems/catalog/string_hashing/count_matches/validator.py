"""Input validator: python validator.py maxn=N < input; exit 0 iff valid. T (1..N lowercase letters), then P
(1..|T| lowercase letters)."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN = int(opts["maxn"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 2, "two lines expected"
t, p = lines
assert re.fullmatch(r"[a-z]+", t) and len(t) <= MAXN, "T expected"
assert re.fullmatch(r"[a-z]+", p) and len(p) <= len(t), "P expected"
