"""Wrong: off by one bit index, also clears the lowest bit of the common prefix."""
import sys

data = sys.stdin.buffer.read().split()
q = int(data[0])
out = []
for i in range(q):
    low, high = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    drop = (low ^ high).bit_length() + 1
    out.append((low >> drop) << drop)
print("\n".join(map(str, out)))
