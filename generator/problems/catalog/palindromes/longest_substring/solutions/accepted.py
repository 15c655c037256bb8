"""Expand around each of the 2N-1 centres (a letter or the gap between two letters) while the ends match.
Centres are visited left to right, so the first palindrome of the best length found is the leftmost one."""
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
    if right - left - 1 > best_len:
        best_len, best_start = right - left - 1, left + 1
print(best_len)
print(s[best_start:best_start + best_len])
