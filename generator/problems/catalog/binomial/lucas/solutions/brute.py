"""Obviously correct on small inputs: the exact binomial coefficient n(n-1).../k! with big integers, then the
remainder."""
import sys

data = sys.stdin.read().split()
t, p = int(data[0]), int(data[1])
for i in range(t):
    n, k = int(data[2 + 2 * i]), int(data[3 + 2 * i])
    if k > n:
        print(0)
        continue
    value = 1
    for j in range(k):
        value = value * (n - j) // (j + 1)
    print(value % p)
