"""WRONG: on a mismatch restarts from k = 0 instead of falling back to the next shorter border pi[k-1], so a
shorter border that could still be extended is missed (aabaaab: position 6 gets 1 instead of 2)."""
import sys

data = sys.stdin.read().split()
n, s = int(data[0]), data[1]
pi = [0] * n
k = 0
for i in range(1, n):
    if k and s[i] != s[k]:
        k = 0
    if s[i] == s[k]:
        k += 1
    pi[i] = k
sys.stdout.write(" ".join(map(str, pi)) + "\n")
