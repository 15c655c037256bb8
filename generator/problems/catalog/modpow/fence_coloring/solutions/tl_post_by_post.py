import sys

MOD = 10 ** 9 + 7
data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for i in range(t):
    n, k = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    ways = k % MOD
    for _ in range(n - 1):  # paint post after post
        ways = ways * (k - 1) % MOD
    out.append(ways)
print("\n".join(map(str, out)))
