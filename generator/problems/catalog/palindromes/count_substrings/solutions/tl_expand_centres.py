"""Too slow: expands around each of the 2N-1 centres, counting one palindrome per step: O(N^2) on one repeated letter."""
import sys

data = sys.stdin.read().split()
s = data[1]
n = len(s)
count = 0
for centre in range(2 * n - 1):
    left = centre // 2
    right = left + centre % 2
    while left >= 0 and right < n and s[left] == s[right]:
        count += 1
        left -= 1
        right += 1
print(count)
