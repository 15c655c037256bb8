import sys

MOD = 10 ** 9 + 7


def power(base, exp, mod):
    result = 1 % mod
    base %= mod
    while exp:  # square-and-multiply over the binary digits of exp
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result


data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for i in range(t):
    n, k = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    out.append(k % MOD * power(k - 1, n - 1, MOD) % MOD)  # first post: K, each next post: K - 1
print("\n".join(map(str, out)))
