"""Wrong: takes the first and last stones and every positive one between, ignoring that a run of K or more
non-positive stones forces a step onto one of them."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
print(a[0] + (a[n - 1] if n > 1 else 0) + sum(x for x in a[1:n - 1] if x > 0))
