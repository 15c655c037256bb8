import sys

P = 10 ** 9 + 7


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
    a, b, c = int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])
    if a % P == 0:  # 0^e is 0 for e > 0 and 1 for e = 0, and b^c = 0 only when b = 0 < c
        out.append(1 if b == 0 and c > 0 else 0)
    else:  # Fermat: a^(p-1) = 1 mod p, so only b^c mod (p - 1) matters
        out.append(power(a, power(b, c, P), P))  # reduces the exponent modulo p instead of p - 1
print("\n".join(map(str, out)))
