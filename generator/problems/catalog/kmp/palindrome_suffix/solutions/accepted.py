"""Reference: the appended letters mirror the part before the longest palindromic suffix. That suffix is the
longest prefix of reverse(S) that is also a suffix of S: the prefix function at the end of reverse(S) + '#' + S
(the separator keeps the match inside S)."""
import sys

data = sys.stdin.read().split()
n, s = int(data[0]), data[1]
t = s[::-1] + "#" + s
pi = [0] * len(t)
k = 0
for i in range(1, len(t)):
    while k and t[i] != t[k]:
        k = pi[k - 1]
    if t[i] == t[k]:
        k += 1
    pi[i] = k
print(n - pi[-1])
