"""Obviously correct: the set of occupied numbers; each arrival counts up from 1 to the first free number."""
import sys

lines = sys.stdin.read().split("\n")
occupied = set()
out = []
for line in lines[1:1 + int(lines[0])]:
    if line == "+":
        x = 1
        while x in occupied:
            x += 1
        occupied.add(x)
        out.append(x)
    else:
        occupied.remove(int(line[2:]))
print("\n".join(map(str, out)))
