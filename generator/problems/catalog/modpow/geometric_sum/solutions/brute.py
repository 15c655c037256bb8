"""Obviously correct: add the n powers one by one (small n only)."""
import sys

data = sys.stdin.read().split()
t = int(data[0])
for i in range(t):
    a, n, m = int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])
    print(sum(a ** j for j in range(1, n + 1)) % m)
