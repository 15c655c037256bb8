"""Obviously correct: look at every value; keep the closest, the smaller one on a tie."""
import sys

data = sys.stdin.read().split()
n, q = int(data[0]), int(data[1])
a = [int(v) for v in data[2:2 + n]]
print(*[min(a, key=lambda v: (abs(v - int(x)), v)) for x in data[2 + n:2 + n + q]])
