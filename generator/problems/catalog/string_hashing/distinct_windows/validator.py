"""Input validator: python validator.py maxn=N < input; exit 0 iff valid. "N K" with 1 <= K <= N, then N lowercase letters."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN = int(opts["maxn"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 2, "two lines expected"
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "N K expected"
n, k = map(int, lines[0].split())
assert 1 <= n <= MAXN and 1 <= k <= n, "N or K out of range"
assert re.fullmatch(r"[a-z]+", lines[1]) and len(lines[1]) == n, "N lowercase letters expected"
