"""WRONG: leaves out L = N (the whole string), as if only proper borders counted."""
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
cnt = [0] * (n + 1)
for v in pi:
    cnt[v] += 1
for length in range(n, 0, -1):
    cnt[pi[length - 1]] += cnt[length]
for length in range(1, n + 1):
    cnt[length] += 1
borders = []
length = pi[n - 1]
while length:
    borders.append(length)
    length = pi[length - 1]
borders.reverse()
out = [str(len(borders))]
out += [f"{length} {cnt[length]}" for length in borders]
sys.stdout.write("\n".join(out) + "\n")
