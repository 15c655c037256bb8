import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for i in range(t):
    a, b, c, d = map(int, data[1 + 4 * i:5 + 4 * i])
    top, bottom = a * d + c * b, b * d
    x, y = top, bottom
    while y:  # Euclid: gcd(x, y) = gcd(y, x mod y)
        x, y = y, x % y
    out.append(f"{top // x} {bottom // x}")
print("\n".join(out))
