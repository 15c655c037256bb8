"""Obviously correct: every order of the operators, evaluated left to right, division truncating toward zero."""
import sys
from itertools import permutations

data = sys.stdin.read().split()
n = int(data[0])
a = [int(x) for x in data[1:1 + n]]
cnt = [int(x) for x in data[1 + n:5 + n]]
ops = "+" * cnt[0] + "-" * cnt[1] + "*" * cnt[2] + "/" * cnt[3]
results = []
for order in set(permutations(ops)):
    value = a[0]
    for op, x in zip(order, a[1:]):
        if op == "+":
            value = value + x
        elif op == "-":
            value = value - x
        elif op == "*":
            value = value * x
        else:
            q = abs(value) // x
            value = q if value >= 0 else -q
    results.append(value)
print(max(results))
print(min(results))
