"""Wrong: counts only neighbouring pairs out of order."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
print(sum(1 for i in range(n - 1) if a[i] > a[i + 1]))
