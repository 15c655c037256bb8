"""Obviously correct: every subsequence (all 2^N index sets), kept if it rises strictly and then falls strictly."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
a = [int(x) for x in data[1:1 + n]]
best = 0
for mask in range(1, 1 << n):
    seq = [a[i] for i in range(n) if mask >> i & 1]
    top = seq.index(max(seq))
    if all(seq[j] < seq[j + 1] for j in range(top)) and all(seq[j] > seq[j + 1] for j in range(top, len(seq) - 1)):
        best = max(best, len(seq))
print(best)
