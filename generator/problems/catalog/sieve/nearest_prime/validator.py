"""Input validator for sieve.nearest_prime: python validator.py maxn=N < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN = int(opts["maxn"])
data = sys.stdin.read()
assert re.fullmatch(r"[1-9][0-9]*\n", data), "one line: N"
assert 1 <= int(data) <= MAXN, "need 1 <= N <= max"
