"""Reference: sort from largest to smallest; h papers have >= h citations exactly when the h-th largest value is
>= h, and that test holds for a prefix of h = 1, 2, ..., so count how far it holds."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
c = sorted(map(int, data[1:1 + n]), reverse=True)
h = 0
while h < n and c[h] >= h + 1:
    h += 1
print(h)
