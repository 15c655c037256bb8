import sys

data = sys.stdin.buffer.read().split()
t, m = int(data[0]), int(data[1])
out = []
for i in range(t):
    n, k = int(data[2 + 2 * i]), int(data[3 + 2 * i])
    # The exact value by the multiplicative formula with big integers, reduced only at the end.
    value = 1
    for j in range(k):
        value = value * (n - j) // (j + 1)
    out.append(str(value % m))
print("\n".join(out))
