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
    a, b, c = int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])
    g, u, _ = extended_gcd(a, b)
    if c % g:
        out.append("0")
        continue
    a, b, c = a // g, b // g, c // g  # now gcd(a, b) = 1 and u is the inverse of a modulo b
    x = 0
    while (c - a * x) % b:  # search the smallest x instead of using the inverse
        x += 1
    rest = c - a * x
    out.append(str(rest // (a * b) + 1) if rest >= 0 else "0")  # y = rest / b steps down by a
print("\n".join(out))
