"""Too slow: every start, running sum over every end (O(N^2))."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
answer = 0
for l in range(n):
    total = 0
    for r in range(l, n):
        total += a[r]
        if total == k:
            answer += 1
print(answer)
