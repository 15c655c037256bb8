"""Wrong: expands only around letters, never around the gap between two letters: even-length palindromes are missed."""
import sys

data = sys.stdin.read().split()
s = data[1]
n = len(s)
best_len, best_start = 1, 0
for centre in range(n):
    left = right = centre
    while left >= 0 and right < n and s[left] == s[right]:
        left -= 1
        right += 1
    if right - left - 1 > best_len:
        best_len, best_start = right - left - 1, left + 1
print(best_len)
print(s[best_start:best_start + best_len])
