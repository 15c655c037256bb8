"""Reference: the prefix function in O(N): on a mismatch fall back along the borders k -> pi[k-1] until the next
letter extends one (or k reaches 0)."""
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
sys.stdout.write(" ".join(map(str, pi)) + "\n")
