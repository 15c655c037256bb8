"""Input validator: python validator.py maxn= maxm= maxcost= < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXM, MAXCOST = int(opts["maxn"]), int(opts["maxm"]), int(opts["maxcost"])
INT = re.compile(r"[1-9][0-9]*")


def numbers(line, count):
    parts = line.split(" ")
    assert len(parts) == count and all(INT.fullmatch(p) for p in parts), f"expected {count} positive integers"
    return [int(p) for p in parts]


data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
n, m = numbers(lines[0], 2)
assert 1 <= n <= MAXN and 1 <= m <= MAXM, "N or M out of range"
assert len(lines) == 1 + 2 * m, "two lines per offer"
for k in range(m):
    cost, size = numbers(lines[1 + 2 * k], 2)
    assert cost <= MAXCOST, "cost out of range"
    assert size <= n, "size out of range"
    items = numbers(lines[2 + 2 * k], size)
    assert all(a < b for a, b in zip(items, items[1:])), "items must be strictly increasing"
    assert items[-1] <= n, "item out of range"
