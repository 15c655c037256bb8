import sys

data = sys.stdin.buffer.read().split()
q = int(data[0])
out = []
for i in range(q):
    low, high = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    # Bits at and below the highest bit where L and R differ take both values inside [L, R]: clear them.
    drop = (low ^ high).bit_length()
    out.append((low >> drop) << drop)
print("\n".join(map(str, out)))
