"""Too slow: tries every shift k like tl_every_shift, but compares with str.startswith (C speed) instead of a
letter loop. Still O(N) per shift when the mismatch comes late, O(N^2) on a...ab with no answer."""
import sys

data = sys.stdin.read().split()
n, a, b = int(data[0]), data[1], data[2]
answer = -1
for k in range(n):
    if a.startswith(b[:n - k], k) and a.startswith(b[n - k:]):  # A[k:] then A[:k] against B
        answer = k
        break
print(answer)
