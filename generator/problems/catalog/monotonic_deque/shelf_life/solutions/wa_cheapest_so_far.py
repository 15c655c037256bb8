"""Wrong: buys at the cheapest price seen so far, forgetting that units spoil after K days."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
p = list(map(int, data[2:2 + n]))
c = list(map(int, data[2 + n:2 + 2 * n]))
best = p[0]
total = 0
for i in range(n):
    best = min(best, p[i])
    total += c[i] * best
print(total)
