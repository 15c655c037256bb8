import sys

data = sys.stdin.buffer.read().split()
t, p = int(data[0]), int(data[1])
# Factorials and inverse factorials below p: every base-p digit is below p.
fact = [1] * p
for i in range(1, p):
    fact[i] = fact[i - 1] * i % p
inv_fact = [1] * p
inv_fact[p - 1] = pow(fact[p - 1], p - 2, p)
for i in range(p - 1, 0, -1):
    inv_fact[i - 1] = inv_fact[i] * i % p
out = []
for i in range(t):
    n, k = int(data[2 + 2 * i]), int(data[3 + 2 * i])
    # Lucas: C(n, k) = prod C(n_j, k_j) over the base-p digits n_j, k_j (0 if some k_j > n_j).
    result = 1
    while n and result:  # stops when n runs out of digits even if k has more
        a, b = n % p, k % p
        if b > a:
            result = 0
            break
        result = result * fact[a] % p * inv_fact[b] % p * inv_fact[a - b] % p
        n //= p
        k //= p
    out.append(str(result))
print("\n".join(out))
