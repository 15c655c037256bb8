"""Too slow: after matching the ends, tries every prefix and suffix length of the middle from the longest down and
checks each with two pointers: O(N^2) when many candidates match far before failing."""
import sys

data = sys.stdin.read().split()
n, s = int(data[0]), data[1]
k = 0
while 2 * k + 2 <= n and s[k] == s[n - 1 - k]:
    k += 1
lo, hi = k, n - k  # the middle is s[lo:hi]


def palindrome(i: int, j: int) -> bool:
    j -= 1
    while i < j and s[i] == s[j]:
        i += 1
        j -= 1
    return i >= j


best = 0
for length in range(hi - lo, 0, -1):
    if palindrome(lo, lo + length) or palindrome(hi - length, hi):
        best = length
        break
print(2 * k + best if hi > lo else n)
