"""Input validator for dp_basics.decode_stars: python validator.py maxn= < input; exit 0 iff valid.
One line of 1..maxn characters, each a digit or '*'."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN = int(opts["maxn"])
data = sys.stdin.read()
assert re.fullmatch(r"[0-9*]+\n", data), "one line of digits and '*'"
assert len(data) - 1 <= MAXN, "too long"
