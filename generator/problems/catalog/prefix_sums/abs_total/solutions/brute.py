"""Obviously correct: add up every stretch from scratch and sum the absolute values."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
print(sum(abs(sum(a[l:r + 1])) for l in range(n) for r in range(l, n)))
