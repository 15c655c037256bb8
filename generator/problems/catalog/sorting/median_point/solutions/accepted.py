"""Reference: after sorting, the lower median minimises the sum of distances, and is the smallest such point."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = sorted(map(int, data[1:1 + n]))
p = a[(n - 1) // 2]
print(p, sum(abs(x - p) for x in a))
