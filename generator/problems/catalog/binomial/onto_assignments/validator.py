"""Input validator for binomial.onto_assignments: python validator.py maxn=N maxk=K < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXK = int(opts["maxn"]), int(opts["maxk"])
data = sys.stdin.read()
assert re.fullmatch(r"[1-9][0-9]{0,18} [1-9][0-9]*\n", data), "one line: N K"
n, k = map(int, data.split())
assert n <= MAXN, "N out of range"
assert k <= MAXK, "K out of range"
