"""Input validator: python validator.py maxn= maxp= maxc= < input; exit 0 iff valid. "N K", N prices, N needs."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXP, MAXC = int(opts["maxn"]), int(opts["maxp"]), int(opts["maxc"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 3, "three lines expected"
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "N K expected"
n, k = map(int, lines[0].split())
assert 1 <= n <= MAXN and 1 <= k <= n, "N or K out of range"
number_list = r"(0|[1-9][0-9]*)( (0|[1-9][0-9]*))*"
assert re.fullmatch(number_list, lines[1]) and re.fullmatch(number_list, lines[2]), "integers, single spaces"
prices = [int(x) for x in lines[1].split(" ")]
needs = [int(x) for x in lines[2].split(" ")]
assert len(prices) == n and all(1 <= p <= MAXP for p in prices), "N prices in range expected"
assert len(needs) == n and all(0 <= c <= MAXC for c in needs), "N needs in range expected"
