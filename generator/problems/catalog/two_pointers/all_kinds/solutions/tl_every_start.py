"""Too slow: from every start, extend until all K kinds are present: O(N * K) when covering blocks are long."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
c = list(map(int, data[2:2 + n]))
best = n + 1
for left in range(n):
    seen = set()
    for right in range(left, n):
        seen.add(c[right])
        if len(seen) == k:
            if right - left + 1 < best:
                best = right - left + 1
            break
print(best if best <= n else -1)
