import sys

MOD = 10 ** 9 + 7
data = sys.stdin.buffer.read().split()
q = int(data[0])
pairs = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(q)]
top = max(a + b for a, b in pairs)
fact = [1] * (top + 1)
for i in range(1, top + 1):
    fact[i] = fact[i - 1] * i % MOD
inv = [1] * (top + 1)
inv[top] = pow(fact[top], MOD - 2, MOD)
for i in range(top, 0, -1):
    inv[i - 1] = inv[i] * i % MOD


def choose(n, k):
    if k < 0 or k > n:
        return 0
    return fact[n] * inv[k] % MOD * inv[n - k] % MOD


out = []
for a, b in pairs:
    out.append((choose(a + b, b) - choose(a + b, b - 1)) % MOD)  # also for b > a, where it is not 0
print("\n".join(map(str, out)))
