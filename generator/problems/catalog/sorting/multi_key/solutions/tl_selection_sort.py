"""Too slow: selection sort, O(N^2)."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
recs = [(-int(data[2 + 3 * i]), int(data[3 + 3 * i]), data[1 + 3 * i]) for i in range(n)]
for i in range(n):
    best = i
    for j in range(i + 1, n):
        if recs[j] < recs[best]:
            best = j
    recs[i], recs[best] = recs[best], recs[i]
print("\n".join(r[2] for r in recs))
