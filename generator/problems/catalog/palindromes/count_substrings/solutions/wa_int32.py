"""Wrong: the reference with the total kept in a signed 32-bit integer (as an int in C would): it overflows."""
import sys

data = sys.stdin.read().split()
s = data[1]
padded = "^#" + "#".join(s) + "#$"
m = len(padded)
radius = [0] * m
centre = right = 0
total = 0
for i in range(1, m - 1):
    k = 0
    if i < right:
        k = min(radius[2 * centre - i], right - i)
    while padded[i + k + 1] == padded[i - k - 1]:
        k += 1
    radius[i] = k
    if i + k > right:
        centre, right = i, i + k
    total = (total + (k + 1) // 2 + 2**31) % 2**32 - 2**31
print(total)
