"""Obviously correct: try every h from N down to 0 and count directly."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
c = [int(x) for x in data[1:1 + n]]
print(next(h for h in range(n, -1, -1) if sum(1 for x in c if x >= h) >= h))
