import sys

data = sys.stdin.buffer.read().split()
t, p = int(data[0]), int(data[1])
out = []
for i in range(t):
    n, k = int(data[2 + 2 * i]), int(data[3 + 2 * i])
    # Lucas: C(n, k) = prod C(n_j, k_j) over the base-p digits, each digit's coefficient computed from scratch.
    result = 1
    while k and result:
        a, b = n % p, k % p
        if b > a:
            result = 0
            break
        num = den = 1
        for j in range(b):
            num = num * (a - j) % p
            den = den * (j + 1) % p
        result = result * num % p * pow(den, p - 2, p) % p
        n //= p
        k //= p
    out.append(str(result))
print("\n".join(out))
