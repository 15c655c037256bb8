"""The extended-Euclid solution, but k is reduced modulo n instead of n / g: x is a solution, yet not always the
smallest when m and n share a factor."""
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
    k = (b - a) // g * u % n  # reduced modulo n, not n / g
    out.append(str(a + m * k))
print("\n".join(out))
