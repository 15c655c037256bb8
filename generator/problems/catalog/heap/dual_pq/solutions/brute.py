"""Obviously correct: a plain list; min() and max() at every removal."""
import sys

lines = sys.stdin.read().split("\n")
items = []
for line in lines[1:1 + int(lines[0])]:
    op, arg = line.split()
    if op == "I":
        items.append(int(arg))
    elif not items:
        print("EMPTY")
    else:
        x = max(items) if arg == "1" else min(items)
        items.remove(x)
        print(x)
