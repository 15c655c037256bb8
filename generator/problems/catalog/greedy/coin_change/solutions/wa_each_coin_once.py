"""Wrong: "if" instead of "while": every coin at most once, then the rest in 1s."""
import sys

data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
coins = list(map(int, data[2:2 + k]))
count = 0
for c in reversed(coins):
    if n >= c:
        n -= c
        count += 1
print(count + n)
