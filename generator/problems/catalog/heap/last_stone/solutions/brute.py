"""Obviously correct: a plain list, sorted again before every round."""
import sys

data = sys.stdin.read().split()
things = [int(x) for x in data[1:1 + int(data[0])]]
while len(things) > 1:
    things.sort()
    x, y = things.pop(), things.pop()
    if x != y:
        things.append(x - y)
print(things[0] if things else 0)
