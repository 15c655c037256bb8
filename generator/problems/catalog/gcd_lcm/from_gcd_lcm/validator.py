"""Input validator for gcd_lcm.from_gcd_lcm: python validator.py maxv=V < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXV = int(opts["maxv"])
data = sys.stdin.read()
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*\n", data), "one line: two positive integers separated by a space"
g, l = map(int, data.split())
assert g <= MAXV and l <= MAXV, "G, L out of range"
