import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for i in range(t):
    a, b, c, d = map(int, data[1 + 4 * i:5 + 4 * i])
    x, y = b, d
    while y:
        x, y = y, x % y
    bottom = b // x * d  # the least common denominator ...
    top = a * (bottom // b) + c * (bottom // d)
    out.append(f"{top} {bottom}")  # ... but 1/2 + 1/2 = 2/2 still has a common factor
print("\n".join(out))
