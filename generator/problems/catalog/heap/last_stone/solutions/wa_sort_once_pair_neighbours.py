"""Wrong: sorts once and smashes neighbours from the top, never putting a difference back in order."""
import sys

data = sys.stdin.buffer.read().split()
a = sorted(map(int, data[1:1 + int(data[0])]))
while len(a) > 1:
    x, y = a.pop(), a.pop()
    if x != y:
        a.append(x - y)
print(a[0] if a else 0)
