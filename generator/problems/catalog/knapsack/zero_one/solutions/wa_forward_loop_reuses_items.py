"""Wrong: the 1-D table updated with capacity increasing, so an item can be taken again (unbounded knapsack)."""
import sys

lines = sys.stdin.read().split("\n")
n, cap = map(int, lines[0].split())
items = []
for i in range(n):
    t = list(map(int, lines[1 + i].split()))
    items.append((t[0], t[1], t[2] if len(t) > 2 else 1))

dp = [0] * (cap + 1)
for w, v, c in items:
    for x in range(w, cap + 1):
        if dp[x - w] + v > dp[x]:
            dp[x] = dp[x - w] + v
print(dp[cap])
