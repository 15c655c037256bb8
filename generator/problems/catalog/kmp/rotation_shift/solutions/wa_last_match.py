"""WRONG: keeps scanning and reports the last matching shift instead of the smallest one (periodic A)."""
import sys

data = sys.stdin.read().split()
n, a, b = int(data[0]), data[1], data[2]
s = b + "#" + a + a[:-1]
pi = [0] * len(s)
k = 0
answer = -1
for i in range(1, len(s)):
    while k and s[i] != s[k]:
        k = pi[k - 1]
    if s[i] == s[k]:
        k += 1
    pi[i] = k
    if k == n:
        answer = i - 2 * n
print(answer)
