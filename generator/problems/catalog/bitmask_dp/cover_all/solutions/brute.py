"""Obviously correct: every subset of the offers (M is tiny here)."""
import sys

data = list(map(int, sys.stdin.read().split()))
n, m = data[0], data[1]
offers, pos = [], 2
for _ in range(m):
    cost, size = data[pos], data[pos + 1]
    offers.append((cost, set(data[pos + 2:pos + 2 + size])))
    pos += 2 + size
best = -1
for chosen in range(1 << m):
    covered, total = set(), 0
    for i in range(m):
        if chosen >> i & 1:
            covered |= offers[i][1]
            total += offers[i][0]
    if len(covered) == n and (best == -1 or total < best):
        best = total
print(best)
