"""Input validator for sieve.segmented: python validator.py maxr=R maxw=W < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXR, MAXW = int(opts["maxr"]), int(opts["maxw"])
data = sys.stdin.read()
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*\n", data), "one line: L R"
lo, hi = map(int, data.split())
assert 1 <= lo <= hi <= MAXR, "need 1 <= L <= R <= max"
assert hi - lo <= MAXW, "R - L too large"
