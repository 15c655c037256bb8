"""Too slow: counts each distinct value with a full scan of the log until one has an odd count."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
seen = set()
for v in a:
    if v not in seen:
        seen.add(v)
        if a.count(v) % 2:
            print(v)
            break
