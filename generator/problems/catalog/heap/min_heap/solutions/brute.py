"""Obviously correct: a plain list, scanned for its minimum."""
import sys

data = sys.stdin.read().split()
items = []
for x in map(int, data[1:1 + int(data[0])]):
    if x:
        items.append(x)
    elif items:
        smallest = min(items)
        items.remove(smallest)
        print(smallest)
    else:
        print(0)
