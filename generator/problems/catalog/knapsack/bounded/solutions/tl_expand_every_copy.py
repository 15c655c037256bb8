"""Too slow: copy each kind c times and run the 0/1 DP over all copies (sum of counts times W)."""
import sys

lines = sys.stdin.read().split("\n")
n, cap = map(int, lines[0].split())
items = []
for i in range(n):
    t = list(map(int, lines[1 + i].split()))
    items.append((t[0], t[1], t[2] if len(t) > 2 else 1))

dp = [0] * (cap + 1)
for w, v, c in items:
    for _ in range(c):
        if w <= cap:
            dp = dp[:w] + [a if a >= b + v else b + v for a, b in zip(dp[w:], dp)]
print(dp[cap])
