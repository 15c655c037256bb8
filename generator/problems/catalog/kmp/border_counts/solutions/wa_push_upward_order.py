"""WRONG: pushes the counts down the chain in increasing order of L, so a count is passed on before the longer
prefixes have added theirs (aaaa: `a` gets 3, not 4)."""
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
for length in range(1, n + 1):
    cnt[pi[length - 1]] += cnt[length]
for length in range(1, n + 1):
    cnt[length] += 1
borders = [n]
length = pi[n - 1]
while length:
    borders.append(length)
    length = pi[length - 1]
borders.reverse()
out = [str(len(borders))]
out += [f"{length} {cnt[length]}" for length in borders]
sys.stdout.write("\n".join(out) + "\n")
