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
    n, k, s = int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])
    ways = n % MOD * s % MOD * power(k, n - 1, MOD) % MOD  # "pick the special position and symbol, the rest free" counts codes with two specials twice
    out.append(ways)
print("\n".join(map(str, out)))
