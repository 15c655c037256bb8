"""Too slow: sorts the whole list by (|x|, x) on every operation."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
items = []
out = []
for x in map(int, data[1:1 + n]):
    if x:
        items.append(x)
        items.sort(key=lambda y: (abs(y), y))
    else:
        items.sort(key=lambda y: (abs(y), y))
        out.append(items.pop(0) if items else 0)
sys.stdout.write("".join(f"{v}\n" for v in out))
