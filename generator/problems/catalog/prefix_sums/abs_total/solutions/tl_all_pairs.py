"""Too slow: every start, a running total over every end (O(N^2) stretches)."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
answer = 0
for l in range(n):
    total = 0
    for r in range(l, n):
        total += a[r]
        answer += total if total >= 0 else -total
print(answer)
