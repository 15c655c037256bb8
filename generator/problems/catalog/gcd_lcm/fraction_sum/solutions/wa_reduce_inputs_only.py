import sys
from math import gcd

data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for i in range(t):
    a, b, c, d = map(int, data[1 + 4 * i:5 + 4 * i])
    g1, g2 = gcd(a, b), gcd(c, d)
    a, b, c, d = a // g1, b // g1, c // g2, d // g2  # each fraction in lowest terms ...
    out.append(f"{a * d + c * b} {b * d}")  # ... does not make their sum lowest
print("\n".join(out))
