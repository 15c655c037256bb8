"""WRONG: runs the prefix function on B + A without a separator, so the overlap found can be longer than A
(A = a, B = aa gives a instead of aa)."""
import sys

a, b = sys.stdin.read().split()
s = b + a
pi = [0] * len(s)
k = 0
for i in range(1, len(s)):
    while k and s[i] != s[k]:
        k = pi[k - 1]
    if s[i] == s[k]:
        k += 1
    pi[i] = k
sys.stdout.write(a + b[pi[-1]:] + "\n")
