"""Obviously correct on small inputs: the x in [0, p) with b*x = a (mod p), by trying every x (p small) or by
Python's own modular inverse (p large)."""
import sys

data = sys.stdin.read().split()
t, p = int(data[0]), int(data[1])
for i in range(t):
    a, b = int(data[2 + 2 * i]), int(data[3 + 2 * i])
    if p <= 100000:
        print(next(x for x in range(p) if (b * x - a) % p == 0))
    else:
        print(a * pow(b, -1, p) % p)
