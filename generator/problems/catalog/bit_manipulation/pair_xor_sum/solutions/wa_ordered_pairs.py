"""Wrong: counts ordered pairs (i, j) and (j, i) both, so every pair is added twice."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
total = 0
for b in range(max(a).bit_length()):
    ones = sum((x >> b) & 1 for x in a)
    total += 2 * ones * (n - ones) << b
print(total)
