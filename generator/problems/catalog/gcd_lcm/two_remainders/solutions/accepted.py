"""Two congruences x = a (mod m), x = b (mod n): with g = gcd(m, n), a solution exists iff g divides b - a. Then
x = a + m*k with m*k = b - a (mod n), i.e. (m/g)*k = (b-a)/g (mod n/g), and k = (b-a)/g * inverse(m/g) mod n/g from
the extended Euclidean algorithm; that x is the smallest, below lcm(m, n). O(log) per question."""
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
    k = (b - a) // g * u % step
    out.append(str(a + m * k))
print("\n".join(out))
