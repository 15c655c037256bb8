"""Wrong: takes as many of the largest pack as fit, then the next largest, and so on (greedy)."""
import sys

data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
sizes = sorted((int(x) for x in data[2:2 + n]), reverse=True)
out = []
for x in (int(t) for t in data[2 + n:2 + n + q]):
    for a in sizes:
        x %= a
    out.append("YES" if x == 0 else "NO")
print("\n".join(out))
