"""Obviously correct: try every M up to the largest difference (beyond it only equal numbers agree)."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
span = max(a) - min(a)
if span == 0:
    print(-1)
else:
    best = max(m for m in range(1, span + 1) if len({x % m for x in a}) == 1)
    print(best, a[0] % best)
