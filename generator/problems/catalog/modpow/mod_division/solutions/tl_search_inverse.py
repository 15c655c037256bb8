import sys

data = sys.stdin.buffer.read().split()
t, p = int(data[0]), int(data[1])
out = []
for i in range(t):
    a, b = int(data[2 + 2 * i]), int(data[3 + 2 * i])
    # Fermat: b^(p-1) = 1 (mod p), so b^(p-2) is the inverse of b; square-and-multiply computes it.
    inverse = 1
    while b * inverse % p != 1:  # try every candidate for the inverse
        inverse += 1
    out.append(str(a % p * inverse % p))
print("\n".join(out))
