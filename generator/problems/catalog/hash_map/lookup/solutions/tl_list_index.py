"""Too slow: finds every asked name with list.index, a scan of the register per question: O(N·M)."""
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
names = data[2:2 + n]
out = []
for q in data[2 + n:2 + n + m]:
    if q.isdigit():
        out.append(names[int(q) - 1].decode())
    elif q in names:
        out.append(str(names.index(q) + 1))
    else:
        out.append("-1")
sys.stdout.write("\n".join(out) + "\n")
