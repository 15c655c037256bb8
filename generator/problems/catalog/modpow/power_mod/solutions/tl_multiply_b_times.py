import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for i in range(t):
    a, b, m = int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])
    result = 1 % m
    base = a % m
    for _ in range(b):  # one multiplication per unit of the exponent
        result = result * base % m
    out.append(str(result))
print("\n".join(out))
