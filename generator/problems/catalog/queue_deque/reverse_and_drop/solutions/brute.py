"""Obviously correct: really reverse the list on R, really delete the first element on D."""
import sys

lines = sys.stdin.read().split("\n")
items = lines[1].split()
for c in lines[2].strip():
    if c == "R":
        items = items[::-1]
    elif not items:
        print("error")
        break
    else:
        items = items[1:]
else:
    print(" ".join(items) if items else "empty")
