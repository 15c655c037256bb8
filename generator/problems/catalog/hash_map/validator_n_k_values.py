"""Input validator of the tasks whose input is "N K" and N integers (pair_sum, subarray_sum):
python validator_n_k_values.py maxn=N maxv=V minv=W maxk=K mink=L < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXV, MAXK = int(opts["maxn"]), int(opts["maxv"]), int(opts["maxk"])
MINV, MINK = int(opts["minv"]), int(opts["mink"])
INT = r"(0|-?[1-9][0-9]*)"
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 2, "two lines expected"
assert re.fullmatch(r"[1-9][0-9]* " + INT, lines[0]), "N K expected"
n, k = map(int, lines[0].split())
assert 1 <= n <= MAXN and MINK <= k <= MAXK, "N or K out of range"
assert re.fullmatch(INT + "( " + INT + ")*", lines[1]), "integers separated by single spaces"
values = [int(x) for x in lines[1].split(" ")]
assert len(values) == n and all(MINV <= v <= MAXV for v in values), "N values in range expected"
