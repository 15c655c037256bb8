"""Wrong: keeps the count in a signed 32-bit integer, which wraps past 2^31 - 1 pairs."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
seen: dict[int, int] = {}
pairs = 0
for token in data[2:2 + n]:
    x = int(token)
    pairs = (pairs + seen.get(x ^ k, 0) + 2**31) % 2**32 - 2**31
    seen[x] = seen.get(x, 0) + 1
print(pairs)
