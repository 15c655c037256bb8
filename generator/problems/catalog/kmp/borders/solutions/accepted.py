"""Reference: every border of S is a border of its longest border, so the border lengths are the chain
pi[N-1], pi[pi[N-1]-1], ... down to 0."""
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
borders = []
length = pi[n - 1]
while length:
    borders.append(length)
    length = pi[length - 1]
borders.reverse()
print(len(borders))
if borders:
    print(" ".join(map(str, borders)))
