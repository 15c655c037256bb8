import sys

data = sys.stdin.buffer.read().split()
t, m = int(data[0]), int(data[1])
queries = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(t)]
top = max(n for n, _ in queries)
# Factorials mod m and "inverses" by Fermat: only right when m is prime and larger than n.
fact = [1 % m]
for i in range(1, top + 1):
    fact.append(fact[-1] * i % m)
out = []
for n, k in queries:
    inverse = pow(fact[k] * fact[n - k] % m, max(m - 2, 0), m)
    out.append(str(fact[n] * inverse % m))
print("\n".join(out))
