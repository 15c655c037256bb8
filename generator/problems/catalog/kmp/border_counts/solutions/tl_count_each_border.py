"""Too slow: finds the borders with the prefix function, then counts each border's occurrences with its own
scan of S (overlapping finds): O(N) per border and per occurrence, quadratic on aaaa...a."""
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
borders = [n]
length = pi[n - 1]
while length:
    borders.append(length)
    length = pi[length - 1]
borders.reverse()
out = [str(len(borders))]
for length in borders:
    piece, count, j = s[:length], 0, s.find(s[:length])
    while j != -1:
        count += 1
        j = s.find(piece, j + 1)
    out.append(f"{length} {count}")
sys.stdout.write("\n".join(out) + "\n")
