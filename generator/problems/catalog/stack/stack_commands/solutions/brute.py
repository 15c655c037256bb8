"""Obviously correct: the pile as a string of values joined by commas, rebuilt for every command."""
import sys

lines = sys.stdin.read().split("\n")
pile = ""
for line in lines[1:1 + int(lines[0])]:
    items = pile.split(",") if pile else []
    if line.startswith("push"):
        pile = ",".join(items + [line.split()[1]])
    elif line == "pop":
        print(items[-1] if items else -1)
        pile = ",".join(items[:-1])
    elif line == "size":
        print(len(items))
    elif line == "empty":
        print(1 if not items else 0)
    else:
        print(items[-1] if items else -1)
