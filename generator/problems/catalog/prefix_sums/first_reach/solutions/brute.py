"""Obviously correct: recompute every prefix sum from scratch and take the smallest position that reaches T."""
import sys

data = sys.stdin.read().split()
n, t = int(data[0]), int(data[1])
a = [int(v) for v in data[2:2 + n]]
hits = [i for i in range(1, n + 1) if sum(a[:i]) >= t]
print(hits[0] if hits else -1)
