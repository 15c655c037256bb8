"""Wrong: meets at the rounded average instead of the median."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = sorted(map(int, data[1:1 + n]))
p = round(sum(a) / n)
print(p, sum(abs(x - p) for x in a))
