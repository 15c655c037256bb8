import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for i in range(t):
    a, n, m = int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])
    a %= m
    if a == 1:
        total = n % m
    else:  # (a^(n+1) - a) / (a - 1): but the division of remainders is not exact
        total = (pow(a, n + 1, m) - a) // (a - 1) % m
    out.append(str(total))
print("\n".join(out))
