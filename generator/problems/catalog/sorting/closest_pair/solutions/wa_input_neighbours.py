"""Wrong: compares neighbours in the input order without sorting first."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
print(min(abs(a[i + 1] - a[i]) for i in range(n - 1)))
