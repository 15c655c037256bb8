"""Wrong: the average (or the largest value) is only a lower bound, not always achievable."""
import sys
data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
total, big = sum(a), max(a)

print(max(big, (total + k - 1) // k))
