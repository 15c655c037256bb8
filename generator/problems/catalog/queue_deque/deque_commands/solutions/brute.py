"""Obviously correct: a plain list, the front at index 0."""
import sys

lines = sys.stdin.read().split("\n")
items, out = [], []
for cmd in lines[1:1 + int(lines[0])]:
    parts = cmd.split()
    if parts[0] == "push_front":
        items = [int(parts[1])] + items
    elif parts[0] == "push_back":
        items = items + [int(parts[1])]
    elif parts[0] == "pop_front":
        out.append(items.pop(0) if items else -1)
    elif parts[0] == "pop_back":
        out.append(items.pop() if items else -1)
    elif parts[0] == "size":
        out.append(len(items))
    elif parts[0] == "empty":
        out.append(1 if not items else 0)
    elif parts[0] == "front":
        out.append(items[0] if items else -1)
    else:
        out.append(items[-1] if items else -1)
print("\n".join(map(str, out)))
