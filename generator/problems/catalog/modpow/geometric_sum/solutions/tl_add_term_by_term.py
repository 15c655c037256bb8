import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for i in range(t):
    a, n, m = int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])
    a %= m
    power, total = 1 % m, 0  # a^k and a + ... + a^k for k = 0
    for _ in range(n):  # one term per day
        power = power * a % m
        total = (total + power) % m
    out.append(str(total))
print("\n".join(out))
