"""Manacher's algorithm on ^#s1#s2#...#sN#$ (the separators make even palindromes odd; ^ and $ stop the loop).
radius[i] is the longest palindrome centred at i in the padded string; it starts from its mirror's radius
(capped at the right end of the rightmost palindrome seen) and only grows past that end, so the total work is
O(N). A radius k is a palindrome of k letters in S, and (k + 1) // 2 of them share that centre."""
import sys

data = sys.stdin.read().split()
s = data[1]
padded = "^#" + "#".join(s) + "#$"
m = len(padded)
radius = [0] * m
centre = right = 0
for i in range(1, m - 1):
    k = 0
    if i < right:
        k = min(radius[2 * centre - i], right - i)
    while padded[i + k + 1] == padded[i - k - 1]:
        k += 1
    radius[i] = k
    if i + k > right:
        centre, right = i, i + k
print(sum((k + 1) // 2 for k in radius))
