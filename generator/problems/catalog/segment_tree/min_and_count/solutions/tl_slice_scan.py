"""Too slow: min() and count() of the slice for every query, O(N·Q)."""
import sys

data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
a = [int(x) for x in data[2:2 + n]]
out = []
pos = 2 + n
for _ in range(q):
    t, x, y = data[pos], int(data[pos + 1]), int(data[pos + 2])
    pos += 3
    if t == b"1":
        a[x - 1] = y
    else:
        part = a[x - 1:y]
        m = min(part)
        out.append(f"{m} {part.count(m)}")
sys.stdout.write("\n".join(out) + "\n")
