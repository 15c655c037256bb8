"""Too slow: walks the table in increasing order with a heap (one entry per row), popping K times (O(K log N))."""
import heapq
import sys

n, m, k = map(int, sys.stdin.read().split())
heap = [(i, i, 1) for i in range(1, n + 1)]  # (value, row, column)
value = 0
for _ in range(k):
    value, i, j = heapq.heappop(heap)
    if j < m:
        heapq.heappush(heap, (i * (j + 1), i, j + 1))
print(value)
