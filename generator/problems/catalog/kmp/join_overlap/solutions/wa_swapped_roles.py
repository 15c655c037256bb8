"""WRONG: matches the wrong ends (a suffix of B against a prefix of A, via A + '#' + B) and still glues A + B."""
import sys

a, b = sys.stdin.read().split()
s = a + "#" + b
pi = [0] * len(s)
k = 0
for i in range(1, len(s)):
    while k and s[i] != s[k]:
        k = pi[k - 1]
    if s[i] == s[k]:
        k += 1
    pi[i] = k
sys.stdout.write(a + b[pi[-1]:] + "\n")
