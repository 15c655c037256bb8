"""Obviously correct: every subsequence (all 2^N index sets), the heaviest strictly increasing one."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
best = 0
for mask in range(1, 1 << n):
    seq = [a[i] for i in range(n) if mask >> i & 1]
    if all(seq[j] < seq[j + 1] for j in range(len(seq) - 1)):
        best = max(best, sum(seq))
print(best)
