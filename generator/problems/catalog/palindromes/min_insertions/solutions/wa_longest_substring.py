"""Wrong: keeps the longest palindromic SUBSTRING and inserts partners for all other letters; the kept letters
need not be consecutive (a subsequence), so this overcounts."""
import sys

data = sys.stdin.read().split()
s = data[1]
n = len(s)
best = 1
for centre in range(2 * n - 1):
    left = centre // 2
    right = left + centre % 2
    while left >= 0 and right < n and s[left] == s[right]:
        left -= 1
        right += 1
    best = max(best, right - left - 1)
print(n - best)
