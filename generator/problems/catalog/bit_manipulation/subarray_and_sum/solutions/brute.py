"""Obviously correct: AND every window from scratch."""
import sys
from functools import reduce

data = sys.stdin.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
print(sum(reduce(lambda x, y: x & y, a[l:r + 1]) for l in range(n) for r in range(l, n)))
