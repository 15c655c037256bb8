"""Wrong: from each stone jumps to the best stone in reach (the last stone as soon as it is in reach)."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
at, total = 0, a[0]
while at < n - 1:
    if at + k >= n - 1:
        at = n - 1
    else:
        at = max(range(at + 1, at + k + 1), key=lambda j: (a[j], j))
    total += a[at]
print(total)
