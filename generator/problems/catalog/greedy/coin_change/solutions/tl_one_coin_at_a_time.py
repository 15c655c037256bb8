"""Too slow: hands out one coin at a time, O(N / A_K + ...) steps (10^8 with coins 1 and 2)."""
import sys

data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
coins = list(map(int, data[2:2 + k]))
count = 0
for c in reversed(coins):
    while n >= c:
        n -= c
        count += 1
print(count)
