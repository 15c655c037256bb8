"""Obviously correct: for every position add up both sides from scratch; keep the first that balances."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
a = [int(v) for v in data[1:1 + n]]
hits = [i for i in range(1, n + 1) if sum(a[:i - 1]) == sum(a[i:])]
print(hits[0] if hits else -1)
