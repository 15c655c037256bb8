"""Wrong: joins reverse(S) and S without a separator, so the match can run across the join and exceed N."""
import sys

data = sys.stdin.read().split()
n, s = int(data[0]), data[1]
t = s[::-1] + s
pi = [0] * len(t)
k = 0
for i in range(1, len(t)):
    while k and t[i] != t[k]:
        k = pi[k - 1]
    if t[i] == t[k]:
        k += 1
    pi[i] = k
print(n - pi[-1])
