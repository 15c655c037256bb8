import sys
from bisect import bisect_right

data = sys.stdin.buffer.read().split()
q = int(data[0])
ns = list(map(int, data[1:1 + q]))
m = max(ns)


def divisors(k):  # pairs (d, k / d) with d <= sqrt(k): O(sqrt k) per number
    total, d = 0, 1
    while d * d <= k:
        if k % d == 0:
            total += 1 if d * d == k else 2
        d += 1
    return total


record_at, record_count, best = [], [], 0
for k in range(1, m + 1):
    c = divisors(k)
    if c > best:
        best = c
        record_at.append(k)
        record_count.append(best)
out = []
for n in ns:
    i = bisect_right(record_at, n) - 1
    out.append(f"{record_at[i]} {record_count[i]}")
sys.stdout.write("\n".join(out) + "\n")
