"""Obviously correct: look at every letter of S[l..r] and count the ones equal to c."""
import sys

data = sys.stdin.read().split()
n, q = int(data[0]), int(data[1])
s = data[2]
for j in range(q):
    l, r, c = int(data[3 + 3 * j]), int(data[4 + 3 * j]), data[5 + 3 * j]
    print(sum(1 for i in range(l, r + 1) if s[i - 1] == c))
