"""Wrong: spreads the items evenly by index instead of by distance."""
import sys
data = sys.stdin.buffer.read().split()
n, c = int(data[0]), int(data[1])
xs = list(map(int, data[2:2 + n]))

xs.sort()
picks = [xs[round(i * (n - 1) / (c - 1))] for i in range(c)]
print(min(b - a for a, b in zip(picks, picks[1:])))
