"""Wrong: requires more than h citations instead of at least h."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
c = sorted(map(int, data[1:1 + n]), reverse=True)
h = 0
while h < n and c[h] > h + 1:
    h += 1
print(h)
