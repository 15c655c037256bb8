"""Wrong: reduces the exponent N - 1 modulo 10^9 + 6 (Fermat) before the power; with one color (base K - 1 = 0)
and N - 1 a multiple of 10^9 + 6 that turns 0^(N-1) = 0 into 0^0 = 1."""
import sys

MOD = 10 ** 9 + 7

data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for i in range(t):
    n, k = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    out.append(k % MOD * pow(k - 1, (n - 1) % (MOD - 1), MOD) % MOD)
print("\n".join(map(str, out)))
