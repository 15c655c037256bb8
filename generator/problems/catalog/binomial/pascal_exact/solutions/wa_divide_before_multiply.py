import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for i in range(t):
    n, k = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    # Multiplicative formula C(n, j+1) = C(n, j) * (n-j) / (j+1), but dividing first truncates.
    value = 1
    for j in range(k):
        value = value // (j + 1) * (n - j)
    out.append(str(value))
print("\n".join(out))
