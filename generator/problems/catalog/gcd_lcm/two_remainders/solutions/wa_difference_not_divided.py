"""The extended-Euclid solution, but it multiplies b - a itself (not (b - a) / g) by the inverse of m/g: right
only when m and n are coprime."""
import sys


def extended_gcd(a, b):
    """(g, x, y) with a*x + b*y = g = gcd(a, b), iteratively."""
    x0, y0, x1, y1 = 1, 0, 0, 1
    while b:
        q = a // b
        a, b = b, a - q * b
        x0, x1 = x1, x0 - q * x1
        y0, y1 = y1, y0 - q * y1
    return a, x0, y0


data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for i in range(t):
    m, a, n, b = (int(v) for v in data[1 + 4 * i:5 + 4 * i])
    g, u, _ = extended_gcd(m, n)  # m*u = g (mod n), so u is the inverse of m/g modulo n/g
    if (b - a) % g:
        out.append("-1")
        continue
    step = n // g
    k = (b - a) * u % step  # b - a is not divided by g
    out.append(str(a + m * k))
print("\n".join(out))
