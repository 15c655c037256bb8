"""Input validator for implementation.spiral: python validator.py maxn=N < input; exit 0 iff valid."""
import re
import sys

MAXN = int(dict(arg.split("=", 1) for arg in sys.argv[1:])["maxn"])
data = sys.stdin.read()
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*\n", data), "one line: N M"
n, m = map(int, data.split())
assert 1 <= n <= MAXN and 1 <= m <= MAXN, "N or M out of range"
