"""Wrong: reports only the longest border, pi[N-1], without following the chain."""
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
borders = [pi[n - 1]] if pi[n - 1] else []
print(len(borders))
if borders:
    print(" ".join(map(str, borders)))
