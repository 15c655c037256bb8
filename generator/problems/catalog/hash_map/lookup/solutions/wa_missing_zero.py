"""Wrong: answers 0 instead of -1 for a name that is not in the register."""
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
names = data[2:2 + n]
number_of = {name: i + 1 for i, name in enumerate(names)}
out = []
for q in data[2 + n:2 + n + m]:
    if q.isdigit():
        out.append(names[int(q) - 1].decode())
    else:
        out.append(str(number_of.get(q, 0)))
sys.stdout.write("\n".join(out) + "\n")
