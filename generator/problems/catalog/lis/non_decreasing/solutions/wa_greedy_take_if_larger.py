"""Wrong: walk left to right and take every value that may follow the last one taken."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
length, last = 0, None
for x in a:
    if last is None or last <= x:
        length += 1
        last = x
print(length)
