"""Reference: after sorting, the closest pair is next to each other, so check the N - 1 neighbouring gaps."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = sorted(map(int, data[1:1 + n]))
print(min(a[i + 1] - a[i] for i in range(n - 1)))
