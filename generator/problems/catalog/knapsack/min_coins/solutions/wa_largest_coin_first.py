"""Wrong: take as many of the largest coin as fit, then the next largest, and so on (greedy)."""
import sys

data = sys.stdin.buffer.read().split()
n, t = int(data[0]), int(data[1])
count = 0
for c in sorted((int(x) for x in data[2:2 + n]), reverse=True):
    count += t // c
    t %= c
print(count if t == 0 else -1)
