"""Obviously correct: count the equal values one by one."""
import sys

data = sys.stdin.read().split()
n, q = int(data[0]), int(data[1])
a = [int(v) for v in data[2:2 + n]]
print(*[sum(1 for v in a if v == int(x)) for x in data[2 + n:2 + n + q]])
