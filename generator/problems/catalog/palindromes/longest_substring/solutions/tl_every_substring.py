"""Too slow: checks every substring with two pointers, O(N^3) on a run of one letter."""
import sys

data = sys.stdin.read().split()
s = data[1]
n = len(s)
best_len, best_start = 0, 0
for i in range(n):
    for j in range(i, n):
        left, right = i, j
        while left < right and s[left] == s[right]:
            left += 1
            right -= 1
        if left >= right and j - i + 1 > best_len:
            best_len, best_start = j - i + 1, i
print(best_len)
print(s[best_start:best_start + best_len])
