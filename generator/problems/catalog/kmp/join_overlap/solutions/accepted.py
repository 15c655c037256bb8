"""Reference: the answer is A + B[L:] for the longest L such that the last L letters of A are the first L letters
of B; L is the prefix function at the end of B + '#' + A (the separator keeps L <= |A| and L <= |B|)."""
import sys

a, b = sys.stdin.read().split()
s = b + "#" + a
pi = [0] * len(s)
k = 0
for i in range(1, len(s)):
    while k and s[i] != s[k]:
        k = pi[k - 1]
    if s[i] == s[k]:
        k += 1
    pi[i] = k
sys.stdout.write(a + b[pi[-1]:] + "\n")
