"""Wrong: replaces the best on equal length too (>=), so ties give the rightmost palindrome, not the leftmost."""
import sys

data = sys.stdin.read().split()
s = data[1]
n = len(s)
best_len, best_start = 1, 0
for centre in range(2 * n - 1):
    left = centre // 2
    right = left + centre % 2
    while left >= 0 and right < n and s[left] == s[right]:
        left -= 1
        right += 1
    if right - left - 1 >= best_len:
        best_len, best_start = right - left - 1, left + 1
print(best_len)
print(s[best_start:best_start + best_len])
