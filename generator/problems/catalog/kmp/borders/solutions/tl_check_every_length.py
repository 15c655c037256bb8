"""Too slow: checks every length letter by letter: quadratic on aaaa...a, where every length is a border."""
import sys

data = sys.stdin.read().split()
n, s = int(data[0]), data[1]
borders = []
for L in range(1, n):
    shift = n - L
    i = 0
    while i < L and s[i] == s[shift + i]:
        i += 1
    if i == L:
        borders.append(L)
print(len(borders))
if borders:
    print(" ".join(map(str, borders)))
