"""Obviously correct: every subsequence (2^N index sets), kept if each value is larger than the one before it by
at most K."""
import sys

data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
a = [int(x) for x in data[2:2 + n]]
best = 0
for mask in range(1, 1 << n):
    seq = [a[i] for i in range(n) if mask >> i & 1]
    if all(0 < seq[j + 1] - seq[j] <= k for j in range(len(seq) - 1)):
        best = max(best, len(seq))
print(best)
