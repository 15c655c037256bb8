import sys

data = sys.stdin.buffer.read().split()
t, p = int(data[0]), int(data[1])
queries = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(t)]
top = max(n for n, _ in queries)
fact = [1] * (top + 1)
for i in range(1, top + 1):
    fact[i] = fact[i - 1] * i % p
# One Fermat inverse for top!, then 1/(i-1)! = i / i! going down.
inv_fact = [1] * (top + 1)
inv_fact[top] = pow(fact[top], p - 2, p)
for i in range(top, 0, -1):
    inv_fact[i - 1] = inv_fact[i] * i % p
out = []
for n, k in queries:
    out.append(str(fact[n] * inv_fact[k] % p * inv_fact[n - k] % p) if k <= n else "0")
print("\n".join(out))
