"""Obviously correct: every subsequence (2^N index sets); among the longest strictly increasing ones it prints the
one with the numerically largest index mask (a different tie-break from the reference)."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
a = [int(x) for x in data[1:1 + n]]
best = []
for mask in range(1, 1 << n):
    seq = [a[i] for i in range(n) if mask >> i & 1]
    if all(seq[j] < seq[j + 1] for j in range(len(seq) - 1)) and len(seq) >= len(best):
        best = seq
print(len(best))
print(" ".join(map(str, best)))
