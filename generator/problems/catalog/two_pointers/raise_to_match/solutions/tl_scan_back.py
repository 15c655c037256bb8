"""Too slow: sort, then for each target walk left from it while the budget lasts: O(N^2) when K is large."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = sorted(map(int, data[2:2 + n]))
best_count, best_value = 0, 0
for right in range(n):
    budget = k
    left = right
    while left > 0 and a[right] - a[left - 1] <= budget:
        budget -= a[right] - a[left - 1]
        left -= 1
    if right - left + 1 > best_count:
        best_count, best_value = right - left + 1, a[right]
print(best_count, best_value)
