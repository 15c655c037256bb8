"""Wrong: counts the non-empty choices (2^N - 1), as if different choices always had different totals."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
print((1 << n) - 1)
