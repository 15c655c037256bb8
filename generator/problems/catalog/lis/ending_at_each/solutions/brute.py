"""Obviously correct: for every i, every subset of positions 1..i-1 (2^(i-1) masks) followed by i, kept if the
values strictly increase."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
a = [int(x) for x in data[1:1 + n]]
out = []
for i in range(n):
    best = 1
    for mask in range(1 << i):
        seq = [a[j] for j in range(i) if mask >> j & 1] + [a[i]]
        if all(seq[t] < seq[t + 1] for t in range(len(seq) - 1)):
            best = max(best, len(seq))
    out.append(best)
print(" ".join(map(str, out)))
