"""Reference: the left shifts of A are exactly the length-N windows of A + A starting at 0..N-1, so the answer
is the first occurrence of B in A + A[:-1], found with the prefix function of B + '#' + A + A[:-1]."""
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
    if k == n:  # B ends at s[i]: it starts in A + A at i - 2n
        answer = i - 2 * n
        break
print(answer)
