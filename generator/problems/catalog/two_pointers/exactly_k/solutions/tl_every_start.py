"""Too slow: from every start, extend while at most K different values are inside, counting the blocks with
exactly K: O(N^2) when valid blocks are long."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = data[2:2 + n]
total = 0
for left in range(n):
    seen = set()
    for right in range(left, n):
        seen.add(a[right])
        if len(seen) > k:
            break
        if len(seen) == k:
            total += 1
print(total)
