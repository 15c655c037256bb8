"""Wrong: uses the largest prefix-function value anywhere instead of the one at the last position."""
import sys

data = sys.stdin.read().split()
n, s = int(data[0]), data[1]
pi = [0] * n
k = 0
for i in range(1, n):
    while k and s[i] != s[k]:
        k = pi[k - 1]
    if s[i] == s[k]:
        k += 1
    pi[i] = k
print(n - max(pi))
