"""Wrong: starts from the smallest coin instead of the largest."""
import sys

data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
coins = list(map(int, data[2:2 + k]))
count = 0
for c in coins:
    count += n // c
    n %= c
print(count)
