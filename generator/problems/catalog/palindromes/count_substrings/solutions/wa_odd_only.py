"""Wrong: Manacher on S itself, without separators: only odd-length palindromes are counted."""
import sys

data = sys.stdin.read().split()
s = data[1]
padded = "^" + s + "$"
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
print(sum(k + 1 for k in radius[1:m - 1]))
