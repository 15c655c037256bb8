"""Wrong: counts ordered pairs over the whole array and halves, but an index paired with itself (2 * A_i <= K)
is counted too."""
import sys
from bisect import bisect_right

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = sorted(map(int, data[2:2 + n]))
total = 0
for i in range(n):
    total += bisect_right(a, k - a[i])
print(total // 2)
