"""Wrong: each kind is taken at most once (the 0/1 knapsack, counts ignored)."""
import sys

lines = sys.stdin.read().split("\n")
n, cap = map(int, lines[0].split())
items = []
for i in range(n):
    t = list(map(int, lines[1 + i].split()))
    items.append((t[0], t[1], t[2] if len(t) > 2 else 1))

dp = [0] * (cap + 1)
for w, v, c in items:
    for x in range(cap, w - 1, -1):
        if dp[x - w] + v > dp[x]:
            dp[x] = dp[x - w] + v
print(dp[cap])
