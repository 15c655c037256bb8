"""Input validator: python validator.py maxl= maxq= < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXL, MAXQ = int(opts["maxl"]), int(opts["maxq"])
data = sys.stdin.read()
assert re.fullmatch(r"[ABC?]+\n", data), "one line of A, B, C and ?"
s = data[:-1]
assert len(s) <= MAXL and s.count("?") <= MAXQ, "too long or too many ?"
