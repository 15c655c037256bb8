"""Obviously correct: a plain list, scanned for the best value by the rule of the statement."""
import sys

data = sys.stdin.read().split()
items = []
for x in map(int, data[1:1 + int(data[0])]):
    if x:
        items.append(x)
    elif items:
        best = items[0]
        for y in items:
            if abs(y) < abs(best) or (abs(y) == abs(best) and y < best):
                best = y
        items.remove(best)
        print(best)
    else:
        print(0)
