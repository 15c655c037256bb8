"""Obviously correct: the exact binomial coefficient n! / (k! (n-k)!) with big integers, then the remainder."""
import sys

data = sys.stdin.read().split()
t, m = int(data[0]), int(data[1])
for i in range(t):
    n, k = int(data[2 + 2 * i]), int(data[3 + 2 * i])
    f = [1]
    for j in range(1, n + 1):
        f.append(f[-1] * j)
    print(f[n] // (f[k] * f[n - k]) % m)
