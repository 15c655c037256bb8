"""Wrong: sorts once and merges left to right into one growing pile."""
import sys

data = sys.stdin.buffer.read().split()
a = sorted(map(int, data[1:1 + int(data[0])]))
total, acc = 0, a[0]
for x in a[1:]:
    acc += x
    total += acc
print(total)
