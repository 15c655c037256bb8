"""Too slow: min() over the last K prices for every day, O(N * K)."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
p = list(map(int, data[2:2 + n]))
c = list(map(int, data[2 + n:2 + 2 * n]))
print(sum(c[i] * min(p[max(0, i - k + 1):i + 1]) for i in range(n)))
