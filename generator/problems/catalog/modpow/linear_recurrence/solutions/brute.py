"""Obviously correct: extend the sequence term by term up to N (small N only)."""
import sys

P = 10**9 + 7
data = sys.stdin.read().split()
k, n = int(data[0]), int(data[1])
c = list(map(int, data[2:2 + k]))
f = list(map(int, data[2 + k:2 + 2 * k]))
while len(f) < n:
    f.append(sum(c[i] * f[-1 - i] for i in range(k)) % P)
print(f[n - 1])
