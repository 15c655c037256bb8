"""The extended-Euclid solution without the check that gcd(m, n) divides b - a: a question with no answer gets a
number instead of -1."""
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
    step = n // g
    k = (b - a) // g * u % step
    out.append(str(a + m * k))
print("\n".join(out))
