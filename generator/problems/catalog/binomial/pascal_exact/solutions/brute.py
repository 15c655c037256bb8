"""Obviously correct: count the k-element subsets of n items one by one."""
import sys
from itertools import combinations

data = sys.stdin.read().split()
t = int(data[0])
for i in range(t):
    n, k = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    if n <= 22:
        print(sum(1 for _ in combinations(range(n), k)))
    else:  # too many subsets to list: the definition n! / (k! (n-k)!) with exact big integers
        f = [1]
        for j in range(1, n + 1):
            f.append(f[-1] * j)
        print(f[n] // (f[k] * f[n - k]))
