"""Wrong: counts the whole string (L = N) as a border too."""
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
borders = [n]
length = pi[n - 1]
while length:
    borders.append(length)
    length = pi[length - 1]
borders.reverse()
print(len(borders))
if borders:
    print(" ".join(map(str, borders)))
