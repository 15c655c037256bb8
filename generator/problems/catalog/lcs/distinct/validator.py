"""Input validator for lcs.distinct: python validator.py maxn= maxv= < input; exit 0 iff valid. "N M", then N
pairwise distinct integers in [1, maxv], then M pairwise distinct integers in [1, maxv]; single spaces."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
NUMS = re.compile(r"[1-9][0-9]*(?: [1-9][0-9]*)*")

data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 3, "three lines expected"
for line in lines:
    assert NUMS.fullmatch(line), "positive integers separated by single spaces expected"
head = [int(t) for t in lines[0].split(" ")]
assert len(head) == 2, "N M expected"
n, m = head
assert 1 <= n <= MAXN and 1 <= m <= MAXN, "N or M out of range"
for line, count in ((lines[1], n), (lines[2], m)):
    values = [int(t) for t in line.split(" ")]
    assert len(values) == count, "wrong number of values"
    assert all(1 <= v <= MAXV for v in values), "value out of range"
    assert len(set(values)) == count, "values of one list must be pairwise distinct"
