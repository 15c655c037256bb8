"""Wrong: stores the 0-based position in the dictionary, so every name is answered one too small."""
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
names = data[2:2 + n]
number_of = {name: i for i, name in enumerate(names)}
out = []
for q in data[2 + n:2 + n + m]:
    if q.isdigit():
        out.append(names[int(q) - 1].decode())
    else:
        out.append(str(number_of.get(q, -1)))
sys.stdout.write("\n".join(out) + "\n")
