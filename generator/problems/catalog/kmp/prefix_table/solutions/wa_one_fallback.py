"""WRONG: falls back only once (`if` instead of `while`), so when the first shorter border cannot be extended
either, the even shorter ones are never tried."""
import sys

data = sys.stdin.read().split()
n, s = int(data[0]), data[1]
pi = [0] * n
k = 0
for i in range(1, n):
    if k and s[i] != s[k]:
        k = pi[k - 1]
    if s[i] == s[k]:
        k += 1
    pi[i] = k
sys.stdout.write(" ".join(map(str, pi)) + "\n")
