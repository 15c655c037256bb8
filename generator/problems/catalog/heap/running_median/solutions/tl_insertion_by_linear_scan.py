"""Too slow: keeps a sorted list with a linear scan for each insertion."""
import sys

data = sys.stdin.buffer.read().split()
ordered = []
out = []
for x in map(int, data[1:1 + int(data[0])]):
    i = 0
    while i < len(ordered) and ordered[i] < x:
        i += 1
    ordered.insert(i, x)
    out.append(ordered[(len(ordered) - 1) // 2])
sys.stdout.write("".join(f"{v}\n" for v in out))
