import sys
from itertools import permutations

data = sys.stdin.read().split()
n = int(data[0])
a = [int(x) for x in data[1:1 + n]]
cnt = [int(x) for x in data[1 + n:5 + n]]
ops = [0] * cnt[0] + [1] * cnt[1] + [2] * cnt[2] + [3] * cnt[3]
hi = lo = None
for order in permutations(ops):  # (N-1)! orders, repeats included
    value = a[0]
    for op, x in zip(order, a[1:]):
        if op == 0:
            value += x
        elif op == 1:
            value -= x
        elif op == 2:
            value *= x
        else:
            value = -(-value // x) if value < 0 else value // x
    if hi is None or value > hi:
        hi = value
    if lo is None or value < lo:
        lo = value
print(hi)
print(lo)
