import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for i in range(t):
    a, b = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    x, y = a, b
    while y:  # Euclid: gcd(x, y) = gcd(y, x mod y)
        x, y = y, x % y
    out.append(f"{x} {a // x * b}")
print("\n".join(out))
