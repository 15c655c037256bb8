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
    # Only the last base-p digit: C(n mod p, k mod p), without the higher digits.
    if k > n:
        out.append("0")
        continue
    a, b = n % p, k % p
    out.append(str(fact[a] * inv_fact[b] % p * inv_fact[a - b] % p if b <= a else 0))
print("\n".join(out))
