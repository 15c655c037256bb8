"""Wrong: prints 0-based starting positions."""
import sys

t, p = sys.stdin.read().split()
m = len(p)
pi = [0] * m
k = 0
for i in range(1, m):
    while k and p[i] != p[k]:
        k = pi[k - 1]
    if p[i] == p[k]:
        k += 1
    pi[i] = k
found = []
k = 0
for i, c in enumerate(t):
    while k and c != p[k]:
        k = pi[k - 1]
    if c == p[k]:
        k += 1
    if k == m:
        found.append(i - m + 1)
        k = pi[k - 1]
print(len(found))
if found:
    print(" ".join(map(str, found)))
